package se.reorgledger.projections.index;

import java.util.UUID;

/**
 * An event identifier kept in as little memory as it can: Axon's identifiers are UUIDs, held here as two longs
 * instead of a 36-character string; any other identifier is kept as given.
 */
public final class EventId {

    private EventId() {
    }

    /** A UUID in its canonical form, or the identifier itself. */
    static Object compact(String eventId) {
        if (eventId != null && eventId.length() == 36) {
            try {
                UUID uuid = UUID.fromString(eventId);
                if (uuid.toString().equals(eventId)) {
                    return uuid;
                }
            } catch (IllegalArgumentException notAUuid) {
                // kept as text below
            }
        }
        return eventId;
    }

    static String text(Object compact) {
        return compact == null ? null : compact.toString();
    }
}
