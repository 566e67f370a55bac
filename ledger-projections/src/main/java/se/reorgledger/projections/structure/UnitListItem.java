package se.reorgledger.projections.structure;

import java.util.List;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.provenance.Provenance;

/**
 * A unit in the flat list of a date; {@code path} holds the names of its ancestors from the kommun down, and
 * {@code provenance} the decisions behind the unit on that date.
 */
public record UnitListItem(String id, String name, UnitKind kind, String parentId, List<String> path,
                           Provenance provenance) {
}
