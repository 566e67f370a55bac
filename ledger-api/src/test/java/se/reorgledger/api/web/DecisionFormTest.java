package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
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

    private static ChangeRow row(String type) {
        ChangeRow row = new ChangeRow();
        row.setType(type);
        return row;
    }

    @Test
    void aNamndRowAndAServiceRowBecomeTheirChangesInThePackage() {
        DecisionForm form = decision();
        ChangeRow register = row("registerCommittee");
        register.setCommitteeId("byggnamnden");
        register.setName("Byggnämnden");
        register.setCommitteeType("namnd");
        register.setEffectiveDate("2026-04-01");
        ChangeRow serve = row("startKontorService");
        serve.setUnitId("samhallsbyggnadskontoret");
        serve.setCommitteeId("byggnamnden");
        serve.setEffectiveDate("2026-04-01");
        ChangeRow adopt = row("adoptReglemente");
        adopt.setCommitteeId("byggnamnden");
        adopt.setVersion("2026");
        adopt.setDocumentReference("KF 2026/12");
        adopt.setSha256("AB".repeat(32));
        adopt.setEffectiveDate("2026-04-01");
        form.getChanges().addAll(List.of(register, serve, adopt));
        form.withRows(DecisionForm.ROWS + 2);
        assertThat(form.check()).isEmpty();

        Scenario scenario = form.toScenario(new OrganisationRef("askersund", "Askersunds kommun"));

        LocalDate april = LocalDate.of(2026, 4, 1);
        assertThat(scenario.decisions()).singleElement().satisfies(decision -> assertThat(decision.changes())
                .extracting(ScenarioChange::change).containsExactly(
                        new RegisterCommittee("byggnamnden", "Byggnämnden", CommitteeType.namnd, april),
                        new StartKontorService("samhallsbyggnadskontoret", "byggnamnden", april),
                        new AdoptReglemente("byggnamnden", "2026", "KF 2026/12", "ab".repeat(32), april)));
    }

    @Test
    void aNamndRowNamesItsMissingFieldsAnUnknownTypeAndADigestThatIsNotOne() {
        DecisionForm form = decision();
        ChangeRow register = row("registerCommittee");
        register.setCommitteeId("Byggnämnden");
        register.setCommitteeType("styrelse");
        register.setEffectiveDate("2026-04-01");
        ChangeRow adopt = row("adoptReglemente");
        adopt.setCommitteeId("byggnamnden");
        adopt.setSha256("inte-en-summa");
        adopt.setEffectiveDate("2026-04-01");
        form.getChanges().addAll(List.of(register, adopt));

        Map<String, String> errors = form.check();

        assertThat(errors).containsOnlyKeys("c0-committeeId", "c0-name", "c0-committeeType", "c1-version",
                "c1-documentReference", "c1-sha256");
        assertThat(errors.get("c0-committeeType")).isEqualTo("Välj en nämndtyp i listan.");
        assertThat(errors.get("c1-sha256")).contains("64 tecken");
        assertThat(errors.get("c0-name")).contains("Registrera nämnd");
    }

    @Test
    void aCorrectionNamesAChangeOfTheLedgerAndItsReasonAndAnAnnulmentNeedsNoDate() {
        DecisionForm form = decision();
        ChangeRow correct = row("correctEffectiveDate");
        correct.setChangeId("ks-2025-11-18-145");
        correct.setEffectiveDate("2026-02-01");
        form.getChanges().add(correct);
        Map<String, String> errors = form.check();
        assertThat(errors).containsOnlyKeys("c0-changeId", "c0-reason");
        assertThat(errors.get("c0-changeId")).contains("är inget ändrings-id", "ks-2025-11-18-145.3");

        correct.setChangeId("ks-2025-11-18-145.3");
        correct.setReason("Tillträdet var 2026-02-01");
        ChangeRow annul = row("annulChange");
        annul.setChangeId("ks-2026-04-21-58.1");
        annul.setReason("Beslutet upphävt");
        form.getChanges().add(annul);
        assertThat(form.check()).isEmpty();
        assertThat(form.toScenario(new OrganisationRef("askersund", "Askersunds kommun")).decisions().get(0)
                .changes()).extracting(ScenarioChange::change).containsExactly(
                new CorrectEffectiveDate("ks-2025-11-18-145.3", LocalDate.of(2026, 2, 1), "Tillträdet var 2026-02-01"),
                new AnnulChange("ks-2026-04-21-58.1", "Beslutet upphävt"));
    }
}
