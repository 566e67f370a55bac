package se.reorgledger.projections.history;

import java.time.Instant;
import java.time.LocalDate;

/** A correction of an earlier change: its new effective date, or (with a null date) its annulment. */
public record CorrectionView(String eventId, String changeId, String type, String targetChangeId,
                             LocalDate effectiveDate, String reason, DecisionRef decision, Instant recordedAt,
                             String recordedBy) {
}
