package se.reorgledger.core.assignment;

import se.reorgledger.core.change.Require;

/** One line of an uppdrag's tidplan: a period as the PM writes it ("Juni-augusti") and what happens then. */
public record TimetableEntry(String period, String activity) {

    public TimetableEntry {
        period = Require.text("period", period);
        activity = Require.text("activity", activity);
    }
}
