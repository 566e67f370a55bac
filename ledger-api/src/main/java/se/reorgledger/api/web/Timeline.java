package se.reorgledger.api.web;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.projections.calendar.CalendarExcerpt;
import se.reorgledger.projections.calendar.ChangeDay;

/**
 * The part of an organisation's timeline a page shows: the change days nearest the date asked about, so that a
 * kommun with thousands of change days (and tens of thousands of decisions) is still a page, not megabytes of
 * them. The whole timeline is one link away.
 */
record Timeline(List<ChangeDay> days, int earlier, int later) {

    /** Change days shown on each side of the date. */
    static final int EACH_SIDE = 12;

    /** The days of a calendar excerpt: the projection's cut of the same window as {@link #around}. */
    static Timeline of(CalendarExcerpt excerpt) {
        return new Timeline(excerpt.days(), excerpt.earlier(), excerpt.later());
    }

    static Timeline around(List<ChangeDay> all, LocalDate date, boolean whole) {
        if (whole) {
            return new Timeline(all, 0, 0);
        }
        int firstAfter = 0;
        while (firstAfter < all.size() && !all.get(firstAfter).date().isAfter(date)) {
            firstAfter++;
        }
        int from = Math.max(0, firstAfter - EACH_SIDE);
        int to = Math.min(all.size(), firstAfter + EACH_SIDE);
        return new Timeline(all.subList(from, to), from, all.size() - to);
    }
}
