package se.reorgledger.projections.structure;

import java.time.Instant;
import java.time.LocalDate;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.provenance.FactProvenance;

/**
 * The organisation tree on {@code asOf} as the ledger knew it at {@code knownAt}, from the kommun down, and where
 * each unit, chef role and holder in it comes from ({@code provenance}, keyed by their ids).
 */
public record StructureView(String organisation, LocalDate asOf, Instant knownAt, UnitNode root,
                            FactProvenance provenance) {
}
