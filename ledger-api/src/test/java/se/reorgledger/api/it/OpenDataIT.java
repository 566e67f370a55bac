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
    private static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ledger: <%s/api/v1/vocabulary#>
            """.formatted(BASE);

    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_ASKERSUND", "on", "LEDGER_PUBLIC_BASE_URI", BASE + "/"));
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
            JsonNode named = ledger.get(ASKERSUND + "/units/" + id + "?asOf=2025-12-31").json().get("successors");
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
                "/api/v1/vocabulary")) {
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
    void theChangesCsvHasARowForEveryDifferenceOfTheJsonAnswer() throws IOException {
        JsonNode diff = ledger.get(ASKERSUND + "/diff?" + CUT_OVER).json();
        Set<String> expected = new HashSet<>();
        Map<String, String> kinds = Map.of("established", "established", "dissolved", "dissolved", "moved", "moved",
                "renamed", "renamed", "chefRolesEstablished", "chefRoleEstablished", "chefRolesEnded",
                "chefRoleEnded", "appointments", "appointment", "reglementen", "reglemente");
        int count = 0;
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            for (JsonNode item : diff.get(kind.getKey())) {
                // A chef role is named by chefRoleId in an appointment and by id where it was established or ended.
                String subject = item.has("chefRoleId") ? item.get("chefRoleId").asText()
                        : item.has("committeeId") ? item.get("committeeId").asText() : item.get("id").asText();
                expected.add(kind.getValue() + " " + subject + " " + item.at("/cause/decision/id").asText());
                count++;
            }
        }
        List<CSVRecord> records = read(accept(ASKERSUND + "/diff?" + CUT_OVER, "text/csv").body());

        Set<String> actual = new HashSet<>();
        for (CSVRecord record : records) {
            String subject = !record.get("chefRoleId").isEmpty() ? record.get("chefRoleId")
                    : !record.get("committeeId").isEmpty() ? record.get("committeeId") : record.get("unitId");
            actual.add(record.get("change") + " " + subject + " " + record.get("decisionId"));
        }
        assertThat(records).hasSize(count);
        assertThat(actual).isEqualTo(expected);
        assertThat(records).filteredOn(record -> record.get("unitId").equals("tekniska-forvaltningen")
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
