package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes of the service, each a JVM of its own, on one PostgreSQL database: any of them takes writes, each
 * answers reads from its own read models, a client reads its own write on any node, a node killed under load
 * loses nothing acknowledged, and the read models of all nodes end equal.
 */
class SeveralNodesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofMinutes(3);
    private static final int ORGANISATIONS = 3;

    @TempDir
    Path folder;

    private final PostgresSchema schema = new PostgresSchema();
    private final List<ServiceProcess> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (ServiceProcess node : nodes) {
            node.close();
        }
        schema.close();
    }

    private Map<String, String> settingsOf(int node) {
        Map<String, String> settings = new HashMap<>();
        schema.settings().forEach((name, value) -> settings.put(name, String.valueOf(value)));
        settings.put("LEDGER_DATA_DIR", folder.resolve("node-" + node).toString());
        settings.put("LEDGER_WITNESS_HOME", folder.resolve("witness-home-" + node).toString());
        return settings;
    }

    private ServiceProcess startNode(int node) throws Exception {
        ServiceProcess started = ServiceProcess.start(folder, settingsOf(node), folder.resolve("node-" + node + ".log"));
        started.awaitReady(START);
        return started;
    }

    @Test
    void threeNodesShareOneLedgerAndEndWithEqualReadModels() throws Exception {
        nodes.add(startNode(1));
        for (int org = 0; org < ORGANISATIONS; org++) {
            expect(201, nodes.get(0).post("/api/v1/organisations", "{\"id\":\"nod-%d\",\"name\":\"Nod %d\"}"
                    .formatted(org, org)));
            expect(201, nodes.get(0).post("/api/v1/organisations/nod-" + org + "/decisions", """
                    {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","title":"Noder",
                     "illustrative":true}"""));
        }
        CompletableFuture<ServiceProcess> second = CompletableFuture.supplyAsync(() -> start(2));
        CompletableFuture<ServiceProcess> third = CompletableFuture.supplyAsync(() -> start(3));
        nodes.add(second.get(4, TimeUnit.MINUTES));
        nodes.add(third.get(4, TimeUnit.MINUTES));

        aRefusalIsNeverDecidedOnAnOrganisationAnotherNodeHasChanged();
        aClientReadsItsOwnWriteOnAnyNode();
        conflictingPackagesThroughTwoNodesHaveOneWinner();
        Set<String> acknowledged = writeThroughAllNodesAndKillOne();

        nodes.set(2, startNode(3));
        for (ServiceProcess node : nodes) {
            assertThat(unitsOn(node)).as("every acknowledged package on every node").containsAll(acknowledged);
        }
        long head = JSON.readTree(nodes.get(0).get("/api/v1/ledger/head").body()).get("globalIndex").asLong();
        Set<String> checksums = new HashSet<>();
        for (ServiceProcess node : nodes) {
            checksums.add(checksumAt(node, head));
        }
        assertThat(checksums).as("the read models of the three nodes at position " + head).hasSize(1);
    }

    private ServiceProcess start(int node) {
        try {
            return startNode(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Node 1 holds nod-0 in its cache; node 2 adds a unit to it; node 1 must see it when it decides. */
    private void aRefusalIsNeverDecidedOnAnOrganisationAnotherNodeHasChanged() throws Exception {
        expect(201, nodes.get(0).post(changes(0), LedgerApiContract.packageOf(
                LedgerApiContract.establish("cachad", "Cachad", "forvaltning", "nod-0", "2026-01-01"))));
        expect(201, nodes.get(1).post(changes(0), LedgerApiContract.packageOf(
                LedgerApiContract.establish("ny-forvaltning", "Ny förvaltning", "forvaltning", "nod-0",
                        "2026-01-01"))));

        HttpResponse<String> underTheNewUnit = nodes.get(0).post(changes(0), LedgerApiContract.packageOf(
                LedgerApiContract.establish("ny-avdelning", "Ny avdelning", "avdelning", "ny-forvaltning",
                        "2026-01-01")));

        assertThat(underTheNewUnit.statusCode()).as(underTheNewUnit.body()).isEqualTo(201);
    }

    private void aClientReadsItsOwnWriteOnAnyNode() throws Exception {
        HttpResponse<String> written = nodes.get(1).post(changes(1), LedgerApiContract.packageOf(
                LedgerApiContract.establish("las-din-skrivning", "Läs din skrivning", "forvaltning", "nod-1",
                        "2026-01-01")));
        expect(201, written);
        String position = written.headers().firstValue("Ledger-Position").orElseThrow();

        HttpResponse<String> read = nodes.get(2).get("/api/v1/organisations/nod-1/units?asOf=2026-01-01",
                Map.of("Ledger-Min-Position", position));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("las-din-skrivning");
    }

    private void conflictingPackagesThroughTwoNodesHaveOneWinner() throws Exception {
        String same = LedgerApiContract.packageOf(LedgerApiContract.establish("tvist", "Tvist", "forvaltning",
                "nod-2", "2026-01-01"));
        String other = LedgerApiContract.packageOf(LedgerApiContract.establish("tvist", "Annan tvist",
                "forvaltning", "nod-2", "2026-01-01"));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(0, changes(2), same));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> post(1, changes(2), other));

        List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

        assertThat(statuses).as(first.get().body() + " / " + second.get().body()).containsOnlyOnce(201);
        assertThat(statuses.stream().filter(status -> status != 201).findFirst().orElseThrow())
                .isBetween(409, 422);
    }

    /** Nine writers, three per node; node 3 is killed with kill -9 halfway. */
    private Set<String> writeThroughAllNodesAndKillOne() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(9);
        for (int w = 0; w < 9; w++) {
            int writer = w;
            writers.submit(() -> {
                ServiceProcess node = nodes.get(writer % 3);
                int org = writer % ORGANISATIONS;
                for (int i = 0; running.get(); i++) {
                    String unit = "n" + writer + "-" + i;
                    try {
                        HttpResponse<String> answer = node.post(changes(org), LedgerApiContract.packageOf(
                                LedgerApiContract.establish(unit, "Enhet " + unit, "forvaltning", "nod-" + org,
                                        "2026-01-01")));
                        if (answer.statusCode() == 201) {
                            acknowledged.add(unit);
                        } else {
                            assertThat(answer.statusCode()).as(answer.body()).isLessThan(500);
                        }
                    } catch (IOException | InterruptedException killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(3000);
        nodes.get(2).kill();
        Thread.sleep(3000);
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(acknowledged).as("packages acknowledged under load").hasSizeGreaterThan(9);
        return acknowledged;
    }

    private HttpResponse<String> post(int node, String path, String body) {
        try {
            return nodes.get(node).post(path, body);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String changes(int org) {
        return "/api/v1/organisations/nod-" + org + "/decisions/ks-1/changes";
    }

    private static Set<String> unitsOn(ServiceProcess node) throws Exception {
        Set<String> units = new HashSet<>();
        for (int org = 0; org < ORGANISATIONS; org++) {
            HttpResponse<String> answer = node.get("/api/v1/organisations/nod-" + org + "/units?asOf=2026-01-01");
            expect(200, answer);
            units.addAll(JSON.readTree(answer.body()).findValuesAsText("id"));
        }
        return units;
    }

    private static String checksumAt(ServiceProcess node, long position) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode state = JSON.readTree(node.get("/api/v1/admin/projections").body());
            if (state.get("position").asLong() >= position) {
                assertThat(state.get("position").asLong()).isEqualTo(position);
                return state.get("checksum").asText();
            }
            assertThat(System.nanoTime()).as("the node's read models reach " + position).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }
}
