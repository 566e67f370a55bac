package se.reorgledger.core.change;

import java.time.LocalDate;

/**
 * The range of dates the ledger records and answers about. A kommun's organisation has no dates before 1800
 * or after 2999; a date outside is a mistake, refused at the edge rather than carried into the ledger forever.
 */
public final class LedgerDates {

    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** The rule in words, for a refusal. */
    public static final String RULE = "must be a date from " + EARLIEST + " to " + LATEST;

    private LedgerDates() {
    }

    public static boolean holds(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
