package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An auditor's question over HTTP against a real store: what has been restated about a date since a moment. A
 * kontor is recorded for New Year's Day; a later decision corrects the date of another's establishment and renames
 * the first retroactively. Each store runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RestatementsContract {

    private static final String ORG = "/api/v1/organisations/restated";

    RunningLedger ledger;
    private Instant beforeCorrection;
    private Instant afterCorrection;

    abstract Map<String, Object> settings();

    @BeforeAll
    void startLedgerAndRecordACorrection() throws InterruptedException {
        ledger = RunningLedger.start(settings());
        created(ledger.post("/api/v1/organisations", "{\"id\":\"restated\",\"name\":\"Restads kommun\"}"));
        created(ledger.post(ORG + "/decisions", """
                {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 145",
                 "caseNumber":"KS 2025/321","title":"Ny organisation","illustrative":true}"""));
        created(ledger.post(ORG + "/decisions/ks-1/changes", """
                {"changes":[
                 {"type":"establishUnit","unitId":"klk","name":"Kommunledningskontoret","kind":"kontor",
                  "parentId":"restated","effectiveDate":"2026-01-01"},
                 {"type":"establishUnit","unitId":"sbk","name":"Samhällsbyggnadskontoret","kind":"kontor",
                  "parentId":"restated","effectiveDate":"2026-01-01"}]}"""));
        Thread.sleep(5);
        beforeCorrection = Instant.now();
        Thread.sleep(5);
        created(ledger.post(ORG + "/decisions", """
                {"id":"ks-2","organ":"Kommunstyrelsen","decidedOn":"2026-01-20","paragraph":"§ 8",
                 "caseNumber":"KS 2026/12","title":"Rättelse","illustrative":false}"""));
        created(ledger.post(ORG + "/decisions/ks-2/changes", """
                {"changes":[
                 {"type":"correctEffectiveDate","changeId":"ks-1.2","effectiveDate":"2026-02-01",
                  "reason":"Kontoret inrättas den 1 februari"},
                 {"type":"renameUnit","unitId":"klk","name":"Kommunledningskontoret KLK",
                  "effectiveDate":"2026-01-10"}]}"""));
        Thread.sleep(5);
        afterCorrection = Instant.now();
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private static void created(RunningLedger.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static String at(Instant moment) {
        return URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void whatBecameKnownAboutMidJanuaryIsEachDifferenceWithTheDecisionThatCausedIt() {
        RunningLedger.Response answer = ledger.get(ORG + "/restatements?asOf=2026-01-15&knownFrom="
                + at(beforeCorrection) + "&knownTo=" + at(afterCorrection));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode restated = answer.json().get("restated");
        assertThat(restated).hasSize(2);
        JsonNode klk = restated.get(0);
        assertThat(klk.get("id").asText()).isEqualTo("klk");
        assertThat(klk.at("/differences/0/aspect").asText()).isEqualTo("name");
        assertThat(klk.at("/differences/0/before").asText()).isEqualTo("Kommunledningskontoret");
        assertThat(klk.at("/differences/0/after").asText()).isEqualTo("Kommunledningskontoret KLK");
        assertThat(klk.at("/changes/0/type").asText()).isEqualTo("unitRenamed");
        assertThat(klk.at("/changes/0/decision/id").asText()).isEqualTo("ks-2");
        assertThat(klk.at("/changes/0/decision/illustrative").asBoolean()).isFalse();
        JsonNode sbk = restated.get(1);
        assertThat(sbk.get("id").asText()).isEqualTo("sbk");
        assertThat(sbk.at("/differences/0/aspect").asText()).isEqualTo("inForce");
        assertThat(sbk.at("/differences/0/before").asBoolean()).isTrue();
        assertThat(sbk.at("/differences/0/after").asBoolean()).isFalse();
        assertThat(sbk.at("/corrections/0/type").asText()).isEqualTo("effectiveDateCorrected");
        assertThat(sbk.at("/corrections/0/targetChangeId").asText()).isEqualTo("ks-1.2");
        assertThat(sbk.at("/corrections/0/reason").asText()).isEqualTo("Kontoret inrättas den 1 februari");
        JsonNode march = ledger.get(ORG + "/restatements?asOf=2026-03-01&knownFrom=" + at(beforeCorrection)
                + "&knownTo=" + at(afterCorrection)).json().get("restated");
        assertThat(march.at("/1/id").asText()).isEqualTo("sbk");
        assertThat(march.at("/1/differences")).as("by March the kontor stands either way, established later")
                .hasSize(1);
        assertThat(march.at("/1/differences/0/aspect").asText()).isEqualTo("establishedOn");
        assertThat(march.at("/1/differences/0/after").asText()).isEqualTo("2026-02-01");
    }

    @Test
    void sinceAMomentEveryRetroactiveChangeAndCorrectionIsListedWithTheDatesItAltered() {
        JsonNode since = ledger.get(ORG + "/restatements?since=" + at(beforeCorrection)).json();

        List<String> types = new ArrayList<>();
        since.get("restatements").forEach(item -> types.add(item.get("type").asText()));
        assertThat(types).containsExactly("effectiveDateCorrected", "unitRenamed");
        JsonNode correction = since.at("/restatements/0");
        assertThat(correction.get("entityId").asText()).isEqualTo("sbk");
        assertThat(correction.at("/altered/0/from").asText()).isEqualTo("2026-01-01");
        assertThat(correction.at("/altered/0/to").isNull())
                .as("from February on, the kontor's establishment date differs").isTrue();
        assertThat(correction.at("/decision/id").asText()).isEqualTo("ks-2");
        JsonNode renamed = since.at("/restatements/1");
        assertThat(renamed.at("/altered/0/from").asText()).isEqualTo("2026-01-10");
        assertThat(renamed.at("/altered/0/to").isNull()).isTrue();
        assertThat(ledger.get(ORG + "/restatements?since=" + at(afterCorrection)).json().get("restatements"))
                .isEmpty();
    }

    @Test
    void aNameCorrectedInThePersonRegisterIsARestatementOfTheRolesThePersonHolds() throws InterruptedException {
        String org = "/api/v1/organisations/namnrattelse";
        created(ledger.post("/api/v1/organisations", "{\"id\":\"namnrattelse\",\"name\":\"Namns kommun\"}"));
        created(ledger.post(org + "/persons", "{\"id\":\"anna-berg\",\"name\":\"Ana Berg\"}"));
        created(ledger.post(org + "/decisions", """
                {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","title":"Ny organisation",
                 "illustrative":true}"""));
        created(ledger.post(org + "/decisions/ks-1/changes", """
                {"changes":[
                 {"type":"establishUnit","unitId":"klk","name":"Kommunledningskontoret","kind":"kontor",
                  "parentId":"namnrattelse","effectiveDate":"2026-01-01"},
                 {"type":"establishChefRole","chefRoleId":"kontorschef-klk","unitId":"klk","title":"Kontorschef",
                  "effectiveDate":"2026-01-01"},
                 {"type":"appointChef","chefRoleId":"kontorschef-klk","personId":"anna-berg",
                  "effectiveDate":"2026-01-01"}]}"""));
        Thread.sleep(5);
        Instant beforeNameCorrection = Instant.now();
        Thread.sleep(5);
        RunningLedger.Response corrected = ledger.send(ledger.request(org + "/persons/anna-berg/name")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Anna Berg\",\"reason\":\"Felstavat i registret\"}")));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        Thread.sleep(5);
        Instant afterNameCorrection = Instant.now();

        JsonNode restated = ledger.get(org + "/restatements?asOf=2026-02-01&knownFrom=" + at(beforeNameCorrection)
                + "&knownTo=" + at(afterNameCorrection)).json().get("restated");
        JsonNode since = ledger.get(org + "/restatements?since=" + at(beforeNameCorrection)).json()
                .get("restatements");

        assertThat(restated).hasSize(1);
        assertThat(restated.at("/0/entity").asText()).isEqualTo("chefRole");
        assertThat(restated.at("/0/id").asText()).isEqualTo("kontorschef-klk");
        assertThat(restated.at("/0/differences/0/aspect").asText()).isEqualTo("holderName");
        assertThat(restated.at("/0/differences/0/before").asText()).isEqualTo("Ana Berg");
        assertThat(restated.at("/0/differences/0/after").asText()).isEqualTo("Anna Berg");
        assertThat(restated.at("/0/nameCorrections/0/reason").asText()).isEqualTo("Felstavat i registret");
        assertThat(restated.at("/0/nameCorrections/0/personId").asText()).isEqualTo("anna-berg");
        assertThat(ledger.get(org + "/restatements?asOf=2025-12-31&knownFrom=" + at(beforeNameCorrection)
                + "&knownTo=" + at(afterNameCorrection)).json().get("restated")).as("no post before 2026").isEmpty();
        assertThat(since).hasSize(1);
        assertThat(since.at("/0/type").asText()).isEqualTo("personNameCorrected");
        assertThat(since.at("/0/entity").asText()).isEqualTo("person");
        assertThat(since.at("/0/entityId").asText()).isEqualTo("anna-berg");
        assertThat(since.at("/0/name").asText()).isEqualTo("Anna Berg");
        assertThat(since.at("/0/reason").asText()).isEqualTo("Felstavat i registret");
        assertThat(since.at("/0/recordedBy").asText()).isEqualTo(RunningLedger.ADMIN);
        assertThat(since.at("/0/altered/0/from").asText()).isEqualTo("2026-01-01");
        assertThat(since.at("/0/altered/0/to").isNull()).isTrue();
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String from = at(beforeCorrection);
        String to = at(afterCorrection);
        assertProblem(ledger.get(ORG + "/restatements?asOf=2026-01-15"), "knownFrom");
        assertProblem(ledger.get(ORG + "/restatements?since=" + from + "&asOf=2026-01-15"), "asOf");
        assertProblem(ledger.get(ORG + "/restatements?knownFrom=" + to + "&knownTo=" + from), "knownFrom");
        assertProblem(ledger.get(ORG + "/restatements?since="), "since");
        assertProblem(ledger.get(ORG + "/restatements?knownfrom=" + from), "knownfrom");
        assertProblem(ledger.get(ORG + "/restatements?since=" + from + "&knownTo=2999-01-01T00:00:00Z"), "knownTo");
        assertProblem(ledger.get(ORG + "/restatements?knownFrom=yesterday"), "knownFrom");
        assertThat(ledger.get("/api/v1/organisations/nowhere/restatements?since=" + from).status()).isEqualTo(404);
    }

    private static void assertProblem(RunningLedger.Response response, String parameter) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(response.json().at("/errors/0/field").asText()).as(response.body()).isEqualTo(parameter);
    }
}
