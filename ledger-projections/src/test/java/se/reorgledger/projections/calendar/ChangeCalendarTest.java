package se.reorgledger.projections.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.RENAME_DECISION;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

class ChangeCalendarTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void eachDayCountsTheStandingChangesTakingEffectThenWithTheirDecisions() {
        List<ChangeDay> days = projection.changeDays(KOMMUN, ASKERSUND.afterNovemberDecision());

        assertThat(days).extracting(ChangeDay::date).containsExactly(OLD_ORGANISATION, NEW_YEAR_2026);
        assertThat(days.get(0).changes()).isEqualTo(11);
        assertThat(days.get(0).decisions()).extracting(decision -> decision.id())
                .containsExactly(OLD_ORGANISATION_DECISION);
        assertThat(days.get(1).changes()).isEqualTo(10);
        assertThat(days.get(1).decisions()).extracting(decision -> decision.id()).containsExactly(NOVEMBER_DECISION);
    }

    @Test
    void aCorrectedDateMovesItsChangeToTheNewDayUnderItsOwnDecision() {
        List<ChangeDay> days = projection.changeDays(KOMMUN, ASKERSUND.afterCorrection());

        assertThat(days).extracting(ChangeDay::date).containsExactly(OLD_ORGANISATION, NEW_YEAR_2026, FEBRUARY_2026);
        assertThat(days.get(1).changes()).isEqualTo(9);
        assertThat(days.get(2).changes()).isEqualTo(1);
        assertThat(days.get(2).decisions()).extracting(decision -> decision.id())
                .containsExactly(NOVEMBER_DECISION).doesNotContain(CORRECTION_DECISION);
    }

    @Test
    void anAnnulledChangeLeavesItsDayOnlyFromTheAnnulmentOn() {
        assertThat(projection.changeDays(KOMMUN, ASKERSUND.afterRename())).extracting(ChangeDay::date)
                .contains(APRIL_2026);
        assertThat(projection.changeDays(KOMMUN, ASKERSUND.afterRename()).get(3).decisions())
                .extracting(decision -> decision.id()).containsExactly(RENAME_DECISION);
        assertThat(projection.changeDays(KOMMUN, ASKERSUND.afterAnnulment())).extracting(ChangeDay::date)
                .doesNotContain(APRIL_2026);
    }
}
