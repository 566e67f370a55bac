package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.projections.scenario.AskersundLedger;

class StructureTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2025, 12, 31);
    private static final LocalDate MID_JANUARY = LocalDate.of(2026, 1, 15);

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void serviceavdelningenBelongsToTekniskaForvaltningenUntilNewYearsEveAndToKommunledningskontoretFromNewYear() {
        Instant now = ASKERSUND.afterAnnulment();

        UnitNode old = projection.structure(KOMMUN, NEW_YEARS_EVE, now).root();
        UnitNode renewed = projection.structure(KOMMUN, NEW_YEAR_2026, now).root();

        assertThat(old.children()).extracting(UnitNode::name)
                .containsExactly("Kommunledningsförvaltningen", "Tekniska förvaltningen");
        assertThat(old.children().get(1).children()).extracting(UnitNode::id).containsExactly(SERVICE);
        assertThat(renewed.children()).extracting(UnitNode::id).containsExactly(KLK);
        assertThat(renewed.children().get(0).children()).extracting(UnitNode::id).containsExactly(SERVICE);
    }

    @Test
    void beforeTheNovemberDecisionWasRecordedTheOldOrganisationWasExpectedToStandIn2026() {
        UnitNode root = projection.structure(KOMMUN, NEW_YEAR_2026, ASKERSUND.beforeNovemberDecision()).root();

        assertThat(root.children()).extracting(UnitNode::id).containsExactly("klf", TEKNISKA);
    }

    @Test
    void theKontorschefRoleIsVacantInJanuaryOnlyOnceTheCorrectedStartDateIsKnown() {
        assertThat(kontorschef(MID_JANUARY, ASKERSUND.afterNameCorrection()).holder())
                .isEqualTo(new PersonRef("malin-rosen", "Malin Rosén"));
        assertThat(kontorschef(MID_JANUARY, ASKERSUND.afterCorrection()).holder()).isNull();
        assertThat(kontorschef(LocalDate.of(2026, 2, 1), ASKERSUND.afterCorrection()).holder())
                .isEqualTo(new PersonRef("malin-rosen", "Malin Rosén"));
    }

    @Test
    void aHolderIsNamedAsThePersonRegisterSpelledTheNameAtTheTimeAskedAbout() {
        assertThat(kontorschef(MID_JANUARY, ASKERSUND.afterNovemberDecision()).holder().name())
                .isEqualTo("Malin Rosen");
        assertThat(kontorschef(MID_JANUARY, ASKERSUND.afterNameCorrection()).holder().name())
                .isEqualTo("Malin Rosén");
    }

    @Test
    void theKommunExistsOnEveryDateEvenBeforeAnyUnitWasEstablished() {
        UnitNode root = projection.structure(KOMMUN, LocalDate.of(1900, 1, 1), ASKERSUND.afterAnnulment()).root();

        assertThat(root.id()).isEqualTo(KOMMUN);
        assertThat(root.name()).isEqualTo("Askersunds kommun");
        assertThat(root.children()).isEmpty();
    }

    @Test
    void anOrganisationIsUnknownBeforeItWasRegisteredAndUnknownIdsAreUnknownAlways() {
        Instant beforeRegistration = ASKERSUND.events().get(0).recordedAt().minusSeconds(1);

        assertThatThrownBy(() -> projection.structure(KOMMUN, NEW_YEAR_2026, beforeRegistration))
                .isInstanceOf(UnknownEntityException.class);
        assertThatThrownBy(() -> projection.structure("laxa", NEW_YEAR_2026, ASKERSUND.afterAnnulment()))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessageContaining("organisation 'laxa'");
        assertThat(projection.organisations(beforeRegistration)).isEmpty();
        assertThat(projection.organisations(ASKERSUND.afterAnnulment()))
                .containsExactly(new OrganisationRef(KOMMUN, "Askersunds kommun"));
    }

    private ChefRoleNode kontorschef(LocalDate asOf, Instant knownAt) {
        UnitNode klk = projection.structure(KOMMUN, asOf, knownAt).root().children().get(0);
        assertThat(klk.id()).isEqualTo(KLK);
        return klk.chefRoles().stream().filter(role -> role.id().equals(KLK_KONTORSCHEF)).findFirst().orElseThrow();
    }
}
