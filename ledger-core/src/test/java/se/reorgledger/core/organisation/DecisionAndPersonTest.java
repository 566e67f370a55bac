package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.conflictOver;
import static se.reorgledger.core.organisation.OrganisationFixtures.november;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberRecorded;
import static se.reorgledger.core.organisation.OrganisationFixtures.registered;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.person.CorrectPersonNameCommand;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.core.rules.HardRule;

/** Registering a kommun, recording decisions and keeping the person register. */
class DecisionAndPersonTest {

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void aKommunIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(ORG, "Askersunds kommun"))
                .expectEvents(registered());
    }

    @Test
    void aDecisionIsRecordedWithItsParticulars() {
        fixture.given(registered())
                .when(new RecordDecisionCommand(ORG, november()))
                .expectEvents(novemberRecorded())
                .expectResultMessagePayload(true);
    }

    @Test
    void recordingTheSameDecisionAgainRecordsNothing() {
        fixture.given(registered(), novemberRecorded())
                .when(new RecordDecisionCommand(ORG, november()))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aDecisionIdRecordedWithOtherParticularsIsAConflict() {
        Decision other = new Decision(november().id(), "Kommunfullmäktige", LocalDate.of(2025, 11, 25), "§ 9",
                null, "Annat", false);
        fixture.given(registered(), novemberRecorded())
                .when(new RecordDecisionCommand(ORG, other))
                .expectException(conflictOver(HardRule.IDENTIFIER_UNUSED))
                .expectNoEvents();
    }

    @Test
    void aPersonIsRegisteredOnceAndAnotherNameForTheSameIdIsAConflict() {
        fixture.given(registered())
                .when(new RegisterPersonCommand(ORG, "malin-rosen", "Malin Rosén"))
                .expectEvents(new PersonRegisteredEvent(ORG, "malin-rosen", "Malin Rosén"));
        fixture.given(registered(), new PersonRegisteredEvent(ORG, "malin-rosen", "Malin Rosén"))
                .when(new RegisterPersonCommand(ORG, "malin-rosen", "Malin Rosén"))
                .expectNoEvents();
        fixture.given(registered(), new PersonRegisteredEvent(ORG, "malin-rosen", "Malin Rosén"))
                .when(new RegisterPersonCommand(ORG, "malin-rosen", "Malin Rosen"))
                .expectException(conflictOver(HardRule.IDENTIFIER_UNUSED));
    }

    @Test
    void aMisspeltNameIsCorrectedByANewEventWithItsReason() {
        fixture.given(registered(), new PersonRegisteredEvent(ORG, "malin-rosen", "Malin Rosen"))
                .when(new CorrectPersonNameCommand(ORG, "malin-rosen", "Malin Rosén", "Stavfel i registret"))
                .expectEvents(new PersonNameCorrectedEvent(ORG, "malin-rosen", "Malin Rosén", "Stavfel i registret"));
    }

    @Test
    void correctingAnUnknownPersonIsRefused() {
        fixture.given(registered())
                .when(new CorrectPersonNameCommand(ORG, "okand", "Namn", "skäl"))
                .expectException(UnknownEntityException.class)
                .expectNoEvents();
    }
}
