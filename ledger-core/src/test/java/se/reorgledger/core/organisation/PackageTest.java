package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.conflictOver;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberDryRun;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackage;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.UnitKind;

/** A decision's package is recorded all or none; it can be tried without recording; resending it is harmless. */
class PackageTest {

    private static final EstablishUnit KOMMUNLEDNINGSKONTORET = new EstablishUnit("kommunledningskontoret",
            "Kommunledningskontoret", UnitKind.kontor, ORG, false, CUTOVER);
    private static final MoveUnit SERVICE_TO_KLK = new MoveUnit("serviceavdelningen", "kommunledningskontoret",
            CUTOVER);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void onePackageBreakingARuleRecordsNoneOfItsChanges() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET, SERVICE_TO_KLK,
                        new MoveUnit("kommunledningskontoret", "serviceavdelningen", CUTOVER)))
                .expectException(refusedBy(HardRule.NO_CYCLES))
                .expectNoEvents();
    }

    @Test
    void aDryRunRecordsNothingAndShowsWhatTheOrganisationWouldBecome() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberDryRun(KOMMUNLEDNINGSKONTORET, SERVICE_TO_KLK))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(Matchers.<Object>allOf(
                        Matchers.hasProperty("class", Matchers.equalTo(PackageOutcome.class))))
                .expectResultMessagePayloadMatching(new org.hamcrest.TypeSafeMatcher<Object>() {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        PackageOutcome outcome = (PackageOutcome) item;
                        return outcome.status() == PackageOutcome.Status.DRY_RUN
                                && outcome.asOf().equals(CUTOVER)
                                && outcome.changeIds().equals(List.of(novemberChange(1), novemberChange(2)))
                                && outcome.structure().children().stream()
                                .anyMatch(unit -> unit.id().equals("kommunledningskontoret")
                                        && unit.children().get(0).id().equals("serviceavdelningen"));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("a dry run with Serviceavdelningen under Kommunledningskontoret");
                    }
                });
    }

    @Test
    void theSamePackageSentAgainRecordsNothingNew() {
        List<Change> changes = List.of(KOMMUNLEDNINGSKONTORET);
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(KOMMUNLEDNINGSKONTORET.toEvent(ORG, NOVEMBER, novemberChange(1)));
        history.add(OrganisationFixtures.novemberPackageRecorded(changes, 1));
        fixture.given(history)
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET))
                .expectNoEvents()
                .expectResultMessagePayload(PackageOutcome.alreadyRecorded(ORG, NOVEMBER, List.of(novemberChange(1))));
    }

    @Test
    void anIdentifierIsNeverReused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new EstablishUnit("serviceavdelningen", "Ny service", UnitKind.avdelning, ORG,
                        false, CUTOVER)))
                .expectException(conflictOver(HardRule.IDENTIFIER_UNUSED))
                .expectNoEvents();
    }

    @Test
    void aPackageForADecisionThatWasNeverRecordedIsUnknown() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(new RecordChangePackageCommand(ORG, "ks-okant", List.of(KOMMUNLEDNINGSKONTORET), false))
                .expectException(UnknownEntityException.class)
                .expectNoEvents();
    }

    @Test
    void guidelinesAreReportedWithTheOutcomeNotRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(new org.hamcrest.TypeSafeMatcher<Object>() {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        return ((PackageOutcome) item).guidelines().stream().anyMatch(finding ->
                                finding.guideline() == Guideline.KONTOR_LED_BY_KONTORSCHEF
                                        && finding.subjects().contains("kommunledningskontoret"));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("a report that Kommunledningskontoret has no kontorschef");
                    }
                });
    }

    @Test
    void changesAreNumberedWithinTheirDecisionAcrossPackages() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(KOMMUNLEDNINGSKONTORET.toEvent(ORG, NOVEMBER, novemberChange(1)));
        history.add(OrganisationFixtures.novemberPackageRecorded(List.of(KOMMUNLEDNINGSKONTORET), 1));
        Organisation organisation = AggregateSourcing.source(history);
        PackageOutcome outcome = organisation.handle(novemberDryRun(SERVICE_TO_KLK));
        assertThat(outcome.changeIds()).containsExactly(novemberChange(2));
    }
}
