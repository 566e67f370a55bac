package se.reorgledger.projections.index;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
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

    private static final ChangeEntry[] NOTHING_FOLDED = new ChangeEntry[0];
    private static final Object[] NO_STATES = new Object[0];

    private final String id;
    private final S initial;
    private final Fold<S> fold;
    private final List<ChangeEntry> entries = new ArrayList<>(2);
    private final VersionTable<S> versions;
    // The standing changes in effective order as last folded, and the state after each. A retroactive change or
    // a correction recomputes the entity, and a long-lived unit's or nämnd's fold is long: a recompute refolds
    // only from the first change whose place or date it alters, and the versions before stay the same objects.
    private ChangeEntry[] folded = NOTHING_FOLDED;
    private Object[] statesAfter = NO_STATES;
    private int foldedCount;
    // What readers worked out from the timeline as it stands (provenance's table of it), shared by every read
    // until the timeline changes: dropped by each append and recompute, never checkpointed, absent after a load.
    // Held softly: a county's reads may touch millions of timelines, and a table is only a shortcut the
    // collector may take back when the heap runs short.
    private volatile SoftReference<Object> memo;

    /**
     * @param initial the state before any change, on every date: the kommun's own; null for anything else
     * @param inForce whether a state takes part in the organisation, for {@link VersionTable#mayBeInForceOn}
     */
    EntityTimeline(String id, S initial, Fold<S> fold, Predicate<? super S> inForce) {
        this.id = id;
        this.initial = initial;
        this.fold = fold;
        this.versions = new VersionTable<>(inForce);
        if (initial != null) {
            recompute(0);
        }
    }

    /**
     * The timeline as {@link #writeTo} wrote it: its changes are those of the organisation's change log, by their
     * place there; its fold and test of force are its kind's.
     */
    EntityTimeline(CheckpointInput in, List<ChangeEntry> changeLog, Fold<S> fold, Predicate<? super S> inForce)
            throws java.io.IOException {
        this.id = (String) in.readValue();
        @SuppressWarnings("unchecked")
        S initialState = (S) in.readValue();
        this.initial = initialState;
        this.fold = fold;
        int entryCount = in.readCount();
        for (int i = 0; i < entryCount; i++) {
            entries.add(changeLog.get(in.readCount()));
        }
        this.versions = new VersionTable<>(inForce);
        versions.readFrom(in);
        foldedCount = in.readCount();
        folded = foldedCount == 0 ? NOTHING_FOLDED : new ChangeEntry[foldedCount];
        statesAfter = foldedCount == 0 ? NO_STATES : new Object[foldedCount];
        for (int i = 0; i < foldedCount; i++) {
            folded[i] = changeLog.get(in.readCount());
            statesAfter[i] = in.readValue();
        }
    }

    /** Writes the timeline, its changes by their number in the organisation's change log. */
    void writeTo(CheckpointOutput out, java.util.Map<ChangeEntry, Integer> changeNumbers)
            throws java.io.IOException {
        out.writeValue(id);
        out.writeValue(initial);
        out.writeInt(entries.size());
        for (ChangeEntry entry : entries) {
            out.writeInt(changeNumbers.get(entry));
        }
        versions.writeTo(out);
        out.writeInt(foldedCount);
        for (int i = 0; i < foldedCount; i++) {
            out.writeInt(changeNumbers.get(folded[i]));
            out.writeValue(statesAfter[i]);
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
        memo = null;
        entries.add(entry);
        if (foldedCount > 0 && !sortsBefore(folded[foldedCount - 1], entry, epoch)) {
            recompute(epoch, entry);
            return;
        }
        // The open-ended version holds the state after the last standing change, from that change's day on.
        S prior = foldedCount == 0 ? initial : stateAfter(foldedCount - 1);
        int priorFrom = foldedCount == 0 ? VersionTable.ALWAYS : folded[foldedCount - 1].effectiveDayAt(epoch);
        LocalDate on = entry.effectiveDateAt(epoch);
        S next = fold.apply(entry.event(), on, prior);
        rememberFolded(foldedCount, entry, next);
        foldedCount++;
        int day = Days.of(on);
        if (prior != null) {
            versions.close(epoch, priorFrom);
            if (day > priorFrom) {
                versions.open(epoch, priorFrom, day, prior);
            }
        }
        if (next != null) {
            // Sorting last means taking effect on or after the open-ended version's first day.
            versions.open(epoch, day, VersionTable.OPEN, next);
        }
    }

    /**
     * What a reader last worked out from this timeline and left with {@link #remember}, while the timeline has
     * not changed since; null otherwise. Readers run under the index's read lock, so no change comes in between.
     */
    public Object memo() {
        SoftReference<Object> kept = memo;
        return kept == null ? null : kept.get();
    }

    /** Keeps {@code worked} for later reads of the timeline as it now stands (see {@link #memo}). */
    public void remember(Object worked) {
        memo = new SoftReference<>(worked);
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

    /**
     * Every change known at {@code epoch}, annulled ones included, in the effective order of {@link #stepsAt},
     * without folding: for readers that need only which changes, when, and whether they stand (provenance).
     * Most entities have one known change, which needs no sorting.
     */
    public List<KnownChange> changesAt(int epoch) {
        int count = 0;
        ChangeEntry last = null;
        for (ChangeEntry entry : entries) {
            if (entry.knownAt(epoch)) {
                count++;
                last = entry;
            }
        }
        if (count <= 1) {
            return count == 0 ? List.of() : List.of(KnownChange.of(last, epoch));
        }
        KnownChange[] known = new KnownChange[count];
        int at = 0;
        for (ChangeEntry entry : entries) {
            if (entry.knownAt(epoch)) {
                known[at++] = KnownChange.of(entry, epoch);
            }
        }
        Arrays.sort(known, KnownChange.EFFECTIVE_ORDER);
        return Arrays.asList(known);
    }

    /** One change in an entity's fold: the state it found and the state it left. */
    public record Step<S>(ChangeEntry entry, TimedChange timed, boolean annulled, S before, S after) {

        public LocalDate effectiveDate() {
            return timed.effectiveDate();
        }
    }

    /** Recomputes the timeline as known from {@code epoch}, the newest, and versions what changed. */
    void recompute(int epoch) {
        recompute(epoch, null);
    }

    /**
     * Recomputes the timeline as known from {@code epoch}, the newest, after {@code moved} took a new place: a
     * change recorded after others that take effect later, or a change whose date was corrected or that was
     * annulled (null when none moved). Only that change leaves or takes its place in the effective order; the
     * fold is redone from the first place that differs.
     */
    void recompute(int epoch, ChangeEntry moved) {
        memo = null;
        int from = foldedCount;
        if (moved != null) {
            int at = placeOf(moved);
            if (at >= 0) {
                System.arraycopy(folded, at + 1, folded, at, foldedCount - at - 1);
                System.arraycopy(statesAfter, at + 1, statesAfter, at, foldedCount - at - 1);
                foldedCount--;
                from = at;
            }
            if (!moved.annulledAt(epoch)) {
                int insert = placeFor(moved, epoch);
                rememberFolded(foldedCount, null, null);
                System.arraycopy(folded, insert, folded, insert + 1, foldedCount - insert);
                System.arraycopy(statesAfter, insert, statesAfter, insert + 1, foldedCount - insert);
                folded[insert] = moved;
                foldedCount++;
                from = Math.min(from, insert);
            }
        }
        refoldFrom(from, epoch);
        versions.replaceFrom(epoch, segments(epoch));
    }

    private int placeOf(ChangeEntry entry) {
        for (int i = 0; i < foldedCount; i++) {
            if (folded[i] == entry) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code entry} goes among the standing changes: after every one that sorts before it. */
    private int placeFor(ChangeEntry entry, int epoch) {
        int day = entry.effectiveDayAt(epoch);
        int phase = ChangePhase.of(entry.event());
        int low = 0;
        int high = foldedCount;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortsBefore(folded[middle], epoch, day, phase, entry.position())) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean sortsBefore(ChangeEntry standing, ChangeEntry entry, int epoch) {
        return sortsBefore(standing, epoch, entry.effectiveDayAt(epoch), ChangePhase.of(entry.event()),
                entry.position());
    }

    @SuppressWarnings("unchecked")
    private S stateAfter(int place) {
        return (S) statesAfter[place];
    }

    /** {@code ChangePhase.EFFECTIVE_ORDER}, without placing the change in a new object. */
    private static boolean sortsBefore(ChangeEntry standing, int epoch, int day, int phase, long position) {
        int standingDay = standing.effectiveDayAt(epoch);
        if (standingDay != day) {
            return standingDay < day;
        }
        int standingPhase = ChangePhase.of(standing.event());
        return standingPhase != phase ? standingPhase < phase : standing.position() < position;
    }

    private void refoldFrom(int from, int epoch) {
        S state = from == 0 ? initial : stateAfter(from - 1);
        for (int i = from; i < foldedCount; i++) {
            state = fold.apply(folded[i].event(), folded[i].effectiveDateAt(epoch), state);
            statesAfter[i] = state;
        }
        Arrays.fill(folded, foldedCount, folded.length, null);
        Arrays.fill(statesAfter, foldedCount, statesAfter.length, null);
    }

    private void rememberFolded(int at, ChangeEntry entry, S state) {
        if (at >= folded.length) {
            int capacity = Math.max(4, at + (at >> 1) + 1);
            folded = Arrays.copyOf(folded, capacity);
            statesAfter = Arrays.copyOf(statesAfter, capacity);
        }
        folded[at] = entry;
        statesAfter[at] = state;
    }

    /** The versions of a refolded timeline: one per day on which a standing change takes effect. */
    private List<VersionTable.Segment<S>> segments(int epoch) {
        List<VersionTable.Segment<S>> segments = new ArrayList<>();
        S state = initial;
        int from = VersionTable.ALWAYS;
        int i = 0;
        while (i < foldedCount) {
            int day = folded[i].effectiveDayAt(epoch);
            if (state != null && from < day) {
                segments.add(new VersionTable.Segment<>(from, day, state));
            }
            for (; i < foldedCount && folded[i].effectiveDayAt(epoch) == day; i++) {
                state = stateAfter(i);
            }
            from = day;
        }
        if (state != null) {
            segments.add(new VersionTable.Segment<>(from, VersionTable.OPEN, state));
        }
        return segments;
    }
}
