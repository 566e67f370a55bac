package se.reorgledger.projections.structure;

import java.util.List;
import se.reorgledger.core.unit.UnitKind;

/** A unit in the flat list of a date; {@code path} holds the names of its ancestors from the kommun down. */
public record UnitListItem(String id, String name, UnitKind kind, String parentId, List<String> path) {
}
