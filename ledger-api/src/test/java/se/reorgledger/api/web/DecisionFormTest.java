package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.projections.index.OrganisationRef;

class DecisionFormTest {

    private static DecisionForm decision() {
        DecisionForm form = new DecisionForm();
        form.setOrgan("Kommunstyrelsen");
        form.setDecidedOn("2026-03-10");
        form.setParagraph("§ 30");
        form.setTitle("Ny enhet");
        return form;
    }

    private static ChangeRow establish(String parentId, String date) {
        ChangeRow row = new ChangeRow();
        row.setType("establishUnit");
        row.setUnitId("enheten");
        row.setName("Enheten");
        row.setKind("enhet");
        row.setParentId(parentId);
        row.setEffectiveDate(date);
        return row;
    }

    @Test
    void eachBadFieldHasASwedishMessageUnderItsOwnId() {
        DecisionForm form = new DecisionForm();
        form.setDecidedOn("2026-13-01");
        form.getChanges().add(establish("Överordnad", "i morgon"));
        form.withRows(DecisionForm.ROWS);

        assertThat(form.check())
                .containsKeys("organ", "title", "c0-parentId", "c0-effectiveDate")
                .hasEntrySatisfying("decidedOn", message -> assertThat(message).contains("är inget datum"))
                .doesNotContainKeys("c1-type", "changes");
    }

    @Test
    void aFormWithoutChangesIsADecisionOnlyAndARowWithoutItsRequiredFieldsNamesThem() {
        DecisionForm decisionOnly = decision().withRows(2);
        assertThat(decisionOnly.check()).isEmpty();
        assertThat(decisionOnly.toScenario(new OrganisationRef("askersund", "Askersunds kommun")).decisions())
                .singleElement().satisfies(entry -> assertThat(entry.changes()).isEmpty());
        DecisionForm form = decision();
        ChangeRow row = new ChangeRow();
        row.setType("moveUnit");
        form.getChanges().add(row);
        assertThat(form.check()).containsOnlyKeys("c0-unitId", "c0-parentId", "c0-effectiveDate");
    }

    @Test
    void aValidFormIsAScenarioOfOneDecisionWithAnIdMadeFromOrganDateAndParagraph() {
        DecisionForm form = decision();
        form.getChanges().add(establish("samhallsbyggnadskontoret", "2026-03-15"));
        form.withRows(DecisionForm.ROWS);
        assertThat(form.check()).isEmpty();

        Scenario scenario = form.toScenario(new OrganisationRef("askersund", "Askersunds kommun"));

        assertThat(scenario.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.decision().id()).isEqualTo("kommunstyrelsen-2026-03-10-30");
            assertThat(decision.changes()).singleElement().satisfies(change -> assertThat(change.change())
                    .isEqualTo(new EstablishUnit("enheten", "Enheten", se.reorgledger.core.unit.UnitKind.enhet,
                            "samhallsbyggnadskontoret", false, java.time.LocalDate.of(2026, 3, 15))));
        });
    }

    @Test
    void anOrganWithSwedishLettersMakesAnIdOfPlainLetters() {
        DecisionForm form = decision();
        form.setOrgan("Samhällsbyggnadsnämnden");
        form.setParagraph("");
        assertThat(form.decisionId()).isEqualTo("samhallsbyggnadsnamnden-2026-03-10");
    }
}
