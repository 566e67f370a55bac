package se.reorgledger.projections.structure;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.Provenances;

/** The units of a date in tree order (each after its parent, siblings in Swedish order), filtered by name. */
public final class UnitList {

    private UnitList() {
    }

    public static List<UnitListItem> of(SnapshotAt snapshot, String query) {
        NameSearch search = new NameSearch(query);
        List<UnitListItem> items = new ArrayList<>();
        visit(snapshot, new Provenances(snapshot), snapshot.unit(snapshot.rootId()).orElseThrow(), new ArrayList<>(),
                search, items);
        return items;
    }

    private static void visit(SnapshotAt snapshot, Provenances provenances, UnitState unit, List<String> path,
                              NameSearch search, List<UnitListItem> items) {
        if (search.matches(unit.name())) {
            items.add(new UnitListItem(unit.id(), unit.name(), unit.kind(), unit.parentId(), List.copyOf(path),
                    provenances.of(snapshot.index().unit(unit.id()))));
        }
        List<UnitState> children = snapshot.children(unit.id());
        path.add(unit.name());
        for (UnitState child : children) {
            visit(snapshot, provenances, child, path, search, items);
        }
        path.remove(path.size() - 1);
    }
}
