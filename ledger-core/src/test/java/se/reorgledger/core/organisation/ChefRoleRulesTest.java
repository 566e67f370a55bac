package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackage;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackageRecorded;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeaves;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.UnitKind;

/** Chef roles are positions of their own: established, held by one person at a time, ended by decision. */
class ChefRoleRulesTest {

    private static final EstablishUnit SAMHALLSBYGGNADSKONTORET = new EstablishUnit("samhallsbyggnadskontoret",
            "Samhällsbyggnadskontoret", UnitKind.kontor, ORG, false, CUTOVER);
    private static final EstablishChefRole KONTORSCHEF = new EstablishChefRole("kontorschef-sbk",
            "samhallsbyggnadskontoret", "Kontorschef", CUTOVER);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void aChefRoleIsEstablishedOnAUnitAndAPersonAppointedToIt() {
        AppointChef appointment = new AppointChef("kontorschef-sbk", "malin-rosen", CUTOVER);
        ChefLeaves leavesTeknisk = new ChefLeaves("teknisk-chef", "malin-rosen", CUTOVER);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(SAMHALLSBYGGNADSKONTORET, KONTORSCHEF, leavesTeknisk, appointment))
                .expectEvents(
                        SAMHALLSBYGGNADSKONTORET.toEvent(ORG, NOVEMBER, novemberChange(1)),
                        new ChefRoleEstablishedEvent(ORG, "kontorschef-sbk", "samhallsbyggnadskontoret", "Kontorschef",
                                CUTOVER, NOVEMBER, novemberChange(2)),
                        new ChefLeftEvent(ORG, "teknisk-chef", "malin-rosen", CUTOVER, NOVEMBER, novemberChange(3)),
                        new ChefAppointedEvent(ORG, "kontorschef-sbk", "malin-rosen", CUTOVER, NOVEMBER,
                                novemberChange(4)),
                        novemberPackageRecorded(List.of(SAMHALLSBYGGNADSKONTORET, KONTORSCHEF, leavesTeknisk,
                                appointment), 1, 2, 3, 4));
    }

    @Test
    void aChefRoleCannotBeEstablishedOnAUnitBeforeItExists() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new EstablishChefRole("kontorschef-sbk", "samhallsbyggnadskontoret",
                        "Kontorschef", CUTOVER)))
                .expectException(refusedBy(HardRule.UNIT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void appointingToAChefRoleThatIsHeldIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new AppointChef("teknisk-chef", "joakim-ljungqvist", CUTOVER)))
                .expectException(refusedBy(HardRule.ONE_HOLDER_PER_CHEF_ROLE))
                .expectNoEvents();
    }

    @Test
    void aSuccessionOnOneDateIsRecordedWhateverOrderThePackageListsIt() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new AppointChef("teknisk-chef", "joakim-ljungqvist", CUTOVER),
                        new ChefLeaves("teknisk-chef", "malin-rosen", CUTOVER)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyTheHolderLeavesAChefRole() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new ChefLeaves("teknisk-chef", "joakim-ljungqvist", CUTOVER)))
                .expectException(refusedBy(HardRule.ONLY_THE_HOLDER_LEAVES))
                .expectNoEvents();
    }

    @Test
    void onlyARegisteredPersonCanBeAppointed() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new ChefLeaves("teknisk-chef", "malin-rosen", CUTOVER),
                        new AppointChef("teknisk-chef", "okand-person", CUTOVER)))
                .expectException(refusedBy(HardRule.PERSON_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void endingAChefRoleEndsItsHoldingAndNothingCanBeDoneToItAfterwards() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new EndChefRole("teknisk-chef", CUTOVER),
                        new AppointChef("teknisk-chef", "joakim-ljungqvist", CUTOVER.plusDays(1))))
                .expectException(refusedBy(HardRule.CHEF_ROLE_EXISTS))
                .expectNoEvents();
    }

    @Test
    void endingAChefRoleIsRecorded() {
        EndChefRole end = new EndChefRole("teknisk-chef", CUTOVER);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(end))
                .expectEvents(new ChefRoleEndedEvent(ORG, "teknisk-chef", CUTOVER, NOVEMBER, novemberChange(1)),
                        novemberPackageRecorded(List.of(end), 1));
    }
}
