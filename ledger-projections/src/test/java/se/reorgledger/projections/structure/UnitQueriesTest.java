package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

class UnitQueriesTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate SUMMER_2025 = LocalDate.of(2025, 6, 1);

    private final LedgerProjection projection = ASKERSUND.projection();
    private final Instant now = ASKERSUND.afterAnnulment();

    @Test
    void theUnitListIsInTreeOrderWithEachUnitsPathFromTheKommun() {
        List<UnitListItem> units = projection.units(KOMMUN, SUMMER_2025, now, null);

        assertThat(units).extracting(UnitListItem::id).containsExactly(KOMMUN, "klf", TEKNISKA, SERVICE);
        assertThat(units.get(3).path()).containsExactly("Askersunds kommun", "Tekniska förvaltningen");
        assertThat(units.get(3).parentId()).isEqualTo(TEKNISKA);
        assertThat(units.get(0).path()).isEmpty();
    }

    @Test
    void aSearchIgnoresCaseAndDiacritics() {
        assertThat(projection.units(KOMMUN, SUMMER_2025, now, "FORVALTNING")).extracting(UnitListItem::name)
                .containsExactly("Kommunledningsförvaltningen", "Tekniska förvaltningen");
        assertThat(projection.units(KOMMUN, SUMMER_2025, now, "förvaltningen")).hasSize(2);
        assertThat(projection.units(KOMMUN, SUMMER_2025, now, "kontoret")).isEmpty();
    }

    @Test
    void aUnitShowsWhereItSitsAndItsChefRoles() {
        UnitView service = projection.unit(KOMMUN, SERVICE, NEW_YEAR_2026, now);

        assertThat(service.path()).containsExactly("Askersunds kommun", "Kommunledningskontoret");
        assertThat(service.parentId()).isEqualTo(KLK);
        assertThat(service.establishedOn()).isEqualTo(AskersundLedger.OLD_ORGANISATION);
        assertThat(service.dissolvedOn()).isNull();
        assertThat(projection.unit(KOMMUN, KLK, NEW_YEAR_2026, now).chefRoles()).hasSize(1);
        assertThat(projection.unit(KOMMUN, KLK, NEW_YEAR_2026, now).children()).containsExactly(
                new UnitRef(SERVICE, "Serviceavdelningen"));
    }

    @Test
    void aUnitAskedAboutBeforeItsDissolutionShowsTheDissolutionAndSuccessorsThenKnown() {
        UnitView tekniska = projection.unit(KOMMUN, TEKNISKA, SUMMER_2025, now);

        assertThat(tekniska.dissolvedOn()).isEqualTo(NEW_YEAR_2026);
        assertThat(tekniska.successors()).containsExactly(new UnitRef(KLK, "Kommunledningskontoret"));
        assertThat(projection.unit(KOMMUN, TEKNISKA, SUMMER_2025, ASKERSUND.beforeNovemberDecision()).dissolvedOn())
                .isNull();
    }

    @Test
    void aDissolvedUnitIsNotInTheOrganisationAndTheAnswerSaysSinceWhen() {
        assertThatThrownBy(() -> projection.unit(KOMMUN, TEKNISKA, NEW_YEAR_2026, now))
                .isInstanceOf(UnitNotInForceException.class)
                .hasMessageContaining("was dissolved on 2026-01-01");
    }

    @Test
    void aUnitNotYetEstablishedIsNotInTheOrganisationAndTheAnswerSaysFromWhen() {
        assertThatThrownBy(() -> projection.unit(KOMMUN, KLK, SUMMER_2025, now))
                .isInstanceOf(UnitNotInForceException.class)
                .hasMessageContaining("is not established until 2026-01-01");
    }

    @Test
    void aUnitIsUnknownBeforeTheChangeEstablishingItWasRecorded() {
        assertThatThrownBy(() -> projection.unit(KOMMUN, KLK, NEW_YEAR_2026, ASKERSUND.beforeNovemberDecision()))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessageContaining("unit 'klk'");
        assertThatThrownBy(() -> projection.unit(KOMMUN, "ingen", NEW_YEAR_2026, now))
                .isInstanceOf(UnknownEntityException.class);
    }
}
