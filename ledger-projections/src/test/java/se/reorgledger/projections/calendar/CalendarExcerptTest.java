package se.reorgledger.projections.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The excerpt of the change calendar a page shows is the whole calendar cut to the date: the days up to and
 * including it and after it, the largest day after the first, the nearest change days before and after.
 */
class CalendarExcerptTest {

    private static final int EACH_SIDE = 5;

    @Test
    void theExcerptAroundAnyDateAsKnownAtAnyTimeIsTheWholeCalendarCutToThatDate() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 8_000, 200, 11).toList();
        LedgerProjection projection = Projected.from(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(23);

        for (int i = 0; i < 150; i++) {
            LocalDate asOf = i % 10 == 0 ? points.asOf(random).plusYears(i % 20 == 0 ? -30 : 30) : points.asOf(random);
            Instant knownAt = points.knownAt(random);
            List<ChangeDay> all = projection.changeDays("kommun-1", knownAt);

            CalendarExcerpt excerpt = projection.changeDaysAround("kommun-1", asOf, knownAt, EACH_SIDE);

            assertThat(excerpt).as("on %s as known at %s", asOf, knownAt).isEqualTo(cut(all, asOf));
        }
    }

    @Test
    void aDateOnAChangeDayCountsAsUpToItAndItsNeighboursAreTheDaysBeforeAndAfter() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 2_000, 50, 5).toList();
        LedgerProjection projection = Projected.from(events);
        Instant knownAt = events.get(events.size() - 1).recordedAt();
        List<ChangeDay> all = projection.changeDays("kommun-1", knownAt);
        ChangeDay middle = all.get(all.size() / 2);

        CalendarExcerpt excerpt = projection.changeDaysAround("kommun-1", middle.date(), knownAt, EACH_SIDE);

        assertThat(excerpt.days()).hasSize(2 * EACH_SIDE);
        assertThat(excerpt.days().get(EACH_SIDE - 1)).isEqualTo(middle);
        assertThat(excerpt.previous()).isEqualTo(all.get(all.size() / 2 - 1).date());
        assertThat(excerpt.next()).isEqualTo(all.get(all.size() / 2 + 1).date());
        assertThat(excerpt).isEqualTo(cut(all, middle.date()));
    }

    /** The reference: the whole calendar, cut as the organisation page cut it before the projection did. */
    private static CalendarExcerpt cut(List<ChangeDay> all, LocalDate date) {
        int firstAfter = 0;
        while (firstAfter < all.size() && !all.get(firstAfter).date().isAfter(date)) {
            firstAfter++;
        }
        int from = Math.max(0, firstAfter - EACH_SIDE);
        int to = Math.min(all.size(), firstAfter + EACH_SIDE);
        ChangeDay largest = all.stream().skip(1).max(Comparator.comparingInt(ChangeDay::changes)).orElse(null);
        LocalDate previous = all.stream().map(ChangeDay::date).filter(d -> d.isBefore(date))
                .reduce((first, second) -> second).orElse(null);
        LocalDate next = all.stream().map(ChangeDay::date).filter(d -> d.isAfter(date)).findFirst().orElse(null);
        return new CalendarExcerpt(List.copyOf(all.subList(from, to)), from, all.size() - to, largest, previous,
                next);
    }
}
