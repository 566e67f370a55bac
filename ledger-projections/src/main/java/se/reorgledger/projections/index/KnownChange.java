package se.reorgledger.projections.index;

import java.time.LocalDate;
import java.util.Comparator;
import se.reorgledger.core.state.ChangePhase;

/**
 * One change of an entity as known at an epoch, placed in time but not folded: what provenance reads of a
 * timeline (which change, on which day, whether it stands), without the states a fold would build.
 */
public record KnownChange(ChangeEntry entry, int effectiveDay, int phase, boolean annulled) {

    /** {@code ChangePhase.EFFECTIVE_ORDER} over days and phases read once per change. */
    static final Comparator<KnownChange> EFFECTIVE_ORDER = Comparator
            .comparingInt(KnownChange::effectiveDay)
            .thenComparingInt(KnownChange::phase)
            .thenComparingLong(change -> change.entry().position());

    static KnownChange of(ChangeEntry entry, int epoch) {
        return new KnownChange(entry, entry.effectiveDayAt(epoch), ChangePhase.of(entry.event()),
                entry.annulledAt(epoch));
    }

    public LocalDate effectiveDate() {
        return LocalDate.ofEpochDay(effectiveDay);
    }
}
