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
    void anExcerptWithEveryDayOnEachSideIsTheWholeCalendar() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 2_000, 50, 5).toList();
        LedgerProjection projection = Projected.from(events);
        Instant knownAt = events.get(events.size() - 1).recordedAt();
        List<ChangeDay> all = projection.changeDays("kommun-1", knownAt);

        CalendarExcerpt whole = projection.changeDaysAround("kommun-1", all.get(all.size() / 3).date(), knownAt,
                Integer.MAX_VALUE / 2);

        assertThat(whole.days()).isEqualTo(all);
        assertThat(whole.earlier()).isZero();
        assertThat(whole.later()).isZero();
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

    @Test
    void theExcerptKeptForAnEpochFollowsEventsThatArriveAtThatSameRecordedTime() {
        // The ledger's clock stands still for the second half: every later package lands on the last epoch, the
        // one the excerpt was already counted for, so only emptying the kept counts on each event keeps it true.
        List<RecordedEvent> generated = SyntheticLedger.organisation("kommun-1", 3_000, 80, 7).toList();
        Instant stopped = generated.get(generated.size() / 2).recordedAt();
        List<RecordedEvent> events = generated.stream().map(event -> event.recordedAt().isAfter(stopped)
                ? new RecordedEvent(event.position(), event.eventId(), stopped, event.principal(), event.payload())
                : event).toList();
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(29);
        Instant later = stopped.plusSeconds(86_400);
        LedgerProjection projection = new LedgerProjection();
        int asked = 0;

        for (int i = 0; i < events.size(); i++) {
            projection.apply(events.get(i));
            if (i < events.size() / 2 || i % 25 != 0) {
                continue;
            }
            for (Instant knownAt : List.of(later, points.knownAt(random))) {
                LocalDate asOf = points.asOf(random);
                List<ChangeDay> all = projection.changeDays("kommun-1", knownAt);

                assertThat(projection.changeDaysAround("kommun-1", asOf, knownAt, EACH_SIDE))
                        .as("after %d events, on %s as known at %s", i + 1, asOf, knownAt).isEqualTo(cut(all, asOf));
                asked++;
            }
        }
        assertThat(asked).isGreaterThan(100);
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
