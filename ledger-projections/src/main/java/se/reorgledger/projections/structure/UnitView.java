package se.reorgledger.projections.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.provenance.FactProvenance;

/**
 * One unit on a date as known at a time: where it sits, its chef roles and holders, its children, and its life
 * as then known: established on (null for the kommun), dissolved on (null while no dissolution is recorded, else
 * the first day it no longer exists, possibly after asOf) and its successors named as of that day;
 * {@code provenance}: where the unit, its chef roles and their holders come from.
 */
public record UnitView(String organisation, LocalDate asOf, Instant knownAt, String id, String name, UnitKind kind,
                       boolean authority, String parentId, List<String> path, List<ChefRoleNode> chefRoles,
                       List<UnitRef> children, LocalDate establishedOn, LocalDate dissolvedOn,
                       List<UnitRef> successors, FactProvenance provenance) {
}
