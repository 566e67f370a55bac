package se.reorgledger.projections.diff;

import java.time.LocalDate;

/** A reglemente version that is in force on the later date and was not on the earlier one. */
public record ReglementeInForce(String committeeId, String committee, String version, String documentReference,
                                LocalDate inForceFrom, Cause cause) {
}
