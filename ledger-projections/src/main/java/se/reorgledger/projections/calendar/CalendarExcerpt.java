package se.reorgledger.projections.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of an organisation's change calendar a page about one date shows: the change days around it
 * ({@code earlier} and {@code later} days left out on either side), the day of the largest change (null for a
 * calendar of one day) and the change days just before and after the date (null where there is none).
 */
public record CalendarExcerpt(List<ChangeDay> days, int earlier, int later, ChangeDay largest,
                              LocalDate previous, LocalDate next) {
}
