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
    void theSamePackageWithItsChangesInAnotherOrderIsRecognised() {
        List<Change> changes = List.of(KOMMUNLEDNINGSKONTORET, SERVICE_TO_KLK);
        fixture.given(recordedInNovember(changes))
                .when(novemberPackage(SERVICE_TO_KLK, KOMMUNLEDNINGSKONTORET))
                .expectNoEvents()
                .expectResultMessagePayload(PackageOutcome.alreadyRecorded(ORG, NOVEMBER,
                        List.of(novemberChange(1), novemberChange(2))));
    }

    @Test
    void aPackageRecordedWithTheFirstVersionOfTheDigestIsRecognised() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(KOMMUNLEDNINGSKONTORET.toEvent(ORG, NOVEMBER, novemberChange(1)));
        // As stored by earlier releases: a bare hex digest of another encoding.
        history.add(new ChangePackageRecordedEvent(ORG, NOVEMBER, List.of(novemberChange(1)),
                "9c1185a5c5e9fc54612808977ee8f018b14bf8daed1b5f8c3a8b2b1a0a3e1c2d"));
        fixture.given(history)
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET))
                .expectNoEvents()
                .expectResultMessagePayload(PackageOutcome.alreadyRecorded(ORG, NOVEMBER, List.of(novemberChange(1))));
    }

    @Test
    void anEarlierPackageWithTheSameStoredDigestButOtherChangesDoesNotStandInForANewOne() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(KOMMUNLEDNINGSKONTORET.toEvent(ORG, NOVEMBER, novemberChange(1)));
        // A crafted package whose stored first-version digest equals that of the package sent next.
        history.add(new ChangePackageRecordedEvent(ORG, NOVEMBER, List.of(novemberChange(1)),
                RequestDigest.of(List.of(SERVICE_TO_KLK))));
        fixture.given(history)
                .when(novemberPackage(SERVICE_TO_KLK))
                .expectEvents(SERVICE_TO_KLK.toEvent(ORG, NOVEMBER, novemberChange(2)),
                        new ChangePackageRecordedEvent(ORG, NOVEMBER, List.of(novemberChange(2)),
                                RequestDigest.of(List.of(SERVICE_TO_KLK))));
    }

    private static List<Object> recordedInNovember(List<Change> changes) {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        for (int i = 0; i < changes.size(); i++) {
            history.add(changes.get(i).toEvent(ORG, NOVEMBER, novemberChange(i + 1)));
        }
        history.add(new ChangePackageRecordedEvent(ORG, NOVEMBER,
                java.util.stream.IntStream.rangeClosed(1, changes.size()).mapToObj(OrganisationFixtures::novemberChange)
                        .toList(), RequestDigest.of(changes)));
        return history;
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
