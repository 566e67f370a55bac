package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reads beside the structure, asked of the service with Askersund loaded: chef roles, a person's posts,
 * the rules report, uppdrag, cooperations, a unit's history and decision trail, the decisions. Each fact, or
 * each decision it cites, is marked illustrative exactly when the Askersund files mark a decision behind it;
 * and each read shows both kinds where the story has both, so a read that dropped the mark fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskersundProvenanceIT {

    private static final String ORG = "/api/v1/organisations/askersund";
    private static final String BEFORE = "2025-12-31";
    private static final String AFTER = "2026-01-01";
    private static final List<String> DATES = List.of(BEFORE, AFTER, "2026-08-01", "2027-01-01");

    @TempDir
    static Path data;

    private final FileProvenance files = new FileProvenance();
    private final List<String> wrong = new ArrayList<>();
    private final Set<Boolean> marks = new TreeSet<>();
    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", data.toString(), "LEDGER_ASKERSUND", "auto"));
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    /** One instance serves every test (PER_CLASS): each begins with nothing found and no marks seen. */
    @BeforeEach
    void reset() {
        wrong.clear();
        marks.clear();
    }

    private JsonNode get(String path) {
        return ledger.get(ORG + path).json();
    }

    @Test
    void theStructureAboutNowAskedAgainIsTheSameTreeAsKnownAtTheMomentOfEachAsking() throws Exception {
        String path = ORG + "/structure?asOf=" + AFTER;
        JsonNode first = ledger.get(path).json();
        Thread.sleep(5);
        JsonNode again = ledger.get(path).json();

        assertThat(again.get("root")).isEqualTo(first.get("root"));
        assertThat(again.get("provenance")).isEqualTo(first.get("provenance"));
        assertThat(Instant.parse(again.get("knownAt").asText())).isAfter(Instant.parse(first.get("knownAt").asText()));
    }

    @Test
    void aChefRoleAndItsHolderAreEachMarkedByTheirOwnDecisions() {
        int checked = 0;
        Set<Boolean> holderMarks = new TreeSet<>();
        for (String asOf : DATES) {
            for (JsonNode role : get("/chef-roles?asOf=" + asOf).get("chefRoles")) {
                String id = role.get("id").asText();
                checked += files.check(wrong, "chef-roles " + asOf + " " + id, role.at("/provenance/role"),
                        files.decisions(id, LocalDate.parse(asOf)));
                marks.add(role.at("/provenance/role/illustrative").asBoolean());
                JsonNode holder = role.at("/provenance/holder");
                if (role.get("holder").isNull()) {
                    assertThat(holder.isNull()).as("no holder, no holder provenance: " + id).isTrue();
                    continue;
                }
                checked += files.checkMark(wrong, "holder " + asOf + " " + id, holder);
                assertThat(names(holder.get("decisions"))).as(id).contains(role.at("/appointedBy/decision/id").asText());
                holderMarks.add(holder.get("illustrative").asBoolean());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(60);
        assertThat(marks).as("roles of the PM and illustrative roles").containsExactly(false, true);
        assertThat(holderMarks).as("holders of the PM and illustrative holders").containsExactly(false, true);
        JsonNode teknisk = role(BEFORE, "forvaltningschef-tekniska-forvaltningen");
        assertThat(teknisk.at("/holder/name").asText()).isEqualTo("Malin Rosén");
        assertThat(teknisk.at("/provenance/holder/illustrative").asBoolean()).as("the PM names her").isFalse();
        assertThat(role(AFTER, "kontorschef-samhallsbyggnadskontoret").at("/provenance/holder/illustrative")
                .asBoolean()).as("appointed by an illustrative decision").isTrue();
    }

    @Test
    void aPersonsPostIsMarkedByTheDecisionsThatBeganAndEndedIt() {
        JsonNode asFirstKnown = ledger.get(ORG + "/persons/malin-rosen?knownAt=2025-07-01T00:00:00Z").json();
        JsonNode now = get("/persons/malin-rosen");

        assertThat(asFirstKnown.get("posts")).singleElement().satisfies(post -> {
            assertThat(names(post.at("/provenance/decisions"))).containsExactly("pm-2025-06-18-nuvarande-organisation");
            assertThat(post.at("/provenance/illustrative").asBoolean()).isFalse();
        });
        assertThat(now.get("posts")).hasSize(2);
        for (JsonNode post : now.get("posts")) {
            files.checkMark(wrong, "post " + post.get("chefRoleId").asText(), post.get("provenance"));
            assertThat(names(post.at("/provenance/decisions"))).contains(post.at("/appointedBy/decision/id").asText());
            if (!post.get("endedBy").isNull()) {
                assertThat(names(post.at("/provenance/decisions"))).contains(post.at("/endedBy/decision/id").asText());
            }
            assertThat(post.at("/provenance/illustrative").asBoolean()).as("ended or begun in November 2025")
                    .isTrue();
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFindingOfTheRulesReportIsMarkedWhenASubjectRestsOnAnIllustrativeDecision() {
        JsonNode rules = get("/rules?asOf=" + AFTER);

        assertThat(rules.get("findings")).isNotEmpty();
        for (JsonNode finding : rules.get("findings")) {
            boolean anyIllustrative = false;
            for (JsonNode subject : finding.get("subjects")) {
                JsonNode provenance = rules.at("/provenance/" + subject.asText());
                files.check(wrong, "rules subject " + subject.asText(), provenance,
                        files.decisions(subject.asText(), LocalDate.parse(AFTER)));
                anyIllustrative |= provenance.path("illustrative").asBoolean();
            }
            assertThat(finding.get("illustrative").asBoolean()).as(finding.get("message").asText())
                    .isEqualTo(anyIllustrative);
        }
        assertThat(wrong).isEmpty();
        JsonNode social = rules.get("findings").findParents("subjects").stream()
                .filter(finding -> names(finding.get("subjects")).contains("socialkontoret")).findFirst().orElseThrow();
        assertThat(social.get("message").asText()).contains("no holder recorded").doesNotContain("vacant");
        assertThat(social.get("illustrative").asBoolean()).as("the kontor's date is illustrative").isTrue();
        assertThat(get("/rules?asOf=" + BEFORE).get("findings")).as("no kontor before the change").isEmpty();
    }

    @Test
    void anUppdragAndACooperationCarryTheDecisionsBehindThem() {
        for (String asOf : DATES) {
            LocalDate date = LocalDate.parse(asOf);
            for (JsonNode uppdrag : get("/assignments?asOf=" + asOf).get("assignments")) {
                String id = uppdrag.get("id").asText();
                files.check(wrong, "assignments " + asOf + " " + id, uppdrag.get("provenance"),
                        files.decisions(id, date));
                marks.add(uppdrag.at("/provenance/illustrative").asBoolean());
            }
            for (JsonNode cooperation : get("/cooperations?asOf=" + asOf).get("cooperations")) {
                String id = cooperation.get("id").asText();
                files.check(wrong, "cooperations " + asOf + " " + id, cooperation.get("provenance"),
                        files.decisions(id, date));
                assertThat(cooperation.at("/provenance/illustrative").asBoolean()).as("the PM's Sydnärke IT")
                        .isFalse();
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(marks).as("the day each uppdrag was given is illustrative").containsExactly(true);
        JsonNode ciso = get("/assignments?asOf=" + AFTER).get("assignments").findParents("id").stream()
                .filter(uppdrag -> uppdrag.get("id").asText().equals("ciso-uppdraget")).findFirst().orElseThrow();
        assertThat(names(ciso.at("/provenance/decisions"))).containsExactly("kf-2025-11-10-uppdrag-4");
    }

    @Test
    void everyDecisionCitedInAHistoryOrTrailIsMarkedAsTheFilesMarkIt() {
        int cited = 0;
        for (JsonNode unit : get("/units?asOf=" + AFTER)) {
            String id = unit.get("id").asText();
            for (JsonNode change : get("/units/" + id + "/history").get("changes")) {
                cited += cited(change.get("decision"), "history of " + id);
                for (JsonNode correction : change.get("corrections")) {
                    cited += cited(correction.get("decision"), "correction in the history of " + id);
                }
            }
            for (JsonNode step : get("/units/" + id + "/decision-trail").get("decisions")) {
                cited += cited(step.get("decision"), "trail of " + id);
                for (JsonNode change : step.get("changes")) {
                    cited += cited(change.get("decision"), "change in the trail of " + id);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cited).isGreaterThan(100);
        assertThat(marks).as("the PM's changes and illustrative ones").containsExactly(false, true);
    }

    @Test
    void theDecisionsListedAndEachDecisionAreMarkedAsTheFilesMarkThem() {
        JsonNode decisions = get("/decisions");
        assertThat(decisions).isNotEmpty();
        for (JsonNode summary : decisions) {
            cited(summary.get("decision"), "decisions");
            String id = summary.at("/decision/id").asText();
            cited(get("/decisions/" + id).get("decision"), "decisions/" + id);
        }
        assertThat(wrong).isEmpty();
        assertThat(marks).containsExactly(false, true);
        JsonNode proposal = get("/decisions/kd-2025-06-18-pm-forslag").get("decision");
        assertThat(proposal.get("kind").asText()).isEqualTo("forslag");
        assertThat(get("/decisions/kd-2025-06-18-pm-forslag").get("changes")).as("a proposal changes nothing")
                .isEmpty();
    }

    @Test
    void theOpenApiDescriptionTellsClientsWhereTheMarkIs() {
        JsonNode paths = ledger.get("/api/openapi").json().get("paths");

        for (String read : List.of("/rules", "/chef-roles", "/assignments", "/cooperations", "/structure")) {
            assertThat(paths.at("/" + ("/api/v1/organisations/{organisationId}" + read).replace("/", "~1")
                    + "/get/description").asText()).as(read).contains("`illustrative: true`");
        }
    }

    /** One cited decision: marked as the files mark it. */
    private int cited(JsonNode decision, String where) {
        String id = decision.get("id").asText();
        boolean marked = decision.get("illustrative").asBoolean();
        if (marked != files.illustrative(id)) {
            wrong.add(where + ": decision " + id + " illustrative " + marked);
        }
        marks.add(marked);
        return 1;
    }

    private JsonNode role(String asOf, String id) {
        return get("/chef-roles?asOf=" + asOf).get("chefRoles").findParents("id").stream()
                .filter(role -> role.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.elements().forEachRemaining(item -> names.add(item.asText()));
        return names;
    }
}
