package se.reorgledger.api.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The rule for a migrated append's registered time: not earlier than the ledger's head, not in the future. An
 * entry of migrated history is several appends (its decision, then its package) sharing its one time, so a time
 * equal to the head's is taken: "known at T" still includes either all of them or none.
 */
public final class RegisteredTime {

    private RegisteredTime() {
    }

    /**
     * @return the registered time, to the millisecond the store keeps
     * @throws RegisteredTimeRefusedException when it is earlier than {@code head} or later than {@code now}
     */
    public static Instant accepted(Instant registeredAt, Instant head, Instant now) {
        Instant at = registeredAt.truncatedTo(ChronoUnit.MILLIS);
        if (head != null && at.isBefore(head)) {
            throw new RegisteredTimeRefusedException("The registered time " + at + " is earlier than the"
                    + " ledger's head, recorded at " + head + ": migrated history is accepted only into a ledger"
                    + " whose last change is earlier, so that recorded times stay in order");
        }
        if (at.isAfter(now)) {
            throw new RegisteredTimeRefusedException("The registered time " + at + " is later than now (" + now
                    + "): a change cannot have been registered in the future");
        }
        return at;
    }

    public static Instant parse(String registeredAt) {
        try {
            return Instant.parse(registeredAt);
        } catch (DateTimeParseException e) {
            throw new RegisteredTimeRefusedException("The registered time '" + registeredAt
                    + "' is not an instant such as 2025-11-19T09:00:00Z");
        }
    }
}
