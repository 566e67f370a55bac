package se.reorgledger.projections.index;

import java.time.LocalDate;

/** Dates as epoch days in an int: every date a ledger of Swedish municipalities will hold fits. */
public final class Days {

    private Days() {
    }

    public static int of(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** The date of an epoch day, or null for the open ends of a version. */
    public static LocalDate date(int day) {
        return day == VersionTable.OPEN || day == VersionTable.ALWAYS ? null : LocalDate.ofEpochDay(day);
    }
}
