package se.reorgledger.projections.restatement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * Compares the organisation on one date as known at two epochs, entity by entity: each entity's state follows
 * from its own changes alone, so an entity whose state differs is explained by its own changes and corrections
 * recorded in between. Those that bear on the date are given: a change that stands and takes effect on or before
 * it, a correction of a change that stood before and took effect on or before it on either side of the
 * correction, or a date correction of a new change given.
 */
public final class Restatements {

    private final OrganisationIndex index;
    private final int from;
    private final int to;
    private final int day;
    private final Narration narration;

    private Restatements(OrganisationIndex index, LocalDate asOf, int from, int to) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.day = Days.of(asOf);
        this.narration = new Narration(index, to);
    }

    /**
     * @param from the epoch known at {@code knownFrom}; {@code RecordedTimes.NOTHING_KNOWN} when nothing was
     * @param to   the epoch known at {@code knownTo}, no earlier than {@code from}
     */
    public static RestatementView between(OrganisationIndex index, LocalDate asOf, int from, int to,
                                          Instant knownFrom, Instant knownTo) {
        Restatements restatements = new Restatements(index, asOf, from, to);
        List<RestatedEntity> restated = new ArrayList<>();
        for (EntityKind<?> kind : EntityKind.ALL) {
            restated.addAll(restatements.of(kind));
        }
        return new RestatementView(index.id(), asOf, knownFrom, knownTo, restated);
    }

    private <S> List<RestatedEntity> of(EntityKind<S> kind) {
        List<RestatedEntity> restated = new ArrayList<>();
        if (from == to) {
            return restated;
        }
        for (EntityTimeline<S> timeline : kind.timelines().apply(index)) {
            S before = kind.standing(timeline.versions().atWhenMaybeInForce(day, from));
            S after = kind.standing(timeline.versions().atWhenMaybeInForce(day, to));
            List<Difference> differences = Aspects.between(before, after);
            if (!differences.isEmpty()) {
                restated.add(explained(kind, timeline, after != null ? after : before, differences));
            }
        }
        index.sortKeys().sort(restated, RestatedEntity::name, RestatedEntity::id);
        return restated;
    }

    private <S> RestatedEntity explained(EntityKind<S> kind, EntityTimeline<S> timeline, S state,
                                         List<Difference> differences) {
        List<ChangeEntry> changes = new ArrayList<>();
        List<CorrectionEntry> corrections = new ArrayList<>();
        for (ChangeEntry entry : timeline.entries()) {
            if (!entry.knownAt(to)) {
                continue;
            }
            boolean learned = !entry.knownAt(from);
            boolean given = learned && !entry.annulledAt(to) && entry.effectiveDayAt(to) <= day;
            if (given) {
                changes.add(entry);
            }
            boolean bears = learned ? given : !entry.annulledAt(from)
                    && (entry.effectiveDayAt(from) <= day || entry.effectiveDayAt(to) <= day);
            if (bears) {
                for (CorrectionEntry correction : entry.correctionsAt(to)) {
                    if (correction.epoch() > from) {
                        corrections.add(correction);
                    }
                }
            }
        }
        corrections.sort(Comparator.comparingLong(CorrectionEntry::position));
        List<ChangeView> changeViews = narration.views(changes);
        List<CorrectionView> correctionViews = corrections.stream().map(narration::correction).toList();
        return new RestatedEntity(kind.name(), timeline.id(), kind.label().apply(state), differences, changeViews,
                correctionViews);
    }
}
