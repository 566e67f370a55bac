package se.reorgledger.projections.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded change as known at a time: its effective date as then corrected (and as first recorded), who
 * recorded it when, the decision behind it, a sentence saying what it did, and its corrections then known.
 */
public record ChangeView(String eventId, String changeId, String type, LocalDate effectiveDate,
                         LocalDate recordedEffectiveDate, Instant recordedAt, String recordedBy, DecisionRef decision,
                         String summary, boolean annulled, List<CorrectionView> corrections) {
}
