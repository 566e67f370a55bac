package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioOrganisation;
import se.reorgledger.api.scenario.ScenarioPreview;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.rules.RuleFinding;
import se.reorgledger.projections.structure.UnitRef;

class PreviewReportTest {

    private static final CommitteeView SOCIALNAMNDEN = new CommitteeView("socialnamnden", "Socialnämnden",
            CommitteeType.values()[0], null, List.of(), List.of(), null, null);

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
    private static final UnitNode SERVICE = new UnitNode("service", "Serviceavdelningen", UnitKind.avdelning, false,
            List.of(), List.of());
    private static final UnitNode RECORDED = new UnitNode("k", "Kommunen", UnitKind.kommun, false, List.of(),
            List.of(SERVICE));
    private static final ScenarioDecision DECISION = new ScenarioDecision(0, new Decision("ks-1", "Kommunstyrelsen",
            LocalDate.of(2026, 3, 1), null, null, "Flytt", false), null,
            List.of(new ScenarioChange(0, new MoveUnit("service", "k", DAY), null)));
    private static final Scenario SCENARIO = new Scenario("formuläret", false,
            new ScenarioOrganisation(0, "k", "Kommunen"), List.of(), List.of(DECISION), "");

    @Test
    void aRefusalNamesTheChangeTheDateTheUnitsAndTheRuleInSwedish() {
        PackageRefusedException refused = new PackageRefusedException(List.of(new RuleViolation(HardRule.NO_CYCLES,
                DAY, "ks-1.1", List.of("service"), "Serviceavdelningen would be placed under itself")))
                .inPackage(List.of("ks-1.1"));

        PreviewReport report = PreviewReport.of(SCENARIO, new ScenarioPreview.Result(List.of(), DECISION, refused),
                recorded(List.of(), Set.of()));

        assertThat(report.refused()).isTrue();
        assertThat(report.refusedDecision()).isEqualTo("ks-1");
        assertThat(report.refusals()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("Ändring 1 i paketet kan inte gälla den 2026-03-15 för "
                    + "Serviceavdelningen (service). Regeln: En enhet kan aldrig placeras under sig själv eller under "
                    + "någon av sina egna underenheter.");
            assertThat(line.detail()).isEqualTo("Serviceavdelningen would be placed under itself");
        });
        assertThat(report.comparison()).isNull();
    }

    @Test
    void aPassingPackageIsComparedOnItsDateAndItsGuidelinesAreWarningsMarkedWhenAlreadyDepartedFrom() {
        UnitNode after = new UnitNode("k", "Kommunen", UnitKind.kommun, false, List.of(), List.of());
        GuidelineFinding finding = new GuidelineFinding(Guideline.KONTOR_LED_BY_KONTORSCHEF, DAY, List.of("service"),
                "no kontorschef");
        PackageOutcome outcome = new PackageOutcome(PackageOutcome.Status.RECORDED, "k", "ks-1", List.of("ks-1.1"),
                DAY, after, List.of(finding));

        CommitteeView byggnamnden = new CommitteeView("byggnamnden", "Byggnämnden", CommitteeType.values()[0],
                null, List.of(new UnitRef("service", "Serviceavdelningen")), List.of(), null, null);
        PreviewReport report = PreviewReport.of(SCENARIO, new ScenarioPreview.Result(List.of(outcome), null, null,
                        date -> List.of(SOCIALNAMNDEN, byggnamnden)),
                recorded(List.of(new RuleFinding(finding.guideline(), finding.date(), finding.subjects(),
                        finding.message(), false)), Set.of()));

        assertThat(report.refused()).isFalse();
        assertThat(report.asOf()).isEqualTo(DAY);
        assertThat(report.comparison().dissolved()).containsExactly("Serviceavdelningen (avdelning) avvecklas");
        assertThat(report.committees().registered()).containsExactly("Byggnämnden registreras");
        assertThat(report.committees().servicesStarted())
                .containsExactly("Serviceavdelningen börjar betjäna Byggnämnden");
        assertThat(report.warnings()).singleElement().satisfies(line -> {
            assertThat(line.text()).startsWith("Serviceavdelningen (service): Varje kontor leds av en kontorschef");
            assertThat(line.before()).isTrue();
            assertThat(line.illustrative()).isFalse();
        });
        assertThat(report.packageLines()).isEmpty();
    }

    @Test
    void aWarningIsMarkedIllustrativeWhenASubjectRestsOnAnIllustrativeDecisionRecordedOrInThePackage() {
        GuidelineFinding finding = new GuidelineFinding(Guideline.KONTOR_LED_BY_KONTORSCHEF, DAY, List.of("service"),
                "no kontorschef");
        PackageOutcome outcome = new PackageOutcome(PackageOutcome.Status.RECORDED, "k", "ks-1", List.of("ks-1.1"),
                DAY, RECORDED, List.of(finding));
        ScenarioPreview.Result passed = new ScenarioPreview.Result(List.of(outcome), null, null);

        assertThat(PreviewReport.of(SCENARIO, passed, recorded(List.of(), Set.of())).warnings())
                .singleElement().satisfies(line -> assertThat(line.illustrative()).isFalse());
        assertThat(PreviewReport.of(SCENARIO, passed, recorded(List.of(), Set.of("service"))).warnings())
                .singleElement().satisfies(line -> assertThat(line.illustrative()).isTrue());
        ScenarioDecision illustrative = new ScenarioDecision(0, new Decision("ks-1", "Kommunstyrelsen",
                LocalDate.of(2026, 3, 1), null, null, "Flytt", true), null, DECISION.changes());
        Scenario filledIn = new Scenario("formuläret", false, SCENARIO.organisation(), List.of(),
                List.of(illustrative), "");
        assertThat(PreviewReport.of(filledIn, passed, recorded(List.of(), Set.of())).warnings())
                .singleElement().satisfies(line -> assertThat(line.illustrative()).isTrue());
    }

    @Test
    void aPackageOfNamndChangesAndACorrectionIsToldInSwedishWithTheRecordedNames() {
        ScenarioDecision decision = new ScenarioDecision(0, new Decision("ks-2", "Kommunstyrelsen",
                LocalDate.of(2026, 3, 1), null, null, "Nämnder", false), null, List.of(
                new ScenarioChange(0, new RegisterCommittee("byggnamnden", "Byggnämnden", CommitteeType.namnd, DAY),
                        null),
                new ScenarioChange(0, new StartKontorService("service", "byggnamnden", DAY), null),
                new ScenarioChange(0, new EndKontorService("service", "socialnamnden", DAY), null),
                new ScenarioChange(0, new CorrectEffectiveDate("ks-1.1", DAY, "Fel datum"), null)));
        Scenario scenario = new Scenario("formuläret", false, SCENARIO.organisation(), List.of(), List.of(decision),
                "");
        PackageOutcome outcome = new PackageOutcome(PackageOutcome.Status.RECORDED, "k", "ks-2",
                List.of("ks-2.1", "ks-2.2", "ks-2.3", "ks-2.4"), DAY, RECORDED, List.of());

        PreviewReport report = PreviewReport.of(scenario, new ScenarioPreview.Result(List.of(outcome), null, null),
                recorded(List.of(), Set.of()));

        assertThat(report.packageLines()).containsExactly(
                "Byggnämnden inrättas som nämnd från 2026-03-15",
                "Serviceavdelningen börjar betjäna Byggnämnden från 2026-03-15",
                "Serviceavdelningen slutar betjäna Socialnämnden från 2026-03-15",
                "Ändring ks-1.1 gäller i stället från 2026-03-15: Fel datum");
        assertThat(report.comparison().isEmpty()).isTrue();
    }

    private static PreviewReport.Recorded recorded(List<RuleFinding> findings, Set<String> illustrative) {
        return new PreviewReport.Recorded(date -> RECORDED, date -> findings, date -> illustrative,
                date -> List.of(SOCIALNAMNDEN));
    }
}
