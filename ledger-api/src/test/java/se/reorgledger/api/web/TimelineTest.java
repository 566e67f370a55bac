package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.calendar.ChangeDay;

class TimelineTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private static List<ChangeDay> days(int count) {
        List<ChangeDay> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(new ChangeDay(FIRST.plusMonths(i), 1, List.of()));
        }
        return days;
    }

    @Test
    void aShortTimelineIsShownWhole() {
        Timeline timeline = Timeline.around(days(15), FIRST.plusMonths(7), false);

        assertThat(timeline.days()).hasSize(15);
        assertThat(timeline.earlier()).isZero();
        assertThat(timeline.later()).isZero();
    }

    @Test
    void aLongTimelineShowsTheChangeDaysNearestTheDateAndCountsTheRest() {
        List<ChangeDay> all = days(1000);

        Timeline timeline = Timeline.around(all, FIRST.plusMonths(500), false);

        assertThat(timeline.days()).hasSize(2 * Timeline.EACH_SIDE);
        assertThat(timeline.days()).extracting(ChangeDay::date)
                .contains(FIRST.plusMonths(500), FIRST.plusMonths(500 - Timeline.EACH_SIDE + 1),
                        FIRST.plusMonths(500 + Timeline.EACH_SIDE));
        assertThat(timeline.earlier() + timeline.days().size() + timeline.later()).isEqualTo(1000);
    }

    @Test
    void atEitherEndTheWindowStopsAtTheTimelinesEdgeAndTheWholeIsOneRequestAway() {
        List<ChangeDay> all = days(1000);

        assertThat(Timeline.around(all, FIRST.minusDays(1), false).days()).hasSize(Timeline.EACH_SIDE);
        assertThat(Timeline.around(all, FIRST.plusYears(200), false).later()).isZero();
        assertThat(Timeline.around(all, FIRST, true).days()).hasSize(1000);
    }
}
