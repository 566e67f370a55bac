package se.reorgledger.projections.structure;

import java.time.Instant;
import java.time.LocalDate;
import se.reorgledger.core.structure.UnitNode;

/** The organisation tree on {@code asOf} as the ledger knew it at {@code knownAt}, from the kommun down. */
public record StructureView(String organisation, LocalDate asOf, Instant knownAt, UnitNode root) {
}
