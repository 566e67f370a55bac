package se.reorgledger.api.opendata;

import java.util.List;
import se.reorgledger.api.csv.CsvTable;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.decisions.DecisionSummary;

/**
 * The decisions recorded, as known at a moment, as a CSV table in the order of the JSON list (decision date, then
 * id): each cited by organ, date, § and diarienummer, with its status, the day it gained laga kraft and how many
 * changes and corrections it made. Who recorded it is left out: open data names no member of staff.
 */
final class DecisionRows {

    static final String[] HEADER = {"id", "organ", "decidedOn", "paragraph", "caseNumber", "title", "status",
            "lagaKraftFrom", "changes", "corrections", "recordedAt", "illustrative"};

    private DecisionRows() {
    }

    static CsvTable of(List<DecisionSummary> decisions) {
        CsvTable table = new CsvTable(HEADER);
        for (DecisionSummary summary : decisions) {
            DecisionRef decision = summary.decision();
            table.row(decision.id(), decision.organ(), decision.decidedOn(), decision.paragraph(),
                    decision.caseNumber(), decision.title(), summary.status(), summary.lagaKraftFrom(),
                    summary.changes(), summary.corrections(), summary.recordedAt(), decision.illustrative());
        }
        return table;
    }
}
