package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.api.it.AuthorizationMatrixIT.ORG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code LEDGER_PUBLIC_READS=on}: anyone reads the published part of the ledger, within a limit per address;
 * every write, the person register, exports, proofs and admin stay behind sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicReadsIT {

    private static final int BURST = 100;

    /** What a kommun publishes, as the operations guide names it: these paths, below them, and their downloads. */
    private static final List<String> PUBLISHED = List.of(ORG + "/structure",
            ORG + "/units", ORG + "/diff", ORG + "/restatements", ORG + "/decisions", ORG + "/committees", ORG + "/assignments",
            ORG + "/cooperations", ORG + "/rules", ORG + "/chef-roles", "/api/v1/vocabulary", "/api/openapi", "/problems");

    @TempDir
    static Path folder;

    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", folder.toString(), "LEDGER_PUBLIC_READS", "on",
                "LEDGER_PUBLIC_READS_BURST", BURST, "LEDGER_PUBLIC_READS_PER_MINUTE", BURST));
        AuthorizationMatrixIT.recordTheMatrixOrganisation(ledger);
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void anAnonymousClientReadsThePublishedPartAndNothingElse() {
        RunningLedger anonymous = ledger.as(null);
        List<String> wrong = new ArrayList<>();
        List<AuthorizationMatrixIT.Endpoint> endpoints = new ArrayList<>(AuthorizationMatrixIT.ENDPOINTS);
        AuthorizationMatrixIT.ENDPOINTS.stream().filter(endpoint -> endpoint.method().equals("GET"))
                .map(endpoint -> new AuthorizationMatrixIT.Endpoint("HEAD", endpoint.path(), null,
                        endpoint.leastRole()))
                .forEach(endpoints::add);
        for (AuthorizationMatrixIT.Endpoint endpoint : endpoints) {
            int status = AuthorizationMatrixIT.call(anonymous, endpoint);
            boolean published = endpoint.leastRole() == null || isPublishedRead(endpoint);
            boolean ok = published ? status != 401 && status != 403 && status < 500 : status == 401;
            if (!ok) {
                wrong.add(endpoint.method() + " " + endpoint.path() + ": " + status);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(endpoints).filteredOn(this::isPublishedRead).hasSizeGreaterThan(20);
    }

    @Test
    void anAnonymousReadAnswersTheSameAsASignedInOne() {
        RunningLedger.Response anonymous = ledger.as(null).get(ORG + "/structure?asOf=2026-01-01");
        RunningLedger.Response reader = ledger.as(RunningLedger.READER).get(ORG + "/structure?asOf=2026-01-01");

        assertThat(anonymous.status()).isEqualTo(200);
        // The same answer but for the moment it was asked at.
        JsonNode anonymousAnswer = ((ObjectNode) anonymous.json()).without("knownAt");
        JsonNode readersAnswer = ((ObjectNode) reader.json()).without("knownAt");
        assertThat(anonymousAnswer).isEqualTo(readersAnswer);
    }

    @Test
    @Order(Integer.MAX_VALUE) // it spends the address's allowance, which the other tests need
    void anAnonymousClientPastItsLimitIsAnswered429WhileSignedInClientsGoOn() {
        RunningLedger anonymous = ledger.as(null);
        RunningLedger.Response limited = null;
        for (int i = 0; i < BURST * 2 && limited == null; i++) {
            RunningLedger.Response response = anonymous.get("/problems/no-cycles");
            if (response.status() == 429) {
                limited = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
            }
        }

        assertThat(limited).as("limited within twice the burst").isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("type").asText()).endsWith("/problems/too-many-requests");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(ledger.as(RunningLedger.READER).get(ORG + "/structure").status()).isEqualTo(200);
    }

    private boolean isPublishedRead(AuthorizationMatrixIT.Endpoint endpoint) {
        String path = endpoint.path().split("\\?")[0];
        return (endpoint.method().equals("GET") || endpoint.method().equals("HEAD"))
                && (path.equals("/api/v1/organisations") || path.equals(ORG) || PUBLISHED.stream()
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")));
    }
}
