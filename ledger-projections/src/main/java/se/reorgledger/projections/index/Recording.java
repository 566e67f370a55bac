package se.reorgledger.projections.index;

import java.time.Instant;

/** Where and when an event was recorded, and by whom: what every view of a change or decision cites. */
public record Recording(long position, String eventId, Instant recordedAt, String principal) {
}
