package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackage;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackageRecorded;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.assignment.CarryOutAssignment;
import se.reorgledger.core.assignment.GiveAssignment;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.DissolveCommittee;
import se.reorgledger.core.committee.JoinCommittee;
import se.reorgledger.core.committee.LeaveCommittee;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.rules.HardRule;

/** Nämnder, their reglementen, the kontor that serve them, the member kommuner of a gemensam nämnd, uppdrag. */
class CommitteeRulesTest {

    private static final RegisterCommittee MILJO_OCH_BYGG = new RegisterCommittee("sydnarkes-miljo-och-byggnamnd",
            "Sydnärkes miljö- och byggnämnd", CommitteeType.gemensam_namnd, LocalDate.of(2025, 1, 1));

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void aReglementeVersionIsAdoptedForANamnd() {
        AdoptReglemente adopt = new AdoptReglemente("tekniska-namnden", "2026", "KS 2025/400 bilaga 2",
                "A".repeat(64), CUTOVER);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(adopt))
                .expectEvents(new ReglementeAdoptedEvent(ORG, "tekniska-namnden", "2026", "KS 2025/400 bilaga 2",
                                "a".repeat(64), CUTOVER, NOVEMBER, novemberChange(1)),
                        novemberPackageRecorded(List.of(adopt), 1));
    }

    @Test
    void aReglementeVersionIsAdoptedOncePerNamnd() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new AdoptReglemente("tekniska-namnden", "2026", "dok 1", null, CUTOVER),
                        new AdoptReglemente("tekniska-namnden", "2026", "dok 2", null, CUTOVER.plusMonths(1))))
                .expectException(refusedBy(HardRule.REGLEMENTE_VERSION_UNIQUE))
                .expectNoEvents();
    }

    @Test
    void nothingCanBeDoneToANamndAfterItIsDissolved() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new DissolveCommittee("tekniska-namnden", CUTOVER),
                        new AdoptReglemente("tekniska-namnden", "2026", "dok", null, CUTOVER.plusDays(1))))
                .expectException(refusedBy(HardRule.COMMITTEE_EXISTS))
                .expectNoEvents();
    }

    @Test
    void onlyAKontorOrAForvaltningServesANamnd() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new StartKontorService("serviceavdelningen", "tekniska-namnden", CUTOVER)))
                .expectException(refusedBy(HardRule.SERVING_UNIT_KIND))
                .expectNoEvents();
    }

    @Test
    void aKontorStartsServingANamndAndStopsAgain() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new se.reorgledger.core.unit.EstablishUnit("samhallsbyggnadskontoret", "Samhällsbyggnadskontoret",
                                se.reorgledger.core.unit.UnitKind.kontor, ORG, false, CUTOVER),
                        new se.reorgledger.core.committee.EndKontorService("tekniska-forvaltningen",
                                "tekniska-namnden", CUTOVER),
                        new StartKontorService("samhallsbyggnadskontoret", "tekniska-namnden", CUTOVER)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(org.hamcrest.Matchers.equalTo(
                                new se.reorgledger.core.committee.KontorServiceStartedEvent(ORG, "tekniska-namnden",
                                        "samhallsbyggnadskontoret", CUTOVER, NOVEMBER, novemberChange(3))))));
    }

    @Test
    void dissolvingANamndEndsTheServicesToIt() {
        DissolveCommittee dissolve = new DissolveCommittee("tekniska-namnden", CUTOVER);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(dissolve,
                        new se.reorgledger.core.chef.EndChefRole("teknisk-chef", CUTOVER),
                        new se.reorgledger.core.unit.MoveUnit("serviceavdelningen", ORG, CUTOVER),
                        new se.reorgledger.core.unit.DissolveUnit("tekniska-forvaltningen", List.of(), CUTOVER)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aUnitThatAlreadyServesANamndCannotStartAgain() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new StartKontorService("tekniska-forvaltningen", "tekniska-namnden", CUTOVER)))
                .expectException(refusedBy(HardRule.SERVICE_EXISTS))
                .expectNoEvents();
    }

    @Test
    void kommunerJoinAndLeaveAGemensamNamnd() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(MILJO_OCH_BYGG,
                        new JoinCommittee("sydnarkes-miljo-och-byggnamnd", "Laxå kommun", LocalDate.of(2025, 1, 1)),
                        new JoinCommittee("sydnarkes-miljo-och-byggnamnd", "Lekebergs kommun", LocalDate.of(2025, 1, 1)),
                        new LeaveCommittee("sydnarkes-miljo-och-byggnamnd", "Lekebergs kommun",
                                LocalDate.of(2027, 1, 1))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAGemensamNamndHasMemberKommuner() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new JoinCommittee("tekniska-namnden", "Laxå kommun", CUTOVER)))
                .expectException(refusedBy(HardRule.MEMBERSHIP_IN_GEMENSAM_NAMND))
                .expectNoEvents();
    }

    @Test
    void aKommunLeavesOnlyAGemensamNamndItIsAMemberOf() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(MILJO_OCH_BYGG,
                        new LeaveCommittee("sydnarkes-miljo-och-byggnamnd", "Lekebergs kommun", CUTOVER)))
                .expectException(refusedBy(HardRule.MEMBERSHIP_IN_GEMENSAM_NAMND))
                .expectNoEvents();
    }

    @Test
    void aDecisionCarriesOutAnUppdragThatHasBeenGiven() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new GiveAssignment("uppdrag-2", "Flytt av serviceavdelningen", "Kommundirektör",
                                "Peter Eineren", List.of("HR-representant", "förvaltningsekonom"),
                                List.of(new TimetableEntry("November", "Beslut om genomförande")),
                                LocalDate.of(2025, 6, 18)),
                        new CarryOutAssignment("uppdrag-2", CUTOVER)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void carryingOutAnUppdragThatWasNeverGivenIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new CarryOutAssignment("uppdrag-9", CUTOVER)))
                .expectException(refusedBy(HardRule.ASSIGNMENT_EXISTS))
                .expectNoEvents();
    }
}
