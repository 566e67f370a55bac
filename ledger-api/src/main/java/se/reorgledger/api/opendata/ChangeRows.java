package se.reorgledger.api.opendata;

import java.util.stream.Collectors;
import se.reorgledger.api.csv.CsvTable;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.structure.UnitRef;

/**
 * The changes between two dates as a CSV table, one row a line of the diff, each with its decision (organ, date,
 * §, diarienummer). {@code successorIds} holds, for a dissolved unit, the ids of the units its parts went to,
 * separated by spaces. The columns added with the later kinds of change come last, so that a reader of the
 * earlier columns by position reads them as before.
 */
final class ChangeRows {

    static final String[] HEADER = {"change", "effectiveDate", "unitId", "unitName", "unitKind", "parentBeforeId",
            "parentAfterId", "previousName", "successorIds", "chefRoleId", "chefRole", "holderBefore", "holderAfter",
            "committeeId", "reglemente", "changeId", "decisionId", "organ", "decidedOn", "paragraph", "caseNumber",
            "illustrative", "previousKind", "authority", "roleEnded", "committee", "committeeType", "municipality"};

    private ChangeRows() {
    }

    static CsvTable of(ChangesBetween changes) {
        CsvTable table = new CsvTable(HEADER);
        for (ChangeItem item : changes.items()) {
            DecisionRef decision = item.cause() == null ? null : item.cause().decision();
            table.row(item.kind(), item.effectiveDate(), id(item.unit()), item.unit() == null ? null
                            : item.unit().name(), item.unitKind() == null ? null : item.unitKind().name(),
                    id(item.parentBefore()), id(item.parentAfter()), item.previousName(),
                    item.successors().stream().map(UnitRef::id).collect(Collectors.joining(" ")),
                    item.chefRoleId(), item.chefRoleTitle(), name(item.holderBefore()), name(item.holderAfter()),
                    item.committeeId(), item.reglemente(), item.cause() == null ? null : item.cause().changeId(),
                    decision == null ? null : decision.id(), decision == null ? null : decision.organ(),
                    decision == null ? null : decision.decidedOn(), decision == null ? null : decision.paragraph(),
                    decision == null ? null : decision.caseNumber(), item.illustrative(),
                    item.previousKind() == null ? null : item.previousKind().name(), item.authority(),
                    item.roleEnded(), item.committeeName(),
                    item.committeeType() == null ? null : item.committeeType().name(), item.municipality());
        }
        return table;
    }

    private static String id(UnitRef unit) {
        return unit == null ? null : unit.id();
    }

    private static String name(PersonRef person) {
        return person == null ? null : person.name();
    }
}
