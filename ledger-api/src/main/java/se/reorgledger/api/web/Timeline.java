package se.reorgledger.api.web;

import java.util.List;
import se.reorgledger.projections.calendar.CalendarExcerpt;
import se.reorgledger.projections.calendar.ChangeDay;

/**
 * The part of an organisation's timeline a page shows: the change days nearest the date asked about, so that a
 * kommun with thousands of change days (and tens of thousands of decisions) is still a page, not megabytes of
 * them. The whole timeline is one link away. The window is cut by the projection ({@code ChangeCalendar.around}).
 */
record Timeline(List<ChangeDay> days, int earlier, int later) {

    /** Change days shown on each side of the date. */
    static final int EACH_SIDE = 12;

    /** The days of a calendar excerpt, with how many days lie before and after them. */
    static Timeline of(CalendarExcerpt excerpt) {
        return new Timeline(excerpt.days(), excerpt.earlier(), excerpt.later());
    }
}
