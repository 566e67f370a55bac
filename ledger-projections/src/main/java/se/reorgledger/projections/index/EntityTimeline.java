package se.reorgledger.projections.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.TimedChange;

/**
 * One unit, chef role or nämnd: its own changes in ledger order and its bitemporal versions. Each of these
 * changes touches this entity alone, so the entity's timeline as known at an epoch follows from its own changes,
 * and a new change or correction recomputes this timeline only.
 */
public final class EntityTimeline<S> {

    /** Applies one change to the entity's prior state; the prior is null before the establishing change. */
    @FunctionalInterface
    public interface Fold<S> {
        S apply(DatedChangeEvent change, LocalDate on, S prior);
    }

    private final String id;
    private final S initial;
    private final Fold<S> fold;
    private final List<ChangeEntry> entries = new ArrayList<>(2);
    private final VersionTable<S> versions = new VersionTable<>();
    private TimedChange lastStanding;
    private S lastState;
    private int lastFrom = VersionTable.ALWAYS;

    /** @param initial the state before any change, on every date: the kommun's own; null for anything else */
    EntityTimeline(String id, S initial, Fold<S> fold) {
        this.id = id;
        this.initial = initial;
        this.fold = fold;
        if (initial != null) {
            recompute(0);
        }
    }

    public String id() {
        return id;
    }

    /**
     * Adds a newly recorded change at the newest epoch. A change that sorts after every standing change (the
     * common case: the ledger mostly records what happens next) only closes the open-ended version and opens
     * one or two; anything else recomputes the timeline.
     */
    void append(ChangeEntry entry, int epoch) {
        entries.add(entry);
        TimedChange timed = entry.timedAt(epoch);
        if (lastStanding != null && ChangePhase.EFFECTIVE_ORDER.compare(timed, lastStanding) < 0) {
            recompute(epoch);
            return;
        }
        lastStanding = timed;
        S next = fold.apply(entry.event(), timed.effectiveDate(), lastState);
        int day = Days.of(timed.effectiveDate());
        if (lastState != null) {
            versions.close(epoch, lastFrom);
            if (day > lastFrom) {
                versions.open(epoch, lastFrom, day, lastState);
            }
        }
        if (next != null) {
            // Sorting last means taking effect on or after the open-ended version's first day.
            versions.open(epoch, day, VersionTable.OPEN, next);
            lastFrom = day;
        }
        lastState = next;
    }

    /** The entity's changes in ledger order, as recorded; callers filter them by epoch. */
    public List<ChangeEntry> entries() {
        return entries;
    }

    public VersionTable<S> versions() {
        return versions;
    }

    /** The state on {@code date} as known at {@code epoch}; it may be a dissolved or ended state. */
    public S at(LocalDate date, int epoch) {
        return versions.at(Days.of(date), epoch);
    }

    /** Whether anything about this entity is known at {@code epoch}. */
    public boolean knownAt(int epoch) {
        return versions.anyKnownAt(epoch);
    }

    /** The entity's state on its last dated day as known at {@code epoch}: its final name, its dissolution. */
    public S latestAt(int epoch) {
        return versions.at(VersionTable.OPEN - 1, epoch);
    }

    /**
     * Every change known at {@code epoch}, annulled ones included, in effective order, each with the entity's
     * state just before and just after it; an annulled change leaves the state as it was.
     */
    public List<Step<S>> stepsAt(int epoch) {
        List<ChangeEntry> known = new ArrayList<>(entries.size());
        for (ChangeEntry entry : entries) {
            if (entry.knownAt(epoch)) {
                known.add(entry);
            }
        }
        List<TimedChange> ordered = new ArrayList<>(known.size());
        java.util.Map<Long, ChangeEntry> byPosition = new java.util.HashMap<>();
        for (ChangeEntry entry : known) {
            ordered.add(entry.timedAt(epoch));
            byPosition.put(entry.position(), entry);
        }
        ordered.sort(ChangePhase.EFFECTIVE_ORDER);
        List<Step<S>> steps = new ArrayList<>(ordered.size());
        S state = initial;
        for (TimedChange timed : ordered) {
            ChangeEntry entry = byPosition.get(timed.ledgerOrder());
            boolean annulled = entry.annulledAt(epoch);
            S after = annulled ? state : fold.apply(entry.event(), timed.effectiveDate(), state);
            steps.add(new Step<>(entry, timed, annulled, state, after));
            state = after;
        }
        return steps;
    }

    /** One change in an entity's fold: the state it found and the state it left. */
    public record Step<S>(ChangeEntry entry, TimedChange timed, boolean annulled, S before, S after) {

        public LocalDate effectiveDate() {
            return timed.effectiveDate();
        }
    }

    /** Recomputes the timeline as known from {@code epoch}, the newest, and versions what changed. */
    void recompute(int epoch) {
        List<TimedChange> standing = new ArrayList<>(entries.size());
        for (ChangeEntry entry : entries) {
            if (!entry.annulledAt(epoch)) {
                standing.add(entry.timedAt(epoch));
            }
        }
        standing.sort(ChangePhase.EFFECTIVE_ORDER);
        versions.replaceFrom(epoch, segments(standing));
        lastStanding = standing.isEmpty() ? null : standing.get(standing.size() - 1);
    }

    private List<VersionTable.Segment<S>> segments(List<TimedChange> standing) {
        List<VersionTable.Segment<S>> segments = new ArrayList<>();
        S state = initial;
        int from = VersionTable.ALWAYS;
        int i = 0;
        while (i < standing.size()) {
            int day = Days.of(standing.get(i).effectiveDate());
            if (state != null && from < day) {
                segments.add(new VersionTable.Segment<>(from, day, state));
            }
            for (; i < standing.size() && Days.of(standing.get(i).effectiveDate()) == day; i++) {
                state = fold.apply(standing.get(i).event(), standing.get(i).effectiveDate(), state);
            }
            from = day;
        }
        if (state != null) {
            segments.add(new VersionTable.Segment<>(from, VersionTable.OPEN, state));
        }
        lastState = state;
        lastFrom = from;
        return segments;
    }
}
