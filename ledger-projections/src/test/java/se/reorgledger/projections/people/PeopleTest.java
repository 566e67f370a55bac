package se.reorgledger.projections.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.MALIN_APPOINTED;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA_FORVALTNINGSCHEF;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

/** Who was chef of what on a date, and which decision appointed them; a person's posts over time. */
class PeopleTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void theChefRolesInForceNameTheirUnitHolderAndTheAppointingDecision() {
        ChefRolesView before = projection.chefRoles(KOMMUN, LocalDate.of(2025, 6, 1), ASKERSUND.latest());

        assertThat(before.chefRoles()).singleElement().satisfies(role -> {
            assertThat(role.id()).isEqualTo(TEKNISKA_FORVALTNINGSCHEF);
            assertThat(role.unit().id()).isEqualTo(TEKNISKA);
            assertThat(role.holder().name()).isEqualTo("Per Holm");
            assertThat(role.holderSince()).isEqualTo(OLD_ORGANISATION);
            assertThat(role.appointedBy().changeId()).isEqualTo(OLD_ORGANISATION_DECISION + ".5");
            assertThat(role.appointedBy().decision().id()).isEqualTo(OLD_ORGANISATION_DECISION);
            assertThat(role.establishedBy().changeId()).isEqualTo(OLD_ORGANISATION_DECISION + ".4");
        });
    }

    @Test
    void anEndedRoleIsNotInForceAndACorrectedAppointmentLeavesTheRoleVacantUntilItsNewDate() {
        ChefRolesView january = projection.chefRoles(KOMMUN, LocalDate.of(2026, 1, 15), ASKERSUND.latest());
        ChefRolesView february = projection.chefRoles(KOMMUN, FEBRUARY_2026, ASKERSUND.latest());
        ChefRolesView januaryAsFirstKnown = projection.chefRoles(KOMMUN, LocalDate.of(2026, 1, 15),
                ASKERSUND.afterNameCorrection());

        assertThat(january.chefRoles()).singleElement().satisfies(role -> {
            assertThat(role.id()).isEqualTo(KLK_KONTORSCHEF);
            assertThat(role.unit().name()).isEqualTo("Kommunledningskontoret");
            assertThat(role.holder()).isNull();
            assertThat(role.appointedBy()).isNull();
        });
        assertThat(february.chefRoles()).singleElement().satisfies(role -> {
            assertThat(role.holder().name()).isEqualTo("Malin Rosén");
            assertThat(role.holderSince()).isEqualTo(FEBRUARY_2026);
            assertThat(role.appointedBy().changeId()).isEqualTo(MALIN_APPOINTED);
        });
        assertThat(januaryAsFirstKnown.chefRoles()).singleElement()
                .satisfies(role -> assertThat(role.holderSince()).isEqualTo(NEW_YEAR_2026));
    }

    @Test
    void aPersonsPostsRunFromTheAppointmentToTheEndOfTheRoleWithTheDecisionsOfBoth() {
        PersonView per = projection.person(KOMMUN, "per-holm", ASKERSUND.latest());

        assertThat(per.name()).isEqualTo("Per Holm");
        assertThat(per.posts()).singleElement().satisfies(post -> {
            assertThat(post.chefRoleId()).isEqualTo(TEKNISKA_FORVALTNINGSCHEF);
            assertThat(post.unit().name()).isEqualTo("Tekniska förvaltningen");
            assertThat(post.from()).isEqualTo(OLD_ORGANISATION);
            assertThat(post.until()).isEqualTo(NEW_YEAR_2026);
            assertThat(post.endedBy().decision().id()).isEqualTo(NOVEMBER_DECISION);
        });
    }

    @Test
    void aPersonsPostIsAsKnownAtTheMomentAsked() {
        assertThat(projection.person(KOMMUN, "malin-rosen", ASKERSUND.latest()).posts()).singleElement()
                .satisfies(post -> {
                    assertThat(post.unit().id()).isEqualTo(KLK);
                    assertThat(post.from()).isEqualTo(FEBRUARY_2026);
                    assertThat(post.until()).isNull();
                });
        PersonView beforeCorrection = projection.person(KOMMUN, "malin-rosen", ASKERSUND.afterNovemberDecision());
        assertThat(beforeCorrection.name()).isEqualTo("Malin Rosen");
        assertThat(beforeCorrection.posts()).singleElement()
                .satisfies(post -> assertThat(post.from()).isEqualTo(NEW_YEAR_2026));
    }

    @Test
    void aPersonNotInTheRegisterIsUnknown() {
        assertThatThrownBy(() -> projection.person(KOMMUN, "nobody", ASKERSUND.latest()))
                .isInstanceOf(UnknownEntityException.class).hasMessageContaining("person");
    }
}
