package se.reorgledger.core.committee;

import java.time.LocalDate;

/** A version of a nämnd's reglemente, in force from a date until the next version is. */
public record ReglementeVersion(String version, String documentReference, String sha256, LocalDate inForceFrom,
                                String decisionId) {
}
