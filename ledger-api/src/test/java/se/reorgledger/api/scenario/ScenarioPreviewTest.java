package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.structure.UnitRef;
import se.reorgledger.testkit.InMemoryLedger;

class ScenarioPreviewTest {

    private static final String ORGANISATION = """
            organisation: {id: exempel, name: Exempels kommun}
            decisions:
              - id: ks-1
                organ: Kommunstyrelsen
                decidedOn: 2025-01-10
                title: Ny förvaltning
                changes:
                  - {type: establishUnit, unitId: forvaltningen, name: Förvaltningen, kind: forvaltning,
                     parentId: exempel, effectiveDate: 2025-02-01}
            """;

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioPreview preview = new ScenarioPreview(ledger.eventStore());

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    /** Imports the organisation the previews build on; returns how many events the ledger then holds. */
    private int importOrganisation() {
        new ScenarioImporter(ledger.commandGateway(), ledger.eventStore())
                .importScenario(reader.read("a.yaml", ORGANISATION), "sekreteraren", ImportProgressListener.none());
        return ledger.events().size();
    }

    @Test
    void aPassingPackageShowsTheOrganisationAfterItAndRecordsNothing() {
        int recorded = importOrganisation();

        ScenarioPreview.Result result = preview.preview(reader.read("b.yaml", """
                organisation: {id: exempel, name: Exempels kommun}
                decisions:
                  - {id: ks-2, organ: Kommunstyrelsen, decidedOn: 2025-03-01, title: Avdelning,
                     changes: [{type: establishUnit, unitId: avdelningen, name: Avdelningen, kind: avdelning,
                                parentId: forvaltningen, effectiveDate: 2025-04-01}]}
                """));

        assertThat(result.refused()).isFalse();
        PackageOutcome outcome = result.packages().get(0);
        assertThat(outcome.asOf()).isEqualTo(LocalDate.of(2025, 4, 1));
        UnitNode forvaltningen = outcome.structure().children().get(0);
        assertThat(forvaltningen.children()).extracting(UnitNode::name).containsExactly("Avdelningen");
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void aPassingPackageGivesTheNamnderAsTheRehearsalLeftThemAndRecordsNothing() {
        int recorded = importOrganisation();

        ScenarioPreview.Result result = preview.preview(reader.read("b.yaml", """
                organisation: {id: exempel, name: Exempels kommun}
                decisions:
                  - {id: kf-2, organ: Kommunfullmäktige, decidedOn: 2025-03-01, title: Byggnämnd,
                     changes: [{type: registerCommittee, committeeId: byggnamnden, name: Byggnämnden,
                                committeeType: namnd, effectiveDate: 2025-04-01},
                               {type: startKontorService, unitId: forvaltningen, committeeId: byggnamnden,
                                effectiveDate: 2025-04-01}]}
                """));

        assertThat(result.refused()).isFalse();
        assertThat(result.committeesAfter().apply(LocalDate.of(2025, 4, 1))).singleElement().satisfies(nämnd -> {
            assertThat(nämnd.name()).isEqualTo("Byggnämnden");
            assertThat(nämnd.servedBy()).extracting(UnitRef::name).containsExactly("Förvaltningen");
        });
        assertThat(result.committeesAfter().apply(LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void aPackageBreakingAHardRuleIsTheLedgersOwnRefusalAndRecordsNothing() {
        ScenarioPreview.Result result = preview.preview(reader.read("c.yaml", """
                organisation: {id: exempel, name: Exempels kommun}
                decisions:
                  - {id: ks-3, organ: Kommunstyrelsen, decidedOn: 2025-03-01, title: Fel,
                     changes: [{type: establishUnit, unitId: avdelningen, name: Avdelningen, kind: avdelning,
                                parentId: finns-inte, effectiveDate: 2025-04-01}]}
                """));

        assertThat(result.refused()).isTrue();
        assertThat(result.refusedAt().decision().id()).isEqualTo("ks-3");
        assertThat(result.refusal()).isInstanceOfSatisfying(PackageRefusedException.class, refused -> {
            assertThat(refused.rule()).isEqualTo(HardRule.PARENT_EXISTS);
            assertThat(refused.packageIndexOf(refused.violations().get(0))).isZero();
        });
        assertThat(ledger.events()).isEmpty();
    }
}
