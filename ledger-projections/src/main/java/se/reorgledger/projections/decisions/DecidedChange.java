package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;

/**
 * One change a decision caused, as its decision lists it: a change view without the decision, which the
 * decision view states once rather than on each of its (sometimes thousands of) changes.
 */
public record DecidedChange(String eventId, String changeId, String type, LocalDate effectiveDate,
                            LocalDate recordedEffectiveDate, Instant recordedAt, String recordedBy, String summary,
                            boolean annulled, List<CorrectionView> corrections) {

    static DecidedChange of(ChangeView change) {
        return new DecidedChange(change.eventId(), change.changeId(), change.type(), change.effectiveDate(),
                change.recordedEffectiveDate(), change.recordedAt(), change.recordedBy(), change.summary(),
                change.annulled(), change.corrections());
    }
}
