package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NEW_YEAR_EVE;
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
import se.reorgledger.core.change.Change;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.unit.ChangeUnitKind;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;
import se.reorgledger.core.unit.UnitAuthorityStatusSetEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitKindChangedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;

/** The hard rules about units, each accepted where it holds and refused where it would break. */
class UnitRulesTest {

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    private static final EstablishUnit KOMMUNLEDNINGSKONTORET = new EstablishUnit("kommunledningskontoret",
            "Kommunledningskontoret", UnitKind.kontor, ORG, false, CUTOVER);

    @Test
    void establishingAUnitUnderALivingParentIsRecorded() {
        List<Change> changes = List.of(KOMMUNLEDNINGSKONTORET);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET))
                .expectEvents(
                        new UnitEstablishedEvent(ORG, "kommunledningskontoret", "Kommunledningskontoret",
                                UnitKind.kontor, ORG, false, CUTOVER, OrganisationFixtures.NOVEMBER, novemberChange(1)),
                        novemberPackageRecorded(changes, 1));
    }

    @Test
    void establishingAUnitUnderAParentThatDoesNotYetExistIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET, new EstablishUnit("hr-stab", "HR-stab", UnitKind.stab,
                        "kommunledningskontoret", false, NEW_YEAR_EVE)))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void establishingAUnitUnderAnUnknownParentIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new EstablishUnit("hr-stab", "HR-stab", UnitKind.stab, "no-such-unit", false,
                        CUTOVER)))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void movingAUnitUnderAnotherLivingUnitIsRecorded() {
        MoveUnit move = new MoveUnit("serviceavdelningen", "kommunledningskontoret", CUTOVER);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET, move))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        KOMMUNLEDNINGSKONTORET.toEvent(ORG, OrganisationFixtures.NOVEMBER, novemberChange(1)),
                        new UnitMovedEvent(ORG, "serviceavdelningen", "kommunledningskontoret", CUTOVER,
                                OrganisationFixtures.NOVEMBER, novemberChange(2)),
                        novemberPackageRecorded(List.of(KOMMUNLEDNINGSKONTORET, move), 1, 2));
    }

    @Test
    void movingAUnitUnderItsOwnChildIsRejected() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new MoveUnit("tekniska-forvaltningen", "serviceavdelningen", CUTOVER)))
                .expectException(refusedBy(HardRule.NO_CYCLES))
                .expectNoEvents();
    }

    @Test
    void swappingParentAndChildOnOneDateIsRecordedWhenTheEndOfTheDayHasNoCycle() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new MoveUnit("serviceavdelningen", ORG, CUTOVER),
                        new MoveUnit("tekniska-forvaltningen", "serviceavdelningen", CUTOVER)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void movingAUnitUnderAParentDissolvedTheSameDayIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new MoveUnit("serviceavdelningen", "kommunledningsforvaltningen", CUTOVER),
                        new DissolveUnit("kommunledningsforvaltningen", List.of(), CUTOVER)))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void renamingAUnitBeforeItIsEstablishedIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(KOMMUNLEDNINGSKONTORET,
                        new RenameUnit("kommunledningskontoret", "KLK", NEW_YEAR_EVE)))
                .expectException(refusedBy(HardRule.UNIT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void renamingChangingKindAndAuthorityOfALivingUnitIsRecorded() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new RenameUnit("serviceavdelningen", "Service", CUTOVER),
                        new ChangeUnitKind("serviceavdelningen", UnitKind.enhet, CUTOVER),
                        new SetUnitAuthority("serviceavdelningen", true, CUTOVER)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(UnitRenamedEvent.class),
                                org.hamcrest.Matchers.instanceOf(UnitKindChangedEvent.class),
                                org.hamcrest.Matchers.instanceOf(UnitAuthorityStatusSetEvent.class),
                                org.hamcrest.Matchers.instanceOf(ChangePackageRecordedEvent.class))));
    }

    @Test
    void changingAUnitAfterItIsDissolvedIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new DissolveUnit("serviceavdelningen", List.of(), CUTOVER),
                        new RenameUnit("serviceavdelningen", "Service", LocalDate.of(2026, 3, 1))))
                .expectException(refusedBy(HardRule.UNIT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void dissolvingAUnitWhileUnitsStillBelongToItIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new EndChefRole("teknisk-chef", CUTOVER),
                        new EndKontorService("tekniska-forvaltningen", "tekniska-namnden", CUTOVER),
                        new DissolveUnit("tekniska-forvaltningen", List.of(), CUTOVER)))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void dissolvingAUnitWhoseChefRoleHasNotEndedIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new MoveUnit("serviceavdelningen", ORG, CUTOVER),
                        new EndKontorService("tekniska-forvaltningen", "tekniska-namnden", CUTOVER),
                        new DissolveUnit("tekniska-forvaltningen", List.of(), CUTOVER)))
                .expectException(refusedBy(HardRule.CHEF_ROLES_END_WITH_UNIT))
                .expectNoEvents();
    }

    @Test
    void dissolvingAUnitThatStillServesANamndIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new MoveUnit("serviceavdelningen", ORG, CUTOVER),
                        new EndChefRole("teknisk-chef", CUTOVER),
                        new DissolveUnit("tekniska-forvaltningen", List.of(), CUTOVER)))
                .expectException(refusedBy(HardRule.SERVICES_END_WITH_UNIT))
                .expectNoEvents();
    }

    @Test
    void dissolvingAnEmptiedUnitWithASuccessorEstablishedTheSameDayIsRecorded() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(
                        new EstablishUnit("samhallsbyggnadskontoret", "Samhällsbyggnadskontoret", UnitKind.kontor, ORG,
                                false, CUTOVER),
                        new MoveUnit("serviceavdelningen", ORG, CUTOVER),
                        new EndChefRole("teknisk-chef", CUTOVER),
                        new EndKontorService("tekniska-forvaltningen", "tekniska-namnden", CUTOVER),
                        new DissolveUnit("tekniska-forvaltningen", List.of("samhallsbyggnadskontoret"), CUTOVER)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                org.hamcrest.Matchers.equalTo(new UnitDissolvedEvent(ORG, "tekniska-forvaltningen",
                                        List.of("samhallsbyggnadskontoret"), CUTOVER, OrganisationFixtures.NOVEMBER,
                                        novemberChange(5))))));
    }

    @Test
    void dissolvingAUnitWithASuccessorThatDoesNotExistThenIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new DissolveUnit("serviceavdelningen", List.of("kommunledningskontoret"),
                        CUTOVER)))
                .expectException(refusedBy(HardRule.SUCCESSOR_EXISTS))
                .expectNoEvents();
    }

    @Test
    void theKommunCannotBeMoved() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new MoveUnit(ORG, "serviceavdelningen", CUTOVER)))
                .expectException(refusedBy(HardRule.KOMMUN_IS_ROOT))
                .expectNoEvents();
    }

    @Test
    void noOtherUnitCanBeAKommun() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new EstablishUnit("laxa", "Laxå kommun", UnitKind.kommun, ORG, false, CUTOVER)))
                .expectException(refusedBy(HardRule.KOMMUN_IS_ROOT))
                .expectNoEvents();
    }

    @Test
    void theKommunCannotBeDissolvedOrChangeKind() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new ChangeUnitKind(ORG, UnitKind.forvaltning, CUTOVER)))
                .expectException(refusedBy(HardRule.KOMMUN_IS_ROOT))
                .expectNoEvents();
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new DissolveUnit(ORG, List.of(), CUTOVER)))
                .expectException(refusedBy(HardRule.KOMMUN_IS_ROOT))
                .expectNoEvents();
    }
}
