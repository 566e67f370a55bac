package se.reorgledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.scenario.AskersundLedger;

/** The views are the REST API's JSON as they are: these are the field names clients read. */
class ViewJsonTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);

    private final LedgerProjection projection = ASKERSUND.projection();
    private final Instant now = ASKERSUND.afterAnnulment();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theStructureIsATreeOfUnitsWithTheirChefRolesAndHolders() {
        JsonNode structure = json.valueToTree(projection.structure(KOMMUN, FEBRUARY, now));

        assertThat(fields(structure)).containsExactly("organisation", "asOf", "knownAt", "root", "provenance");
        assertThat(fields(structure.get("provenance"))).containsExactly("units", "chefRoles", "holders");
        JsonNode klkProvenance = structure.at("/provenance/units/" + KLK);
        assertThat(fields(klkProvenance)).containsExactly("decisions", "illustrative");
        assertThat(klkProvenance.get("decisions")).isNotEmpty();
        assertThat(structure.get("asOf").asText()).isEqualTo("2026-02-01");
        JsonNode klk = structure.get("root").get("children").get(0);
        assertThat(fields(klk)).containsExactly("id", "name", "kind", "authority", "chefRoles", "children");
        assertThat(klk.get("kind").asText()).isEqualTo("kontor");
        JsonNode kontorschef = klk.get("chefRoles").get(0);
        assertThat(fields(kontorschef)).containsExactly("id", "title", "holder");
        assertThat(fields(kontorschef.get("holder"))).containsExactly("id", "name");
    }

    @Test
    void theUnitListNamesEachUnitsParentAndPath() {
        JsonNode units = json.valueToTree(projection.units(KOMMUN, FEBRUARY, now, "service"));

        assertThat(fields(units.get(0))).containsExactly("id", "name", "kind", "parentId", "path", "provenance");
        assertThat(fields(units.get(0).get("provenance"))).containsExactly("decisions", "illustrative");
        assertThat(units.get(0).get("path").get(1).asText()).isEqualTo("Kommunledningskontoret");
    }

    @Test
    void aChangeInAHistoryCitesItsDecisionAndCorrections() {
        JsonNode change = json.valueToTree(projection.history(KOMMUN, SERVICE, now)).get("changes").get(2);

        assertThat(fields(change)).containsExactly("eventId", "changeId", "type", "effectiveDate",
                "recordedEffectiveDate", "recordedAt", "recordedBy", "decision", "summary", "annulled",
                "corrections");
        assertThat(fields(change.get("decision"))).containsExactly("id", "organ", "decidedOn", "paragraph",
                "caseNumber", "title", "illustrative", "kind", "delegate", "delegationPoint");
        assertThat(fields(change.get("corrections").get(0))).containsExactly("eventId", "changeId", "type",
                "targetChangeId", "effectiveDate", "reason", "decision", "recordedAt", "recordedBy");
    }

    @Test
    void theDiffListsEachKindOfDifference() {
        JsonNode diff = json.valueToTree(projection.diff(KOMMUN, LocalDate.of(2025, 12, 31), FEBRUARY, now));

        assertThat(fields(diff)).containsExactly("organisation", "from", "to", "knownAt", "established",
                "dissolved", "moved", "renamed", "kindChanged", "authorityChanged", "chefRolesEstablished",
                "chefRolesEnded", "appointments", "reglementen", "committeesRegistered", "committeesDissolved",
                "services", "memberships");
        assertThat(fields(diff.get("moved").get(0))).containsExactly("id", "name", "fromParent", "toParent",
                "cause");
        assertThat(fields(diff.get("moved").get(0).get("cause"))).containsExactly("changeId", "decision");
        assertThat(fields(diff.get("moved").get(0).at("/cause/decision"))).contains("id", "illustrative");
        assertThat(fields(diff.get("dissolved").get(0))).containsExactly("id", "name", "kind", "parent",
                "successors", "cause");
        assertThat(fields(diff.get("appointments").get(0))).containsExactly("chefRoleId", "title", "unit", "from",
                "to", "roleEnded", "cause");
        assertThat(fields(diff.get("services").get(0))).containsExactly("committeeId", "committee", "unit",
                "started", "cause");
    }

    @Test
    void aUnitCarriesItsPlaceAndItsLife() {
        JsonNode unit = json.valueToTree(projection.unit(KOMMUN, KLK, FEBRUARY, now));

        assertThat(fields(unit)).containsExactly("organisation", "asOf", "knownAt", "id", "name", "kind",
                "authority", "parentId", "path", "chefRoles", "children", "establishedOn", "dissolvedOn",
                "successors", "provenance");
        assertThat(fields(unit.get("provenance"))).containsExactly("units", "chefRoles", "holders");
        assertThat(fields(unit.get("provenance").get("units"))).containsExactly(KLK);
    }

    @Test
    void theChefRolesAndTheRulesReportAddTheirProvenanceBesideTheFieldsTheyHad() {
        JsonNode kontorschef = json.valueToTree(projection.chefRoles(KOMMUN, FEBRUARY, now)).get("chefRoles").get(0);
        JsonNode rules = json.valueToTree(projection.rules(KOMMUN, LocalDate.of(2026, 1, 15), now));

        assertThat(fields(kontorschef)).containsExactly("id", "title", "unit", "holder", "holderSince",
                "appointedBy", "establishedOn", "establishedBy", "provenance");
        assertThat(fields(kontorschef.get("provenance"))).containsExactly("role", "holder");
        assertThat(fields(kontorschef.at("/provenance/holder"))).containsExactly("decisions", "illustrative");
        assertThat(fields(rules)).containsExactly("organisation", "asOf", "knownAt", "findings", "provenance");
        assertThat(fields(rules.get("findings").get(0))).containsExactly("guideline", "date", "subjects", "message",
                "illustrative");
        assertThat(fields(rules.at("/provenance/" + KLK))).containsExactly("decisions", "illustrative");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
