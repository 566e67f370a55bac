package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioLifecycleStep;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.LifecycleStep;

/** The preview lists the steps of a decision's life a file records, so none is recorded unseen. */
class PackageLinesTest {

    @Test
    void theStepsOfADecisionsLifeAreListedInSwedishWithTheAppealPeriodsLastDay() {
        Decision decision = new Decision("ks-2025-11-18-147", "Kommunstyrelsen", LocalDate.of(2025, 11, 18), null,
                null, "Samhällsbyggnadskontoret", true, DecisionKind.beslut, null, null);
        ScenarioDecision entry = new ScenarioDecision(1, decision, null, null, List.of(), List.of(
                new ScenarioLifecycleStep(2, new LifecycleStep.Justering(LocalDate.of(2025, 11, 21)), true, null,
                        null),
                new ScenarioLifecycleStep(3, new LifecycleStep.Anslag(LocalDate.of(2025, 11, 24)), false, null,
                        null),
                new ScenarioLifecycleStep(4, new LifecycleStep.Anmalan(LocalDate.of(2025, 12, 16),
                        "kommunstyrelsen", "§ 160"), false, null, null)));

        List<String> lines = PackageLines.of(List.of(entry),
                Function.<String>identity().andThen(id -> id.equals("kommunstyrelsen") ? "Kommunstyrelsen" : id));

        assertThat(lines).containsExactly(
                "Beslut ks-2025-11-18-147: protokollet justeras 2025-11-21 (illustrativt)",
                "Beslut ks-2025-11-18-147: anslaget sätts upp 2025-11-24, överklagandetiden löper till och med "
                        + "2025-12-15",
                "Beslut ks-2025-11-18-147: anmäls till Kommunstyrelsen 2025-12-16 § 160");
    }
}
