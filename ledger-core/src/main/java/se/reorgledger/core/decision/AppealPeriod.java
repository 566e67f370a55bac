package se.reorgledger.core.decision;

import java.time.LocalDate;

/**
 * The period in which anyone in the kommun may appeal a decision (laglighetsprövning): three weeks from the day
 * the anslag that the protocol is justerat was posted (kommunallagen 13 kap. 5 §). Three weeks end on the same
 * weekday three weeks later; when that day is a Saturday, Sunday, public holiday, midsommarafton, julafton or
 * nyårsafton the appeal may come in on the next day that is none of them (lag (1930:173) om beräkning av
 * lagstadgad tid). The decision gains laga kraft the day after the last day, if no appeal came in.
 */
public final class AppealPeriod {

    private static final int WEEKS = 3;

    private AppealPeriod() {
    }

    /** The last day on which an appeal is in time, for an anslag posted on {@code postedOn}. */
    public static LocalDate lastDay(LocalDate postedOn) {
        LocalDate last = postedOn.plusWeeks(WEEKS);
        while (SwedishHolidays.isNoWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** The first day of laga kraft when no appeal came in: the day after the appeal period. */
    public static LocalDate lagaKraftWithoutAppeal(LocalDate postedOn) {
        return lastDay(postedOn).plusDays(1);
    }
}
