package se.reorgledger.projections.restatement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What became known between {@code knownFrom} and {@code knownTo} about the organisation on {@code asOf}: every
 * entity whose facts on that date differ between the two moments, with why.
 */
public record RestatementView(String organisation, LocalDate asOf, Instant knownFrom, Instant knownTo,
                              List<RestatedEntity> restated) {
}
