package se.reorgledger.api.opendata;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.api.csv.CsvTable;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.provenance.FactProvenance;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.structure.StructureView;

/**
 * The units of a date as a CSV table, in the structure's order (each after its parent, siblings in Swedish
 * order): one row per chef role of a unit, or one row for a unit without any. {@code path} names the unit's
 * ancestors from the kommun down, separated by " / "; {@code illustrative} is true when the unit, the chef role
 * or its holder rests on an illustrative decision.
 */
final class UnitRows {

    static final String[] HEADER = {"id", "name", "kind", "parentId", "path", "chefRoleId", "chefRole", "holderId",
            "holder", "authority", "illustrative"};
    static final String PATH_SEPARATOR = " / ";

    private UnitRows() {
    }

    static CsvTable of(StructureView structure) {
        CsvTable table = new CsvTable(HEADER);
        rows(table, structure.provenance(), structure.root(), null, new ArrayList<>());
        return table;
    }

    private static void rows(CsvTable table, FactProvenance provenance, UnitNode unit, String parentId,
                             List<String> path) {
        boolean unitIllustrative = illustrative(provenance.units().get(unit.id()));
        String ancestors = String.join(PATH_SEPARATOR, path);
        if (unit.chefRoles().isEmpty()) {
            table.row(unit.id(), unit.name(), unit.kind().name(), parentId, ancestors, null, null, null, null,
                    unit.authority(), unitIllustrative);
        }
        for (ChefRoleNode role : unit.chefRoles()) {
            boolean illustrative = unitIllustrative || illustrative(provenance.chefRoles().get(role.id()))
                    || illustrative(provenance.holders().get(role.id()));
            table.row(unit.id(), unit.name(), unit.kind().name(), parentId, ancestors, role.id(), role.title(),
                    role.holder() == null ? null : role.holder().id(),
                    role.holder() == null ? null : role.holder().name(), unit.authority(), illustrative);
        }
        path.add(unit.name());
        for (UnitNode child : unit.children()) {
            rows(table, provenance, child, unit.id(), path);
        }
        path.remove(path.size() - 1);
    }

    private static boolean illustrative(Provenance provenance) {
        return provenance != null && provenance.illustrative();
    }
}
