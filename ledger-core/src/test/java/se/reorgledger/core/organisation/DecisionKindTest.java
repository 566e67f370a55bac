package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.conflictOver;
import static se.reorgledger.core.organisation.OrganisationFixtures.registered;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.UnitKind;

/** A decision's kind: a beslut of an organ, a förslag that decides nothing, a delegationsbeslut. */
class DecisionKindTest {

    private static final LocalDate PM_DAY = LocalDate.of(2025, 6, 18);
    private static final String PM = "kd-2025-06-18-pm-forslag";
    private static final String DELEGATED = "kd-2025-12-15-enhetsindelning";

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    private static Decision pm() {
        return new Decision(PM, "Kommundirektören", PM_DAY, null, null,
                "PM – Förslag till organisationsutveckling", false, DecisionKind.forslag, null, null);
    }

    private static Decision delegated() {
        return new Decision(DELEGATED, "Kommunstyrelsen", LocalDate.of(2025, 12, 15), null, "KS 2025/400",
                "Enhetsindelning", true, DecisionKind.delegationsbeslut, "Kommundirektören", "3.2");
    }

    @Test
    void aDecisionOfAnOrganIsABeslutUnlessSaidOtherwise() {
        Decision plain = new Decision("ks-1", "Kommunstyrelsen", PM_DAY, "§ 1", null, "Beslut", false, null, null,
                null);
        fixture.given(registered())
                .when(new RecordDecisionCommand(ORG, plain))
                .expectEvents(new DecisionRecordedEvent(ORG, "ks-1", "Kommunstyrelsen", PM_DAY, "§ 1", null, "Beslut",
                        false, DecisionKind.beslut, null, null));
    }

    @Test
    void aProposalIsRecordedAsAForslag() {
        fixture.given(registered())
                .when(new RecordDecisionCommand(ORG, pm()))
                .expectEvents(DecisionRecordedEvent.of(ORG, pm()))
                .expectResultMessagePayload(true);
    }

    @Test
    void aDelegationsbeslutIsRecordedWithItsDelegateAndPointOfTheDelegationsordning() {
        fixture.given(registered())
                .when(new RecordDecisionCommand(ORG, delegated()))
                .expectEvents(new DecisionRecordedEvent(ORG, DELEGATED, "Kommunstyrelsen", LocalDate.of(2025, 12, 15),
                        null, "KS 2025/400", "Enhetsindelning", true, DecisionKind.delegationsbeslut,
                        "Kommundirektören", "3.2"));
    }

    @Test
    void aChangePackageOnAProposalIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .andGiven(DecisionRecordedEvent.of(ORG, pm()))
                .when(new RecordChangePackageCommand(ORG, PM, List.of(new EstablishUnit("ny-enhet", "Ny enhet",
                        UnitKind.enhet, ORG, false, CUTOVER)), false))
                .expectException(refusedBy(HardRule.PROPOSAL_CHANGES_NOTHING))
                .expectNoEvents();
    }

    @Test
    void aDryRunOnAProposalIsRefusedToo() {
        fixture.given(askersundBeforeTheReorganisation())
                .andGiven(DecisionRecordedEvent.of(ORG, pm()))
                .when(new RecordChangePackageCommand(ORG, PM, List.of(new EstablishUnit("ny-enhet", "Ny enhet",
                        UnitKind.enhet, ORG, false, CUTOVER)), true))
                .expectException(refusedBy(HardRule.PROPOSAL_CHANGES_NOTHING))
                .expectNoEvents();
    }

    @Test
    void aDelegationsbeslutChangesTheOrganisationLikeABeslut() {
        fixture.given(askersundBeforeTheReorganisation())
                .andGiven(DecisionRecordedEvent.of(ORG, delegated()))
                .when(new RecordChangePackageCommand(ORG, DELEGATED, List.of(new EstablishUnit("ny-enhet", "Ny enhet",
                        UnitKind.enhet, "serviceavdelningen", false, CUTOVER)), false))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSameIdAsAnotherKindIsAConflict() {
        Decision asBeslut = new Decision(PM, "Kommundirektören", PM_DAY, null, null,
                "PM – Förslag till organisationsutveckling", false);
        fixture.given(registered(), DecisionRecordedEvent.of(ORG, pm()))
                .when(new RecordDecisionCommand(ORG, asBeslut))
                .expectException(conflictOver(HardRule.IDENTIFIER_UNUSED))
                .expectNoEvents();
    }

    @Test
    void onlyADelegationsbeslutNamesADelegateOrAPointOfTheDelegationsordning() {
        Decision beslutWithDelegate = new Decision("ks-1", "Kommunstyrelsen", PM_DAY, null, null, "Beslut", false,
                DecisionKind.beslut, "Kommundirektören", null);
        Decision proposalWithPoint = new Decision("kd-1", "Kommundirektören", PM_DAY, null, null, "Förslag", false,
                DecisionKind.forslag, null, "3.2");
        assertThatThrownBy(() -> new RecordDecisionCommand(ORG, beslutWithDelegate))
                .isInstanceOf(InvalidChangeException.class).hasMessageStartingWith("delegate:");
        assertThatThrownBy(() -> new RecordDecisionCommand(ORG, proposalWithPoint))
                .isInstanceOf(InvalidChangeException.class).hasMessageStartingWith("delegationPoint:");
    }
}
