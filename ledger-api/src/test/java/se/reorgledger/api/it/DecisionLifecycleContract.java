package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A decision's life over HTTP against a real store: justering, anslag, laga kraft derived after the appeal
 * period, an appeal and a ruling that quashes in part, and the refusals. Each store runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DecisionLifecycleContract {

    private static final String ORGANISATIONS = "/api/v1/organisations";

    RunningLedger ledger;

    abstract Map<String, Object> settings();

    @BeforeAll
    void startLedger() {
        ledger = RunningLedger.start(settings());
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private String decision(String org) {
        assertThat(ledger.post(ORGANISATIONS, "{\"id\":\"%s\",\"name\":\"%s kommun\"}".formatted(org, org)).status())
                .isEqualTo(201);
        assertThat(ledger.post(ORGANISATIONS + "/" + org + "/decisions", """
                {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 145",
                 "caseNumber":"KS 2025/321","title":"Ny organisation","illustrative":true}""").status())
                .isEqualTo(201);
        RunningLedger.Response changes = ledger.post(ORGANISATIONS + "/" + org + "/decisions/ks-1/changes", """
                {"changes":[
                 {"type":"establishUnit","unitId":"klk","name":"Kommunledningskontoret","kind":"kontor",
                  "parentId":"%1$s","effectiveDate":"2026-01-01"},
                 {"type":"establishUnit","unitId":"sbk","name":"Samhällsbyggnadskontoret","kind":"kontor",
                  "parentId":"%1$s","effectiveDate":"2026-01-01"}]}""".formatted(org));
        assertThat(changes.status()).as(changes.toString()).isEqualTo(201);
        return ORGANISATIONS + "/" + org + "/decisions/ks-1";
    }

    private RunningLedger.Response step(String decision, String json) {
        return ledger.post(decision + "/lifecycle", json);
    }

    private long headPosition() {
        return ledger.get("/api/v1/ledger/head").json().get("position").asLong();
    }

    @Test
    void everyDecisionHasAKindAndAProposalIsRefusedAnyChange() {
        String org = ORGANISATIONS + "/kinds";
        String beslut = decision("kinds");
        assertThat(ledger.post(org + "/decisions", """
                {"id":"kd-pm","organ":"Kommundirektören","decidedOn":"2025-06-18","title":"PM – Förslag",
                 "illustrative":false,"kind":"forslag"}""").status()).isEqualTo(201);
        RunningLedger.Response delegated = ledger.post(org + "/decisions", """
                {"id":"kd-enheter","organ":"Kommunstyrelsen","decidedOn":"2025-12-15","title":"Enhetsindelning",
                 "illustrative":true,"kind":"delegationsbeslut","delegate":"Kommundirektören","delegationPoint":"1.4"}""");
        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(201);
        assertThat(ledger.post(org + "/decisions/kd-enheter/changes", """
                {"changes":[{"type":"establishUnit","unitId":"bygglov","name":"Bygglov","kind":"enhet",
                  "parentId":"sbk","effectiveDate":"2026-01-01"}]}""").status()).isEqualTo(201);
        long head = headPosition();

        RunningLedger.Response onProposal = ledger.post(org + "/decisions/kd-pm/changes", """
                {"changes":[{"type":"establishUnit","unitId":"ny","name":"Ny","kind":"enhet","parentId":"sbk",
                  "effectiveDate":"2026-01-01"}]}""");
        RunningLedger.Response unknownKind = ledger.post(org + "/decisions", """
                {"id":"kd-x","organ":"Kommundirektören","decidedOn":"2025-06-18","title":"X","illustrative":false,
                 "kind":"yttrande"}""");
        RunningLedger.Response delegateOnBeslut = ledger.post(org + "/decisions", """
                {"id":"ks-x","organ":"Kommunstyrelsen","decidedOn":"2025-06-18","title":"X","illustrative":false,"kind":"beslut",
                 "delegate":"Kommundirektören"}""");

        assertThat(onProposal.status()).as(onProposal.toString()).isEqualTo(422);
        assertThat(onProposal.contentType()).startsWith("application/problem+json");
        assertThat(onProposal.json().get("type").asText()).isEqualTo("/problems/proposal-changes-nothing");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.contentType()).startsWith("application/problem+json");
        assertThat(unknownKind.json().get("detail").asText()).contains("kind")
                .contains("beslut, forslag, delegationsbeslut");
        assertThat(delegateOnBeslut.status()).isEqualTo(400);
        assertThat(delegateOnBeslut.json().get("detail").asText()).contains("delegate");
        assertThat(headPosition()).isEqualTo(head);

        assertThat(ledger.get(beslut).json().at("/decision/kind").asText()).isEqualTo("beslut");
        assertThat(ledger.get(org + "/decisions/kd-pm").json().at("/decision/kind").asText()).isEqualTo("forslag");
        JsonNode list = ledger.get(org + "/decisions").json();
        assertThat(list).extracting(summary -> summary.at("/decision/id").asText() + " "
                        + summary.at("/decision/kind").asText())
                .containsExactlyInAnyOrder("ks-1 beslut", "kd-pm forslag", "kd-enheter delegationsbeslut");
        JsonNode trail = ledger.get(org + "/units/bygglov/decision-trail").json().at("/decisions/0/decision");
        assertThat(trail.get("kind").asText()).isEqualTo("delegationsbeslut");
        assertThat(trail.get("delegate").asText()).isEqualTo("Kommundirektören");
        assertThat(trail.get("delegationPoint").asText()).isEqualTo("1.4");
    }

    @Test
    void aDelegationsbeslutIsReportedToItsNamndAndListedOnTheNamndsSide() {
        String org = ORGANISATIONS + "/anmalan";
        decision("anmalan");
        RunningLedger.Response registered = ledger.post(org + "/decisions/ks-1/changes", """
                {"changes":[{"type":"registerCommittee","committeeId":"kommunstyrelsen","name":"Kommunstyrelsen",
                  "committeeType":"kommunstyrelse","effectiveDate":"2025-01-01"}]}""");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(ledger.post(org + "/decisions", """
                {"id":"kd-enheter","organ":"Kommunstyrelsen","decidedOn":"2025-12-15","title":"Enhetsindelning",
                 "illustrative":true,"kind":"delegationsbeslut","delegate":"Kommundirektören","delegationPoint":"1.4"}"""
        ).status()).isEqualTo(201);
        String reportedToKs = org + "/committees/kommunstyrelsen/delegationsbeslut";
        assertThat(ledger.get(reportedToKs).json().get("delegationsbeslut")).isEmpty();

        RunningLedger.Response reported = step(org + "/decisions/kd-enheter", """
                {"type":"anmalan","date":"2026-01-26","committeeId":"kommunstyrelsen","paragraph":"§ 8"}""");

        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().at("/anmalan/committeeId").asText()).isEqualTo("kommunstyrelsen");
        JsonNode lifecycle = ledger.get(org + "/decisions/kd-enheter").json().get("lifecycle");
        assertThat(lifecycle.at("/anmalan/reportedOn").asText()).isEqualTo("2026-01-26");
        assertThat(lifecycle.at("/anmalan/paragraph").asText()).isEqualTo("§ 8");
        assertThat(lifecycle.get("steps")).extracting(step -> step.get("type").asText()).containsExactly("anmalan");
        JsonNode listed = ledger.get(reportedToKs).json().get("delegationsbeslut");
        assertThat(listed).hasSize(1);
        assertThat(listed.at("/0/decision/id").asText()).isEqualTo("kd-enheter");
        assertThat(listed.at("/0/decision/delegate").asText()).isEqualTo("Kommundirektören");
        assertThat(listed.at("/0/reportedOn").asText()).isEqualTo("2026-01-26");
        assertThat(listed.at("/0/paragraph").asText()).isEqualTo("§ 8");
        assertThat(ledger.get(org + "/committees/ingen-namnd/delegationsbeslut").status()).isEqualTo(404);
    }

    @Test
    void anAnmalanOfAnotherKindAndEveryStepOfAProposalAreRefusedNamingTheRuleAndRecordNothing() {
        String org = ORGANISATIONS + "/refusals";
        String beslut = decision("refusals");
        assertThat(ledger.post(org + "/decisions/ks-1/changes", """
                {"changes":[{"type":"registerCommittee","committeeId":"kommunstyrelsen","name":"Kommunstyrelsen",
                  "committeeType":"kommunstyrelse","effectiveDate":"2025-01-01"}]}""").status()).isEqualTo(201);
        assertThat(ledger.post(org + "/decisions", """
                {"id":"kd-pm","organ":"Kommundirektören","decidedOn":"2025-06-18","title":"PM – Förslag",
                 "illustrative":false,"kind":"forslag"}""").status()).isEqualTo(201);
        assertThat(ledger.post(org + "/decisions", """
                {"id":"kd-enheter","organ":"Kommunstyrelsen","decidedOn":"2025-12-15","title":"Enhetsindelning",
                 "illustrative":true,"kind":"delegationsbeslut"}""").status()).isEqualTo(201);
        long head = headPosition();

        RunningLedger.Response onBeslut = step(beslut, """
                {"type":"anmalan","date":"2026-01-26","committeeId":"kommunstyrelsen"}""");
        RunningLedger.Response toNoNamnd = step(org + "/decisions/kd-enheter", """
                {"type":"anmalan","date":"2026-01-26","committeeId":"ingen-namnd"}""");
        RunningLedger.Response withoutNamnd = step(org + "/decisions/kd-enheter", """
                {"type":"anmalan","date":"2026-01-26"}""");

        assertThat(onBeslut.status()).as(onBeslut.toString()).isEqualTo(422);
        assertThat(onBeslut.contentType()).startsWith("application/problem+json");
        assertThat(onBeslut.json().get("type").asText()).isEqualTo("/problems/anmalan-of-delegationsbeslut");
        assertThat(toNoNamnd.status()).isEqualTo(422);
        assertThat(toNoNamnd.json().get("type").asText()).isEqualTo("/problems/committee-exists");
        assertThat(withoutNamnd.status()).isEqualTo(400);
        assertThat(withoutNamnd.json().get("detail").asText()).contains("committeeId");
        for (String proposalStep : List.of("{\"type\":\"justering\",\"date\":\"2025-06-20\"}",
                "{\"type\":\"anslag\",\"date\":\"2025-06-20\"}",
                "{\"type\":\"appeal\",\"date\":\"2025-06-20\",\"court\":\"Förvaltningsrätten i Karlstad\"}",
                "{\"type\":\"lagaKraft\",\"date\":\"2025-07-20\"}")) {
            RunningLedger.Response refused = step(org + "/decisions/kd-pm", proposalStep);
            assertThat(refused.status()).as(proposalStep).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).as(proposalStep)
                    .isEqualTo("/problems/proposal-has-no-lifecycle");
        }
        assertThat(headPosition()).isEqualTo(head);
    }

    @Test
    void decisionsAreFilteredByKindAndAnUnknownKindNamesTheAllowedOnes() {
        String org = ORGANISATIONS + "/bykind";
        decision("bykind");
        assertThat(ledger.post(org + "/decisions", """
                {"id":"kd-pm","organ":"Kommundirektören","decidedOn":"2025-06-18","title":"PM – Förslag",
                 "illustrative":false,"kind":"forslag"}""").status()).isEqualTo(201);
        for (int i = 1; i <= 3; i++) {
            assertThat(ledger.post(org + "/decisions", """
                    {"id":"kd-%1$d","organ":"Kommunstyrelsen","decidedOn":"2025-12-1%1$d","title":"Delegation %1$d",
                     "illustrative":true,"kind":"delegationsbeslut"}""".formatted(i)).status()).isEqualTo(201);
        }
        String decisions = org + "/decisions";

        assertThat(ledger.get(decisions + "?kind=forslag").json()).extracting(d -> d.at("/decision/id").asText())
                .containsExactly("kd-pm");
        assertThat(ledger.get(decisions + "?kind=beslut").json()).extracting(d -> d.at("/decision/id").asText())
                .containsExactly("ks-1");
        RunningLedger.Response first = ledger.get(decisions + "?kind=delegationsbeslut&organ=kommunstyrelsen&limit=2");
        assertThat(first.json()).extracting(d -> d.at("/decision/id").asText()).containsExactly("kd-1", "kd-2");
        String next = first.headers().get("Link").get(0).replaceAll("^<([^>]*)>.*$", "$1");
        assertThat(next).contains("kind=delegationsbeslut");
        assertThat(ledger.get(next).json()).extracting(d -> d.at("/decision/id").asText()).containsExactly("kd-3");

        RunningLedger.Response unknown = ledger.get(decisions + "?kind=yttrande");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("kind");
        assertThat(unknown.json().get("detail").asText()).contains("beslut, forslag, delegationsbeslut");
        assertThat(ledger.get(decisions + "?kind=").status()).isEqualTo(400);
    }

    @Test
    void theAnslagShowsTheAppealPeriodAndLagaKraftIsDerivedOnceItHasEnded() {
        String decision = decision("lagakraft");
        assertThat(step(decision, "{\"type\":\"justering\",\"date\":\"2025-11-27\"}").status()).isEqualTo(201);

        RunningLedger.Response posted = step(decision, "{\"type\":\"anslag\",\"date\":\"2025-12-03\"}");

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().get("appealPeriodEnds").asText()).isEqualTo("2025-12-29");
        JsonNode lifecycle = ledger.get(decision).json().get("lifecycle");
        assertThat(lifecycle.get("status").asText()).isEqualTo("lagaKraft");
        assertThat(lifecycle.get("lagaKraftFrom").asText()).isEqualTo("2025-12-30");
        assertThat(lifecycle.get("lagaKraftDerived").asBoolean()).isTrue();
        assertThat(lifecycle.get("steps")).extracting(step -> step.get("type").asText())
                .containsExactly("justering", "anslag");
        assertThat(ledger.get(ORGANISATIONS + "/lagakraft/decisions").json().get(0).get("status").asText())
                .isEqualTo("lagaKraft");
    }

    @Test
    void theSameStepSentAgainRecordsNothing() {
        String decision = decision("again");
        step(decision, "{\"type\":\"justering\",\"date\":\"2025-11-27\"}");
        long head = headPosition();

        RunningLedger.Response again = step(decision, "{\"type\":\"justering\",\"date\":\"2025-11-27\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(headPosition()).isEqualTo(head);
    }

    @Test
    void aStepOutOfOrderIsRefusedNamingTheRuleAndRecordsNothing() {
        String decision = decision("order");
        step(decision, "{\"type\":\"justering\",\"date\":\"2025-11-27\"}");
        step(decision, "{\"type\":\"anslag\",\"date\":\"2025-11-28\"}");
        long head = headPosition();

        RunningLedger.Response ruling = step(decision, """
                {"type":"ruling","date":"2026-03-12","court":"Förvaltningsrätten i Karlstad","outcome":"upheld"}""");
        RunningLedger.Response late = step(decision, """
                {"type":"appeal","date":"2025-12-20","court":"Förvaltningsrätten i Karlstad"}""");

        assertThat(ruling.status()).isEqualTo(422);
        assertThat(ruling.contentType()).startsWith("application/problem+json");
        assertThat(ruling.json().get("type").asText()).isEqualTo("/problems/decision-lifecycle-order");
        assertThat(ruling.json().get("detail").asText()).contains("no appeal is recorded");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("type").asText()).isEqualTo("/problems/appeal-within-period");
        assertThat(late.json().get("detail").asText()).contains("2025-12-19");
        assertThat(headPosition()).isEqualTo(head);
    }

    @Test
    void aStepOnAnUnknownDecisionIsNotFoundAndAMalformedStepIsABadRequest() {
        String decision = decision("unknown");
        String unknown = ORGANISATIONS + "/unknown/decisions/ks-99";

        RunningLedger.Response missing = step(unknown, "{\"type\":\"justering\",\"date\":\"2025-11-27\"}");
        RunningLedger.Response misspelt = step(decision, "{\"type\":\"justerad\",\"date\":\"2025-11-27\"}");
        RunningLedger.Response noChanges = step(decision, """
                {"type":"ruling","date":"2026-03-12","court":"FR","outcome":"quashedInPart"}""");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asText()).isEqualTo("/problems/not-found");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(noChanges.status()).isEqualTo(400);
        assertThat(noChanges.json().get("detail").asText()).contains("changeIds");
    }

    @Test
    void aRulingThatQuashesInPartAnnulsTheNamedChangeAsOfTheRulingOnly() {
        String decision = decision("quash");
        step(decision, "{\"type\":\"justering\",\"date\":\"2025-11-27\"}");
        step(decision, "{\"type\":\"anslag\",\"date\":\"2025-11-28\"}");
        step(decision, "{\"type\":\"appeal\",\"date\":\"2025-12-10\",\"court\":\"Förvaltningsrätten i Karlstad\","
                + "\"courtCaseNumber\":\"1234-25\"}");
        Instant beforeRuling = Instant.now();

        RunningLedger.Response ruling = step(decision, """
                {"type":"ruling","date":"2026-03-12","court":"Förvaltningsrätten i Karlstad",
                 "courtCaseNumber":"1234-25","outcome":"quashedInPart","changeIds":["ks-1.2"]}""");

        assertThat(ruling.status()).as(ruling.toString()).isEqualTo(201);
        assertThat(ruling.json().get("status").asText()).isEqualTo("quashedInPart");
        String structure = ORGANISATIONS + "/quash/structure?asOf=2026-06-01";
        assertThat(ledger.get(structure).json().at("/root/children")).extracting(unit -> unit.get("id").asText())
                .containsExactly("klk");
        assertThat(ledger.get(structure + "&knownAt=" + beforeRuling).json().at("/root/children"))
                .extracting(unit -> unit.get("id").asText()).containsExactlyInAnyOrder("klk", "sbk");
        JsonNode quashed = ledger.get(decision).json();
        assertThat(quashed.at("/corrections/0/targetChangeId").asText()).isEqualTo("ks-1.2");
        assertThat(quashed.at("/corrections/0/reason").asText()).contains("Förvaltningsrätten i Karlstad", "1234-25");
    }

    @Test
    void unknownEmptyAndRepeatedQueryParametersAreRefusedNamingTheParameter() {
        decision("strict");
        String structure = ORGANISATIONS + "/strict/structure";
        record Case(String query, String parameter) {
        }
        for (Case refused : java.util.List.of(new Case("?asof=2026-01-01", "asof"), new Case("?date=2026-01-01", "date"),
                new Case("?asOf=", "asOf"), new Case("?asOf=2026-01-01&asOf=2026-02-01", "asOf"),
                new Case("?knownAt=2999-01-01T00:00:00Z", "knownAt"))) {
            RunningLedger.Response response = ledger.get(structure + refused.query());
            assertThat(response.status()).as(refused.query()).isEqualTo(400);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/invalid-request");
            assertThat(response.json().at("/errors/0/field").asText()).as(refused.query())
                    .isEqualTo(refused.parameter());
        }
        assertThat(ledger.get(structure + "?knownAt=2999-01-01T00:00:00Z").json().get("detail").asText())
                .contains("cannot know the future");
        assertThat(ledger.get(structure + "?asOf=2026-01-01&knownAt=latest").status()).isEqualTo(200);
        assertThat(ledger.get(structure + "?asOf=2026-01-01").status()).isEqualTo(200);
    }

    @Test
    void decisionsAreFilteredAndPagedByCursorWithoutRepeatingTheDecisionOnItsChanges() {
        String org = "paged";
        decision(org);
        String decisions = ORGANISATIONS + "/" + org + "/decisions";
        for (int i = 2; i <= 5; i++) {
            assertThat(ledger.post(decisions, """
                    {"id":"ks-%1$d","organ":"%2$s","decidedOn":"2026-0%1$d-01","title":"Beslut %1$d",
                     "caseNumber":"KS 2026/%1$d","illustrative":true}"""
                    .formatted(i, i % 2 == 0 ? "Kommunfullmäktige" : "Kommunstyrelsen")).status()).isEqualTo(201);
        }

        RunningLedger.Response first = ledger.get(decisions + "?limit=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-1", "ks-2");
        String next = first.headers().get("Link").get(0);
        assertThat(next).contains("rel=\"next\"", "limit=2", "knownAt=");
        RunningLedger.Response second = ledger.get(next.substring(1, next.indexOf('>')));
        assertThat(second.json()).extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-3", "ks-4");
        RunningLedger.Response last = ledger.get(second.headers().get("Link").get(0).replaceAll("^<([^>]*)>.*$", "$1"));
        assertThat(last.json()).extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-5");
        assertThat(last.headers()).doesNotContainKey("Link");

        assertThat(ledger.get(decisions + "?organ=kommunfullmäktige").json())
                .extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-2", "ks-4");
        assertThat(ledger.get(decisions + "?decidedFrom=2026-03-01&decidedTo=2026-04-30").json())
                .extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-3", "ks-4");
        assertThat(ledger.get(decisions + "?effectiveFrom=2026-01-01&effectiveTo=2026-01-01").json())
                .extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-1");
        assertThat(ledger.get(decisions + "?caseNumber=KS%202026/3").json())
                .extracting(d -> d.at("/decision/id").asText()).containsExactly("ks-3");
        assertThat(ledger.get(decisions + "?status=decided&limit=1").json()).hasSize(1);
        assertThat(ledger.get(decisions + "?limit=0").status()).isEqualTo(400);
        assertThat(ledger.get(decisions + "?next=nonsense").status()).isEqualTo(400);
        assertThat(ledger.get(decisions + "?decidedFrom=2026-05-01&decidedTo=2026-01-01").status()).isEqualTo(400);

        JsonNode change = ledger.get(decisions + "/ks-1").json().at("/changes/0");
        assertThat(change.get("changeId").asText()).isEqualTo("ks-1.1");
        assertThat(change.has("decision")).isFalse();
    }

    @Test
    void chefRolesNameTheirHolderAndAppointingDecisionAndAPersonShowsTheirPosts() {
        String org = "people";
        decision(org);
        String base = ORGANISATIONS + "/" + org;
        assertThat(ledger.post(base + "/persons", "{\"id\":\"malin-rosen\",\"name\":\"Malin Rosén\"}").status())
                .isEqualTo(201);
        RunningLedger.Response appointed = ledger.post(base + "/decisions/ks-1/changes", """
                {"changes":[
                 {"type":"establishChefRole","chefRoleId":"kontorschef-klk","unitId":"klk","title":"Kontorschef",
                  "effectiveDate":"2026-01-01"},
                 {"type":"appointChef","chefRoleId":"kontorschef-klk","personId":"malin-rosen",
                  "effectiveDate":"2026-02-01"}]}""");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);

        JsonNode february = ledger.get(base + "/chef-roles?asOf=2026-02-01").json();
        JsonNode january = ledger.get(base + "/chef-roles?asOf=2026-01-15").json();
        JsonNode malin = ledger.get(base + "/persons/malin-rosen").json();

        assertThat(february.at("/chefRoles/0/holder/name").asText()).isEqualTo("Malin Rosén");
        assertThat(february.at("/chefRoles/0/unit/name").asText()).isEqualTo("Kommunledningskontoret");
        assertThat(february.at("/chefRoles/0/appointedBy/changeId").asText()).isEqualTo("ks-1.4");
        assertThat(february.at("/chefRoles/0/appointedBy/decision/id").asText()).isEqualTo("ks-1");
        assertThat(january.at("/chefRoles/0/holder").isNull()).isTrue();
        assertThat(malin.at("/posts/0/chefRoleId").asText()).isEqualTo("kontorschef-klk");
        assertThat(malin.at("/posts/0/from").asText()).isEqualTo("2026-02-01");
        assertThat(ledger.get(base + "/persons/nobody").status()).isEqualTo(404);
        assertThat(ledger.get(base + "/chef-roles?asof=2026-02-01").status()).isEqualTo(400);
    }
}
