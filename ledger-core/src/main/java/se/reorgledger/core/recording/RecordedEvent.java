package se.reorgledger.core.recording;

import java.time.Instant;

/**
 * One event as the ledger stored it: its global position, its identifier, when it was recorded, by whom, and
 * the event itself. The service maps its tracked event messages to this, so projections need no Axon.
 */
public record RecordedEvent(long position, String eventId, Instant recordedAt, String principal, Object payload) {
}
