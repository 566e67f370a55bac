package se.reorgledger.projections.restatement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.NameCorrectionEntry;
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
            List<Difference> differences = new ArrayList<>(Aspects.between(before, after));
            holderNames(before, after).ifPresent(differences::add);
            if (!differences.isEmpty()) {
                restated.add(explained(kind, timeline, before, after, differences));
            }
        }
        index.sortKeys().sort(restated, RestatedEntity::name, RestatedEntity::id);
        return restated;
    }

    private <S> RestatedEntity explained(EntityKind<S> kind, EntityTimeline<S> timeline, S before, S after,
                                         List<Difference> differences) {
        S state = after != null ? after : before;
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
                correctionViews, nameCorrections(before, after));
    }

    /**
     * A chef role's holder as named by the register at each moment: a name corrected in between restates the role
     * though the role itself is unchanged. Null when the role has no holder.
     */
    private Optional<Difference> holderNames(Object before, Object after) {
        if (!(before instanceof ChefRoleState was) || !(after instanceof ChefRoleState is)) {
            return Optional.empty();
        }
        String nameWas = HolderNames.of(index, was, from);
        String nameIs = HolderNames.of(index, is, to);
        return Objects.equals(nameWas, nameIs) ? Optional.empty()
                : Optional.of(new Difference(HolderNames.ASPECT, nameWas, nameIs));
    }

    /** The register's corrections, recorded in between, of the name of the role's holder at either moment. */
    private List<NameCorrectionView> nameCorrections(Object before, Object after) {
        java.util.Set<String> holders = new java.util.HashSet<>();
        for (Object state : java.util.Arrays.asList(before, after)) {
            if (state instanceof ChefRoleState role && role.holderId() != null) {
                holders.add(role.holderId());
            }
        }
        if (holders.isEmpty()) {
            return List.of();
        }
        List<NameCorrectionView> corrected = new ArrayList<>();
        for (NameCorrectionEntry correction : index.nameCorrections()) {
            if (correction.epoch() > from && correction.epoch() <= to
                    && holders.contains(correction.event().personId())) {
                corrected.add(HolderNames.view(index, correction));
            }
        }
        return corrected;
    }
}
