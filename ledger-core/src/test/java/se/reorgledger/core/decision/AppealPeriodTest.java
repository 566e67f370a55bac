package se.reorgledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Three weeks from the anslag, the last day moved past days on which a time limit set by law cannot end. */
class AppealPeriodTest {

    @ParameterizedTest(name = "anslag {0}: last day {1} ({2})")
    @CsvSource({
        "2025-11-28, 2025-12-19, a Friday three weeks later",
        "2025-11-29, 2025-12-22, a Saturday moves to Monday",
        "2025-12-03, 2025-12-29, julafton, juldagen, annandag jul and a weekend move to Monday",
        "2025-12-10, 2026-01-02, nyårsafton and nyårsdagen move to Friday",
        "2025-12-16, 2026-01-07, trettondedag jul moves to Wednesday",
        "2026-03-12, 2026-04-02, skärtorsdagen is a working day",
        "2025-05-16, 2025-06-09, nationaldagen on a Friday moves to Monday",
        "2026-03-13, 2026-04-07, långfredagen, the Easter weekend and annandag påsk move to Tuesday",
        "2026-04-23, 2026-05-15, Kristi himmelsfärdsdag 14 May moves to Friday",
        "2026-05-16, 2026-06-08, nationaldagen 6 June is a Saturday anyway",
        "2026-05-29, 2026-06-22, midsommarafton 19 June moves past midsommardagen to Monday",
        "2026-04-10, 2026-05-04, första maj is a Friday and moves to Monday",
    })
    void theLastDayIsThreeWeeksOnMovedPastDaysThatAreNotWorkingDays(LocalDate posted, LocalDate lastDay,
                                                                      String why) {
        assertThat(AppealPeriod.lastDay(posted)).as(why).isEqualTo(lastDay);
        assertThat(AppealPeriod.lagaKraftWithoutAppeal(posted)).isEqualTo(lastDay.plusDays(1));
    }

    @ParameterizedTest(name = "påskdagen {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
        "2285, 2285-03-22"})
    void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
    }
}
