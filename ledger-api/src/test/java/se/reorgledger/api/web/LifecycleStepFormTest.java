package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.projections.decisions.LifecycleView;

class LifecycleStepFormTest {

    private static LifecycleStepForm form(String step, String date) {
        LifecycleStepForm form = new LifecycleStepForm();
        form.setSteg(step);
        form.setDatum(date);
        return form;
    }

    @Test
    void aDateThatIsNotADateIsAMessageByTheDateField() {
        assertThat(form("justering", "2026-02-30").check())
                .containsEntry("datum", "”2026-02-30” är inget datum; skriv det som ÅÅÅÅ-MM-DD.");
        assertThat(form("anslag", "").check()).containsKey("datum");
        assertThat(form("", "2026-02-01").check()).containsOnlyKeys("steg");
    }

    @Test
    void aRulingNeedsItsCourtAndOutcomeAndNamesChangesOnlyWhenItQuashesInPart() {
        LifecycleStepForm ruling = form("ruling", "2026-03-12");
        assertThat(ruling.check()).containsOnlyKeys("domstol", "utfall");

        ruling.setDomstol("Förvaltningsrätten i Karlstad");
        ruling.setUtfall("quashedInPart");
        assertThat(ruling.check()).containsOnlyKeys("andringar");
        ruling.setAndringar("ks-2025-11-24-145");
        assertThat(ruling.check().get("andringar")).contains("är inget ändrings-id");

        ruling.setAndringar("ks-2025-11-24-145.3, ks-2025-11-24-145.4");
        ruling.setMalnummer("1234-25");
        assertThat(ruling.check()).isEmpty();
        assertThat(ruling.toStep()).isEqualTo(new LifecycleStep.Ruling(LocalDate.of(2026, 3, 12),
                "Förvaltningsrätten i Karlstad", "1234-25", RulingOutcome.quashedInPart,
                List.of("ks-2025-11-24-145.3", "ks-2025-11-24-145.4")));
    }

    @Test
    void aRefusalOfTheLedgersOwnChecksStandsByTheFieldItIsAbout() {
        LifecycleStepForm ruling = form("ruling", "2026-03-12");
        ruling.setDomstol("Förvaltningsrätten i Karlstad");
        ruling.setUtfall("quashedInPart");
        ruling.setAndringar("ks-2025-11-24-145.3 ks-2025-11-24-145.3");
        assertThat(ruling.check()).containsOnly(java.util.Map.entry("andringar", "Varje ändring anges en gång."));

        ruling.setAndringar("ks-2025-11-24-145.3");
        ruling.setMalnummer("1".repeat(10_000));
        assertThat(ruling.check()).containsOnlyKeys("malnummer");
        ruling.setMalnummer("");
        ruling.setDomstol("F".repeat(10_000));
        assertThat(ruling.check()).containsOnlyKeys("domstol");
    }

    @Test
    void aRulingsOutcomesAreOfferedInTheOrderAReaderWeighsThem() {
        assertThat(LifecycleStepForm.OUTCOMES.keySet()).containsExactly("upheld", "quashed", "quashedInPart");
    }

    @Test
    void anAnmalanNamesTheNamndByItsId() {
        LifecycleStepForm anmalan = form("anmalan", "2026-01-26");
        anmalan.setNamnd("Kommunstyrelsen");
        assertThat(anmalan.check().get("namnd")).contains("är inget id");
        anmalan.setNamnd("kommunstyrelsen");
        anmalan.setParagraf("§ 8");
        assertThat(anmalan.check()).isEmpty();
        assertThat(anmalan.toStep()).isEqualTo(new LifecycleStep.Anmalan(LocalDate.of(2026, 1, 26),
                "kommunstyrelsen", "§ 8"));
    }

    @Test
    void aForslagHasNoStepsAndOnlyADelegationsbeslutIsAnmalt() {
        assertThat(LifecycleStepForm.stepsFor(DecisionKind.forslag)).isEmpty();
        assertThat(LifecycleStepForm.stepsFor(DecisionKind.beslut)).doesNotContainKey("anmalan")
                .containsKeys("justering", "anslag", "appeal", "ruling", "lagaKraft", "revocation");
        assertThat(LifecycleStepForm.stepsFor(DecisionKind.delegationsbeslut)).containsKey("anmalan");
    }

    @Test
    void theFormOffersTheStepThatUsuallyComesNext() {
        LifecycleView fresh = new LifecycleView(DecisionStatus.decided, null, null, null, null, null, null, false,
                null, null, List.of());
        LifecycleView justerad = new LifecycleView(DecisionStatus.justerat, LocalDate.of(2026, 5, 7), null, null,
                null, null, null, false, null, null, List.of());
        assertThat(LifecycleStepForm.next(fresh, DecisionKind.beslut).getSteg()).isEqualTo("justering");
        assertThat(LifecycleStepForm.next(justerad, DecisionKind.beslut).getSteg()).isEqualTo("anslag");
        assertThat(LifecycleStepForm.next(fresh, DecisionKind.delegationsbeslut).getSteg()).isEqualTo("anmalan");
    }
}
