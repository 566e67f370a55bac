package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import se.reorgledger.api.csv.CsvTable;

/**
 * Askersund as open data, read as a linked-data client and a spreadsheet would read it: the JSON-LD and Turtle
 * are parsed into RDF and asked with SPARQL, the CSV is read back with Commons CSV, and each is held against the
 * service's JSON answer to the same question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIT {

    private static final String BASE = "https://organisation.askersund.example";
    private static final String ASKERSUND = "/api/v1/organisations/askersund";
    private static final String CUT_OVER = "from=2025-12-31&to=2026-01-01";
    /** A past moment the ledger has recorded events after (the correction of 2026-01-20): answers are final. */
    private static final String SETTLED = "knownAt=2026-01-15T00:00:00Z";
    private static final String DECISION_2028 = "kf-2027-11-22-namndorganisation-2028";
    /**
     * Dates between which every kind of change of the diff occurs: the old organisation's nämnder, services and
     * memberships; the cut-over; a renaming; Lekeberg leaving the gemensam nämnd; the decision of 2028.
     */
    private static final List<String> WINDOWS = List.of("from=2025-06-17&to=2025-06-18", CUT_OVER,
            "from=2026-02-28&to=2026-03-01", "from=2026-12-31&to=2027-01-01", "from=2027-12-31&to=2028-01-01");
    private static final List<String> EVERY_KIND = List.of("established", "dissolved", "moved", "renamed",
            "kindChanged", "authorityChanged", "chefRoleEstablished", "chefRoleEnded", "appointment", "reglemente",
            "committeeRegistered", "committeeDissolved", "serviceStarted", "serviceEnded", "membershipStarted",
            "membershipEnded");
    private static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ledger: <%s/api/v1/vocabulary#>
            """.formatted(BASE);

    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_ASKERSUND", "on", "LEDGER_PUBLIC_BASE_URI", BASE + "/"));
        recordTheKindsOfChangeAskersundsFilesDoNotHave();
    }

    /**
     * Askersund's files change no unit's kind or myndighetsutövning and dissolve no nämnd: an illustrative decision
     * of 2028 does, and registers a gemensam nämnd that a kontor serves and Laxå joins. The nämnd dissolved ends
     * the service to it and Laxå's membership by the same change. Nothing of it is known before it is recorded,
     * so no answer about a settled moment changes.
     */
    private void recordTheKindsOfChangeAskersundsFilesDoNotHave() {
        RunningLedger.Response decision = ledger.post(ASKERSUND + "/decisions", """
                {"id":"%s","organ":"Kommunfullmäktige","decidedOn":"2027-11-22","paragraph":"§ 99",
                 "caseNumber":"KS 2027/1","title":"Nämndorganisation 2028 (illustrativt)","illustrative":true}"""
                .formatted(DECISION_2028));
        assertThat(decision.status()).as(decision.toString()).isEqualTo(201);
        RunningLedger.Response changes = ledger.post(ASKERSUND + "/decisions/" + DECISION_2028 + "/changes", """
                {"changes":[
                 {"type":"changeUnitKind","unitId":"kommunikation","kind":"funktion","effectiveDate":"2028-01-01"},
                 {"type":"setUnitAuthority","unitId":"bygglov","authority":false,"effectiveDate":"2028-01-01"},
                 {"type":"dissolveCommittee","committeeId":"sydnarkes-miljo-och-byggnamnd",
                  "effectiveDate":"2028-01-01"},
                 {"type":"registerCommittee","committeeId":"sydnarkes-overformyndarnamnd",
                  "name":"Sydnärkes överförmyndarnämnd","committeeType":"gemensam_namnd","effectiveDate":"2028-01-01"},
                 {"type":"startKontorService","unitId":"kommunledningskontoret",
                  "committeeId":"sydnarkes-overformyndarnamnd","effectiveDate":"2028-01-01"},
                 {"type":"joinCommittee","committeeId":"sydnarkes-overformyndarnamnd","municipality":"Laxå kommun",
                  "effectiveDate":"2028-01-01"}]}""");
        assertThat(changes.status()).as(changes.toString()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void theUnitsOnTheCutOverAreExactlyTheJsonAnswersUnitsEachWithItsParent() {
        JsonNode json = ledger.get(ASKERSUND + "/structure?asOf=2026-01-01").json();
        Map<String, String> parents = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Set<String> illustrative = new TreeSet<>();
        flatten(json.get("root"), null, parents, names);
        json.at("/provenance/units").fields().forEachRemaining(unit -> {
            if (unit.getValue().get("illustrative").asBoolean() && !unit.getKey().equals("askersund")) {
                illustrative.add(unit.getKey());
            }
        });
        Model graph = rdf(accept(ASKERSUND + "/structure?asOf=2026-01-01", "application/ld+json"), Lang.JSONLD11);

        Map<String, String> rdfParents = new HashMap<>();
        Map<String, String> rdfNames = new HashMap<>();
        for (QuerySolution row : select(graph, """
                SELECT ?id ?name ?parentId WHERE {
                  ?unit a org:OrganizationalUnit ; dcterms:identifier ?id ; skos:prefLabel ?name ;
                        org:subOrganizationOf ?parent ; org:unitOf ?kommun ; org:classification ?kind .
                  ?parent dcterms:identifier ?parentId .
                  ?kommun a org:FormalOrganization , cv:PublicOrganisation ; dcterms:identifier "askersund" .
                }""")) {
            rdfParents.put(row.getLiteral("id").getString(), row.getLiteral("parentId").getString());
            rdfNames.put(row.getLiteral("id").getString(), row.getLiteral("name").getString());
        }
        assertThat(rdfParents).isEqualTo(parents);
        assertThat(rdfNames).isEqualTo(names);
        assertThat(strings(select(graph, """
                SELECT ?id WHERE { ?unit a org:OrganizationalUnit ; dcterms:identifier ?id ; ledger:illustrative true }
                """), "id")).isEqualTo(illustrative);
        assertThat(strings(select(graph, "SELECT ?unit WHERE { ?unit a org:OrganizationalUnit }"), "unit"))
                .allMatch(iri -> iri.startsWith(BASE + "/organisationer/askersund/enheter/"));
    }

    @Test
    void aUnitsIriNamesItsPageInTheWebApp() throws Exception {
        Model graph = rdf(accept(ASKERSUND + "/structure?asOf=2026-01-01", "text/turtle"), Lang.TURTLE);
        String iri = select(graph, """
                SELECT ?unit WHERE { ?unit dcterms:identifier "socialkontoret" ; a org:OrganizationalUnit }""")
                .get(0).getResource("unit").getURI();
        String decision = select(graph, """
                SELECT ?decision WHERE { ?unit dcterms:identifier "socialkontoret" ; a org:OrganizationalUnit ;
                  <http://www.w3.org/ns/prov#wasDerivedFrom> ?decision }""").get(0).getResource("decision").getURI();

        assertThat(pageOf(iri)).isEqualTo("UnitPages");
        assertThat(pageOf(decision)).isEqualTo("DecisionPage");
    }

    @Test
    void theCutOversChangeEventsLinkEachDissolvedForvaltningToTheKontorThatTookItsPartsWithItsDecision() {
        JsonNode diff = ledger.get(ASKERSUND + "/diff?" + CUT_OVER).json();
        Model graph = rdf(accept(ASKERSUND + "/diff?" + CUT_OVER, "application/ld+json"), Lang.JSONLD11);
        List<QuerySolution> links = select(graph, """
                SELECT ?original ?resulting ?date ?organ ?decidedOn ?paragraph ?caseNumber ?decisionId WHERE {
                  ?event a org:ChangeEvent ; org:originalOrganization ?o ; org:resultingOrganization ?r ;
                         dcterms:date ?date ; cv:hasFormalFramework ?decision .
                  ?o dcterms:identifier ?original . ?r dcterms:identifier ?resulting .
                  ?decision ledger:organ ?organ ; dcterms:date ?decidedOn .
                  OPTIONAL { ?decision ledger:paragraph ?paragraph }
                  OPTIONAL { ?decision dcterms:identifier ?caseNumber }
                  BIND(REPLACE(STR(?decision), "^.*/beslut/", "") AS ?decisionId)
                }""");

        Map<String, Set<String>> successors = new HashMap<>();
        for (QuerySolution link : links) {
            successors.computeIfAbsent(link.getLiteral("original").getString(), id -> new TreeSet<>())
                    .add(link.getLiteral("resulting").getString());
            assertThat(link.getLiteral("date").getString()).isEqualTo("2026-01-01");
        }
        assertThat(successors).containsEntry("tekniska-forvaltningen",
                        new TreeSet<>(Set.of("samhallsbyggnadskontoret", "kommunledningskontoret")))
                .containsEntry("socialforvaltningen", Set.of("socialkontoret"))
                .containsEntry("barn-och-utbildning", Set.of("barn-och-utbildningskontoret"))
                .containsEntry("samhallsbyggnadsforvaltningen-sydnarke", Set.of("samhallsbyggnadskontoret"));
        for (JsonNode dissolved : diff.get("dissolved")) {
            String id = dissolved.get("id").asText();
            JsonNode named = dissolved.get("successors");
            Set<String> expected = new TreeSet<>();
            named.forEach(successor -> expected.add(successor.get("id").asText()));
            assertThat(successors.getOrDefault(id, Set.of())).as(id).isEqualTo(expected);
            JsonNode decision = dissolved.at("/cause/decision");
            QuerySolution cited = links.stream().filter(link -> link.getLiteral("original").getString().equals(id))
                    .findFirst().orElse(null);
            if (cited == null) {
                continue;
            }
            assertThat(cited.getLiteral("decisionId").getString()).isEqualTo(decision.get("id").asText());
            assertThat(cited.getLiteral("organ").getString()).isEqualTo(decision.get("organ").asText());
            assertThat(cited.getLiteral("decidedOn").getString()).isEqualTo(decision.get("decidedOn").asText());
            assertThat(text(cited, "paragraph")).isEqualTo(decision.get("paragraph").asText(null));
            assertThat(text(cited, "caseNumber")).isEqualTo(decision.get("caseNumber").asText(null));
        }
        assertThat(diff.get("dissolved")).anySatisfy(dissolved ->
                assertThat(dissolved.at("/cause/decision/paragraph").asText()).isNotBlank());
    }

    @Test
    void theTurtleParsesToTheSameGraphAsTheJsonLd() {
        for (String path : List.of(ASKERSUND + "/structure?asOf=2026-01-01", ASKERSUND + "/diff?" + CUT_OVER,
                ASKERSUND + "/diff?" + WINDOWS.get(WINDOWS.size() - 1), "/api/v1/vocabulary")) {
            RunningLedger.Response turtle = accept(path, "text/turtle");
            assertThat(turtle.contentType()).startsWith("text/turtle");
            assertThat(rdf(turtle, Lang.TURTLE).isIsomorphicWith(rdf(accept(path, "application/ld+json"),
                    Lang.JSONLD11))).as(path).isTrue();
        }
    }

    @Test
    void everyUnitsKindIsAConceptOfTheServedScheme() {
        Model vocabulary = rdf(accept("/api/v1/vocabulary", "text/turtle"), Lang.TURTLE);
        Set<String> concepts = strings(select(vocabulary, """
                SELECT ?concept WHERE { ?concept a skos:Concept ; skos:inScheme ?scheme .
                  ?scheme a skos:ConceptScheme }"""), "concept");
        Model structure = rdf(accept(ASKERSUND + "/structure?asOf=2026-01-01", "application/ld+json"), Lang.JSONLD11);

        assertThat(concepts).contains(BASE + "/api/v1/vocabulary#kontor");
        assertThat(strings(select(structure, "SELECT ?kind WHERE { ?unit org:classification ?kind }"), "kind"))
                .isNotEmpty().isSubsetOf(concepts);
    }

    @Test
    void theCsvRoundTripsWithTheRowsOfTheJsonAnswer() throws IOException {
        JsonNode json = ledger.get(ASKERSUND + "/structure?asOf=2026-01-01").json();
        List<List<String>> expected = new ArrayList<>();
        rows(json.get("root"), null, new ArrayList<>(), json.get("provenance"), expected);
        RunningLedger.Response csv = accept(ASKERSUND + "/structure?asOf=2026-01-01", "text/csv");

        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.body()).startsWith(CsvTable.BOM).contains("\r\n").contains("Samhällsbyggnadskontoret");
        List<CSVRecord> records = read(csv.body());
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("id", "name", "kind", "parentId",
                "path", "chefRoleId", "chefRole", "holderId", "holder", "authority", "illustrative");
        assertThat(records.stream().map(CSVRecord::toList).toList()).isEqualTo(expected);
    }

    @Test
    void everyLineOfTheJsonDiffOfEveryKindIsAChangeEventWithItsDecision() {
        Set<String> kinds = new TreeSet<>();
        for (String window : WINDOWS) {
            List<String> expected = jsonLines(ledger.get(ASKERSUND + "/diff?" + window).json());
            Model graph = rdf(accept(ASKERSUND + "/diff?" + window, "application/ld+json"), Lang.JSONLD11);

            List<String> actual = new ArrayList<>();
            for (String kind : EVERY_KIND) {
                for (QuerySolution event : select(graph, """
                        SELECT ?event ?subject ?detail ?decisionId ?organ ?decidedOn WHERE {
                          ?event a org:ChangeEvent ; ledger:changeKind "%s" .
                          %s
                          OPTIONAL { ?event cv:hasFormalFramework ?decision . ?decision a eli:LegalResource ;
                                       ledger:organ ?organ ; dcterms:date ?decidedOn .
                                     BIND(REPLACE(STR(?decision), "^.*/beslut/", "") AS ?decisionId) }
                        }""".formatted(kind, RDF_LINES.get(kind)))) {
                    String detail = kind.equals("dissolved") ? successors(graph, event) : text(event, "detail");
                    actual.add(line(kind, text(event, "subject"), detail, text(event, "decisionId"),
                            text(event, "organ"), text(event, "decidedOn")));
                }
            }
            assertThat(sorted(actual)).as(window).isEqualTo(sorted(expected));
            assertThat(select(graph, """
                    SELECT ?event WHERE { ?event ledger:changeKind ?one , ?other FILTER(?one != ?other) }"""))
                    .as("one change event for each line of " + window).isEmpty();
            assertThat(select(graph, """
                    SELECT ?event WHERE { ?event cv:hasFormalFramework ?decision
                      FILTER NOT EXISTS { ?event dcterms:date ?date } }""")).as(window).isEmpty();
            expected.forEach(line -> kinds.add(line.substring(0, line.indexOf(' '))));
        }
        assertThat(kinds).as("the dates hold every kind of change").containsExactlyInAnyOrderElementsOf(EVERY_KIND);
    }

    @Test
    void aNamndDissolvedIsTheOriginalOrganisationAndAMemberKommunsMembershipEndsWithIt() {
        Model graph = rdf(accept(ASKERSUND + "/diff?from=2027-12-31&to=2028-01-01", "text/turtle"), Lang.TURTLE);

        List<QuerySolution> ended = select(graph, """
                SELECT ?dissolution ?ending ?kommun WHERE {
                  ?dissolution ledger:changeKind "committeeDissolved" ; org:originalOrganization ?namnd ;
                               cv:hasFormalFramework ?decision .
                  ?namnd a org:Organization , cv:PublicOrganisation ; dcterms:identifier "sydnarkes-miljo-och-byggnamnd" .
                  ?ending ledger:changeKind "membershipEnded" ; cv:hasFormalFramework ?decision ;
                          ledger:membership [ a org:Membership ; org:organization ?namnd ;
                                              org:member [ skos:prefLabel ?kommun ] ] .
                }""");

        assertThat(ended).singleElement().satisfies(row -> {
            assertThat(row.getLiteral("kommun").getString()).isEqualTo("Laxå kommun");
            assertThat(row.getResource("dissolution").getURI()).startsWith(BASE + "/organisationer/askersund/beslut/"
                    + DECISION_2028 + "#andring-");
            assertThat(row.getResource("ending").getURI()).startsWith(row.getResource("dissolution").getURI() + "/");
        });
        assertThat(strings(select(graph, """
                SELECT ?previous WHERE { ?event ledger:changeKind "kindChanged" ;
                  ledger:previousClassification ?previous ;
                  org:resultingOrganization [ dcterms:identifier "kommunikation" ;
                                              org:classification <%s/api/v1/vocabulary#funktion> ] }"""
                .formatted(BASE)), "previous")).containsExactly(BASE + "/api/v1/vocabulary#enhet");
    }

    @Test
    void theChangesCsvHasARowForEveryLineOfTheJsonDiffOfEveryKind() throws IOException {
        for (String window : WINDOWS) {
            List<String> expected = jsonLines(ledger.get(ASKERSUND + "/diff?" + window).json());
            List<CSVRecord> records = read(accept(ASKERSUND + "/diff?" + window, "text/csv").body());

            List<String> actual = new ArrayList<>();
            for (CSVRecord record : records) {
                String kind = record.get("change");
                actual.add(line(kind, csvSubject(record), csvDetail(record), record.get("decisionId"),
                        record.get("organ"), record.get("decidedOn")));
            }
            assertThat(sorted(actual)).as(window).isEqualTo(sorted(expected));
            assertThat(records.get(0).getParser().getHeaderNames()).as("the later columns come last")
                    .startsWith("change", "effectiveDate", "unitId", "unitName", "unitKind", "parentBeforeId",
                            "parentAfterId", "previousName", "successorIds", "chefRoleId", "chefRole",
                            "holderBefore", "holderAfter", "committeeId", "reglemente", "changeId", "decisionId",
                            "organ", "decidedOn", "paragraph", "caseNumber", "illustrative")
                    .endsWith("previousKind", "authority", "roleEnded", "committee", "committeeType", "municipality");
        }
        List<CSVRecord> cutOver = read(accept(ASKERSUND + "/diff?" + CUT_OVER, "text/csv").body());
        assertThat(cutOver).filteredOn(record -> record.get("unitId").equals("tekniska-forvaltningen")
                && record.get("change").equals("dissolved")).singleElement()
                .satisfies(record -> assertThat(record.get("successorIds").split(" "))
                        .containsExactlyInAnyOrder("samhallsbyggnadskontoret", "kommunledningskontoret"));
    }

    @Test
    void theDecisionsCsvCitesEveryDecisionOfTheJsonList() throws IOException {
        JsonNode json = ledger.get(ASKERSUND + "/decisions?limit=500&" + SETTLED).json();
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode summary : json) {
            JsonNode decision = summary.get("decision");
            expected.add(List.of(decision.get("id").asText(), decision.get("organ").asText(),
                    decision.get("decidedOn").asText(), decision.get("paragraph").asText(""),
                    decision.get("caseNumber").asText(""), decision.get("illustrative").asText()));
        }
        List<CSVRecord> records = read(accept(ASKERSUND + "/decisions?" + SETTLED, "text/csv").body());

        assertThat(records.stream().map(record -> List.of(record.get("id"), record.get("organ"),
                record.get("decidedOn"), record.get("paragraph"), record.get("caseNumber"),
                record.get("illustrative"))).toList()).isNotEmpty().isEqualTo(expected);
        assertThat(ledger.get(ASKERSUND + "/decisions.csv").header("Content-Disposition"))
                .contains("askersund-decisions.csv");
        assertThat(accept(ASKERSUND + "/decisions", "text/turtle").json().get("available"))
                .extracting(JsonNode::asText).containsExactly("application/json", "text/csv");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheAvailableOnes() {
        RunningLedger.Response refused = accept(ASKERSUND + "/structure?asOf=2026-01-01", "application/xml");

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/problems/not-acceptable");
        assertThat(refused.json().get("available")).extracting(JsonNode::asText).containsExactly(
                "application/json", "application/ld+json", "text/turtle", "text/csv");
        assertThat(accept("/api/v1/vocabulary", "text/csv").status()).isEqualTo(406);
    }

    @Test
    void jsonStaysTheDefault() {
        for (String accept : List.of("*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8")) {
            RunningLedger.Response answer = accept(ASKERSUND + "/structure?asOf=2026-01-01", accept);
            assertThat(answer.contentType()).as(accept).startsWith("application/json");
            assertThat(answer.json().at("/root/id").asText()).isEqualTo("askersund");
        }
        assertThat(ledger.get(ASKERSUND + "/structure?asOf=2026-01-01").contentType())
                .startsWith("application/json");
        assertThat(accept(ASKERSUND + "/structure?asOf=2026-01-01", "text/*").contentType()).startsWith("text/turtle");
        assertThat(accept(ASKERSUND + "/structure?asOf=2026-01-01", "text/turtle;q=0.5, text/csv").contentType())
                .startsWith("text/csv");
    }

    @Test
    void aFinalAnswerInEveryRepresentationCarriesItsOwnEtagAndIsAnswered304() {
        Set<String> etags = new HashSet<>();
        for (String type : List.of("application/json", "application/ld+json", "text/turtle", "text/csv")) {
            String path = ASKERSUND + "/diff?" + CUT_OVER + "&" + SETTLED;
            RunningLedger.Response first = accept(path, type);
            String etag = first.header("ETag");
            assertThat(etag).as(type).startsWith("\"").doesNotStartWith("W/");
            assertThat(first.headers().entrySet()).filteredOn(header -> header.getKey().equalsIgnoreCase("Vary"))
                    .flatExtracting(Map.Entry::getValue).contains("Accept");
            assertThat(first.header("Cache-Control")).contains("immutable");
            RunningLedger.Response again = ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path))
                    .header("Accept", type).header("If-None-Match", etag).GET());
            assertThat(again.status()).as(type).isEqualTo(304);
            etags.add(etag);
        }
        assertThat(etags).hasSize(4);
        RunningLedger.Response now = accept(ASKERSUND + "/structure?asOf=2026-01-01", "text/turtle");
        assertThat(now.header("ETag")).isNull();
        assertThat(now.header("Cache-Control")).contains("no-cache");
    }

    @Test
    void aDownloadIsNamedByItsDateAndExtensionAndAnsweredAsTheTypeItNames() {
        RunningLedger.Response turtle = ledger.get(ASKERSUND + "/structure.ttl?asOf=2026-01-01&" + SETTLED);
        assertThat(turtle.status()).isEqualTo(200);
        assertThat(turtle.header("Content-Disposition")).contains("attachment").contains("askersund-2026-01-01.ttl");
        assertThat(rdf(turtle, Lang.TURTLE).size()).isPositive();
        RunningLedger.Response csv = ledger.get(ASKERSUND + "/diff.csv?" + CUT_OVER);
        assertThat(csv.header("Content-Disposition")).contains("askersund-changes-2025-12-31-2026-01-01.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(ledger.get(ASKERSUND + "/structure.jsonld?asOf=2026-01-01").contentType())
                .startsWith("application/ld+json");
        assertThat(ledger.get(ASKERSUND + "/structure.xml").status()).isEqualTo(404);
    }

    @Test
    void theOpenDataIsReadUnderTheSameRulesAsTheJson() {
        assertThat(ledger.as(null).get(ASKERSUND + "/structure.ttl").status()).isEqualTo(401);
        assertThat(ledger.as(RunningLedger.READER).get(ASKERSUND + "/structure.ttl").status()).isEqualTo(200);
        assertThat(accept(ASKERSUND + "/structure?asof=2026-01-01", "text/turtle").status()).isEqualTo(400);
        assertThat(accept(ASKERSUND + "/diff?from=2026-01-01&to=2025-12-31", "text/csv").status()).isEqualTo(400);
        assertThat(accept("/api/v1/organisations/nowhere/structure", "application/ld+json").status())
                .isEqualTo(404);
    }

    private static final String SERVICE_LINE = """
            ?event ledger:committee/dcterms:identifier ?namnd ;
                   ledger:servingUnit [ a org:OrganizationalUnit ; dcterms:identifier ?unit ] .
            BIND(CONCAT(?namnd, " ", ?unit) AS ?subject)""";
    private static final String MEMBERSHIP_LINE = """
            ?event ledger:committee ?namnd ;
                   ledger:membership [ a org:Membership ; org:organization ?namnd ;
                                       org:member [ a org:FormalOrganization ; skos:prefLabel ?kommun ] ] .
            ?namnd dcterms:identifier ?namndId .
            BIND(CONCAT(?namndId, " ", ?kommun) AS ?subject)""";

    /**
     * For each kind, the pattern that binds what a change event is about ({@code ?subject}) and what it says of it
     * ({@code ?detail}), as {@link #jsonLines} reads them from the JSON diff.
     */
    private static final Map<String, String> RDF_LINES = Map.ofEntries(
            Map.entry("established", "?event org:resultingOrganization/dcterms:identifier ?subject ."),
            Map.entry("dissolved", "?event org:originalOrganization/dcterms:identifier ?subject ."),
            Map.entry("moved", """
                    ?event org:resultingOrganization/dcterms:identifier ?subject ;
                           ledger:fromParent/dcterms:identifier ?from ; ledger:toParent/dcterms:identifier ?to .
                    BIND(CONCAT(?from, ">", ?to) AS ?detail)"""),
            Map.entry("renamed", """
                    ?event org:resultingOrganization/dcterms:identifier ?subject ; ledger:previousName ?detail ."""),
            Map.entry("kindChanged", """
                    ?event org:resultingOrganization ?unit ; ledger:previousClassification ?before .
                    ?unit dcterms:identifier ?subject ; org:classification ?after .
                    BIND(CONCAT(STRAFTER(STR(?before), "#"), ">", STRAFTER(STR(?after), "#")) AS ?detail)"""),
            Map.entry("authorityChanged", """
                    ?event org:resultingOrganization [ dcterms:identifier ?subject ; ledger:authority ?a ] .
                    BIND(STR(?a) AS ?detail)"""),
            Map.entry("chefRoleEstablished", "?event ledger:post [ a org:Post ; dcterms:identifier ?subject ] ."),
            Map.entry("chefRoleEnded", "?event ledger:post [ a org:Post ; dcterms:identifier ?subject ] ."),
            Map.entry("appointment", """
                    ?event ledger:post [ a org:Post ; dcterms:identifier ?subject ] ; ledger:roleEnded ?ended .
                    BIND(STR(?ended) AS ?detail)"""),
            Map.entry("reglemente", """
                    ?event ledger:committee/dcterms:identifier ?subject ; ledger:reglemente ?detail ."""),
            Map.entry("committeeRegistered", """
                    ?event org:resultingOrganization ?namnd ; ledger:committee ?namnd .
                    ?namnd a org:Organization , cv:PublicOrganisation ; dcterms:identifier ?subject ;
                           dcterms:type ?detail ."""),
            Map.entry("committeeDissolved", """
                    ?event org:originalOrganization ?namnd ; ledger:committee ?namnd .
                    ?namnd a org:Organization , cv:PublicOrganisation ; dcterms:identifier ?subject ;
                           dcterms:type ?detail ."""),
            Map.entry("serviceStarted", SERVICE_LINE),
            Map.entry("serviceEnded", SERVICE_LINE),
            Map.entry("membershipStarted", MEMBERSHIP_LINE),
            Map.entry("membershipEnded", MEMBERSHIP_LINE));

    /** Every line of a JSON diff, of every kind: what it did, to what, what it says of it, and its decision. */
    private static List<String> jsonLines(JsonNode diff) {
        List<String> lines = new ArrayList<>();
        for (JsonNode unit : diff.get("established")) {
            lines.add(jsonLine("established", unit.get("id").asText(), "", unit));
        }
        for (JsonNode unit : diff.get("dissolved")) {
            List<String> successors = new ArrayList<>();
            unit.get("successors").forEach(successor -> successors.add(successor.get("id").asText()));
            lines.add(jsonLine("dissolved", unit.get("id").asText(), String.join(" ", sorted(successors)), unit));
        }
        for (JsonNode unit : diff.get("moved")) {
            lines.add(jsonLine("moved", unit.get("id").asText(),
                    unit.at("/fromParent/id").asText() + ">" + unit.at("/toParent/id").asText(), unit));
        }
        for (JsonNode unit : diff.get("renamed")) {
            lines.add(jsonLine("renamed", unit.get("id").asText(), unit.get("from").asText(), unit));
        }
        for (JsonNode unit : diff.get("kindChanged")) {
            lines.add(jsonLine("kindChanged", unit.get("id").asText(),
                    unit.get("from").asText() + ">" + unit.get("to").asText(), unit));
        }
        for (JsonNode unit : diff.get("authorityChanged")) {
            lines.add(jsonLine("authorityChanged", unit.get("id").asText(), unit.get("authority").asText(), unit));
        }
        for (JsonNode role : diff.get("chefRolesEstablished")) {
            lines.add(jsonLine("chefRoleEstablished", role.get("id").asText(), "", role));
        }
        for (JsonNode role : diff.get("chefRolesEnded")) {
            lines.add(jsonLine("chefRoleEnded", role.get("id").asText(), "", role));
        }
        for (JsonNode appointment : diff.get("appointments")) {
            lines.add(jsonLine("appointment", appointment.get("chefRoleId").asText(),
                    appointment.get("roleEnded").asText(), appointment));
        }
        for (JsonNode reglemente : diff.get("reglementen")) {
            lines.add(jsonLine("reglemente", reglemente.get("committeeId").asText(),
                    reglemente.get("version").asText(), reglemente));
        }
        for (JsonNode namnd : diff.get("committeesRegistered")) {
            lines.add(jsonLine("committeeRegistered", namnd.get("id").asText(), label(namnd), namnd));
        }
        for (JsonNode namnd : diff.get("committeesDissolved")) {
            lines.add(jsonLine("committeeDissolved", namnd.get("id").asText(), label(namnd), namnd));
        }
        for (JsonNode service : diff.get("services")) {
            lines.add(jsonLine(service.get("started").asBoolean() ? "serviceStarted" : "serviceEnded",
                    service.get("committeeId").asText() + " " + service.at("/unit/id").asText(), "", service));
        }
        for (JsonNode membership : diff.get("memberships")) {
            lines.add(jsonLine(membership.get("joined").asBoolean() ? "membershipStarted" : "membershipEnded",
                    membership.get("committeeId").asText() + " " + membership.get("municipality").asText(), "",
                    membership));
        }
        return lines;
    }

    private static String label(JsonNode namnd) {
        return label(namnd.get("type").asText());
    }

    private static String jsonLine(String kind, String subject, String detail, JsonNode item) {
        JsonNode decision = item.at("/cause/decision");
        return line(kind, subject, detail, decision.path("id").asText(""), decision.path("organ").asText(""),
                decision.path("decidedOn").asText(""));
    }

    private static String line(String kind, String subject, String detail, String decisionId, String organ,
                               String decidedOn) {
        return String.join(" ", kind, "[" + subject + "]", "[" + (detail == null ? "" : detail) + "]",
                "[" + (decisionId == null ? "" : decisionId) + "]", "[" + (organ == null ? "" : organ) + "]",
                "[" + (decidedOn == null ? "" : decidedOn) + "]");
    }

    private static String successors(Model graph, QuerySolution event) {
        return String.join(" ", sorted(new ArrayList<>(strings(select(graph, """
                SELECT ?id WHERE { <%s> org:resultingOrganization/dcterms:identifier ?id }"""
                .formatted(event.getResource("event").getURI())), "id"))));
    }

    private static String csvSubject(CSVRecord record) {
        String kind = record.get("change");
        if (kind.startsWith("service")) {
            return record.get("committeeId") + " " + record.get("unitId");
        }
        if (kind.startsWith("membership")) {
            return record.get("committeeId") + " " + record.get("municipality");
        }
        if (!record.get("chefRoleId").isEmpty()) {
            return record.get("chefRoleId");
        }
        return record.get("unitId").isEmpty() ? record.get("committeeId") : record.get("unitId");
    }

    private static String csvDetail(CSVRecord record) {
        return switch (record.get("change")) {
            case "dissolved" -> String.join(" ", sorted(List.of(record.get("successorIds").split(" "))));
            case "moved" -> record.get("parentBeforeId") + ">" + record.get("parentAfterId");
            case "renamed" -> record.get("previousName");
            case "kindChanged" -> record.get("previousKind") + ">" + record.get("unitKind");
            case "authorityChanged" -> record.get("authority");
            case "appointment" -> record.get("roleEnded");
            case "reglemente" -> record.get("reglemente");
            case "committeeRegistered", "committeeDissolved" -> label(record.get("committeeType"));
            default -> "";
        };
    }

    /** A nämnd's type as the linked data names it (dcterms:type): the stored word in the PM's spelling. */
    private static String label(String type) {
        return switch (type) {
            case "gemensam_namnd" -> "gemensam nämnd";
            case "kommunfullmaktige" -> "kommunfullmäktige";
            case "namnd" -> "nämnd";
            default -> type;
        };
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.removeIf(String::isEmpty);
        copy.sort(null);
        return copy;
    }

    private RunningLedger.Response accept(String path, String type) {
        return ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path)).header("Accept", type).GET());
    }

    private String pageOf(String iri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", iri.substring(BASE.length()));
        for (HandlerMapping mapping : ledger.bean(DispatcherServlet.class).getHandlerMappings()) {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
                return method.getBeanType().getSimpleName();
            }
        }
        return null;
    }

    private static Model rdf(RunningLedger.Response response, Lang lang) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return RDFParser.create().fromString(response.body()).lang(lang).toModel();
    }

    private static List<QuerySolution> select(Model model, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(PREFIXES + query).build()) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static Set<String> strings(List<QuerySolution> rows, String variable) {
        Set<String> values = new TreeSet<>();
        for (QuerySolution row : rows) {
            values.add(row.get(variable).isLiteral() ? row.getLiteral(variable).getString()
                    : row.getResource(variable).getURI());
        }
        return values;
    }

    private static String text(QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getString() : null;
    }

    private static List<CSVRecord> read(String body) throws IOException {
        assertThat(body).startsWith(CsvTable.BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(body.substring(1))).getRecords();
    }

    private static void flatten(JsonNode unit, String parentId, Map<String, String> parents,
                                Map<String, String> names) {
        if (parentId != null) {
            parents.put(unit.get("id").asText(), parentId);
            names.put(unit.get("id").asText(), unit.get("name").asText());
        }
        unit.get("children").forEach(child -> flatten(child, unit.get("id").asText(), parents, names));
    }

    private static void rows(JsonNode unit, String parentId, List<String> path, JsonNode provenance,
                             List<List<String>> rows) {
        String id = unit.get("id").asText();
        boolean unitIllustrative = provenance.at("/units/" + id + "/illustrative").asBoolean();
        List<String> common = List.of(id, unit.get("name").asText(), unit.get("kind").asText(),
                parentId == null ? "" : parentId, String.join(" / ", path));
        String authority = unit.get("authority").asText();
        if (unit.get("chefRoles").isEmpty()) {
            rows.add(concat(common, List.of("", "", "", "", authority, String.valueOf(unitIllustrative))));
        }
        for (JsonNode role : unit.get("chefRoles")) {
            String roleId = role.get("id").asText();
            JsonNode holder = role.get("holder");
            boolean illustrative = unitIllustrative
                    || provenance.at("/chefRoles/" + roleId + "/illustrative").asBoolean()
                    || provenance.at("/holders/" + roleId + "/illustrative").asBoolean();
            rows.add(concat(common, List.of(roleId, role.get("title").asText(),
                    holder == null || holder.isNull() ? "" : holder.get("id").asText(),
                    holder == null || holder.isNull() ? "" : holder.get("name").asText(), authority,
                    String.valueOf(illustrative))));
        }
        path.add(unit.get("name").asText());
        unit.get("children").forEach(child -> rows(child, id, path, provenance, rows));
        path.remove(path.size() - 1);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
