package se.reorgledger.projections.restatement;

import java.time.Instant;

/**
 * A correction of a person's name in the register, recorded between the two moments compared: whose name, what
 * it became, why, and who recorded it when. Names are not dated, so a correction restates every date on which the
 * person holds a post.
 */
public record NameCorrectionView(String eventId, String personId, String name, String reason, Instant recordedAt,
                                 String recordedBy) {
}
