package se.reorgledger.core.decision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The days on which a time limit set by law does not end in Sweden (lag (1930:173) om beräkning av lagstadgad
 * tid): Saturdays, Sundays, the public holidays of lag (1989:253) om allmänna helgdagar, midsommarafton,
 * julafton and nyårsafton.
 */
public final class SwedishHolidays {

    private SwedishHolidays() {
    }

    /** Whether a time limit that ends on this day moves to the next day that is not such a day. */
    public static boolean isNoWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || isPublicHoliday(day)
                || isMidsommarafton(day) || isChristmasOrNewYearsEve(day);
    }

    /** The weekday public holidays; those that always fall on a Saturday or Sunday need no rule of their own. */
    static boolean isPublicHoliday(LocalDate day) {
        LocalDate easter = easterSunday(day.getYear());
        return fixed(day, Month.JANUARY, 1) || fixed(day, Month.JANUARY, 6) || fixed(day, Month.MAY, 1)
                || fixed(day, Month.JUNE, 6) || fixed(day, Month.DECEMBER, 25) || fixed(day, Month.DECEMBER, 26)
                || day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39));
    }

    /** Midsommarafton is the Friday between 19 and 25 June. */
    static boolean isMidsommarafton(LocalDate day) {
        return day.getMonth() == Month.JUNE && day.getDayOfWeek() == DayOfWeek.FRIDAY
                && day.getDayOfMonth() >= 19 && day.getDayOfMonth() <= 25;
    }

    private static boolean isChristmasOrNewYearsEve(LocalDate day) {
        return fixed(day, Month.DECEMBER, 24) || fixed(day, Month.DECEMBER, 31);
    }

    private static boolean fixed(LocalDate day, Month month, int dayOfMonth) {
        return day.getMonth() == month && day.getDayOfMonth() == dayOfMonth;
    }

    /** Påskdagen in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
