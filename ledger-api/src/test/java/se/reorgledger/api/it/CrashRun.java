package se.reorgledger.api.it;

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
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One store through many crashes: writers record packages while the service is killed ({@code kill -9}) at a
 * random moment or within milliseconds after an acknowledgement; after each restart every acknowledged package
 * must be there. At the end, no package may be recorded twice, a fresh rebuild must equal the read models, and
 * the ledger must verify.
 */
final class CrashRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ORGANISATIONS = 4;
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final String store;
    private final Map<String, String> settings;
    private final Path folder;
    private final int writers;
    private final Random random;
    private final long seed;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private int killsAfterAcknowledgement;
    private int killsAtRandom;
    private long restartMillis;
    private ServiceProcess service;

    CrashRun(String store, Map<String, String> settings, Path folder, int writers, long seed) {
        this.store = store;
        this.settings = settings;
        this.folder = folder;
        this.writers = writers;
        this.seed = seed;
        this.random = new Random(seed);
    }

    CrashReport run(int kills) throws Exception {
        service = start();
        for (int org = 0; org < ORGANISATIONS; org++) {
            expect(201, service.post("/api/v1/organisations", "{\"id\":\"crash-%d\",\"name\":\"Krasch %d\"}"
                    .formatted(org, org)));
            expect(201, service.post("/api/v1/organisations/crash-" + org + "/decisions", """
                    {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 1",
                     "caseNumber":"KS 2025/1","title":"Krasch","illustrative":true}"""));
        }
        try {
            for (int cycle = 1; cycle <= kills; cycle++) {
                loadAndKill(cycle);
                keepAsKilled();
                long started = System.nanoTime();
                service = start();
                restartMillis += (System.nanoTime() - started) / 1_000_000;
                List<String> lost = lost();
                if (!lost.isEmpty()) {
                    return report(kills, lost.size(), -1, false, false);
                }
            }
            return report(kills, 0, duplicated(), rebuildMatches(), verifies());
        } finally {
            service.close();
        }
    }

    private ServiceProcess start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            ServiceProcess started = ServiceProcess.start(folder, settings,
                    folder.resolve("service-" + store + ".log"));
            try {
                started.awaitReady(START_PATIENCE);
                return started;
            } catch (IllegalStateException failed) {
                started.close();
                // Another process on this machine may take the free port chosen for the service before it binds.
                if (attempt == 3 || !started.lostItsPort()) {
                    keepEvidence();
                    throw failed;
                }
            }
        }
    }

    /**
     * The service's log and its data folder, kept beside the build's reports for whoever must find out why; with
     * the data folder as the kill left it, before the failed start opened (and perhaps rewrote) its database.
     */
    private void keepEvidence() throws IOException {
        Path evidence = Path.of("target", "crash-suite", "failed-start-" + store);
        copyTree(folder, evidence);
        if (java.nio.file.Files.isDirectory(asKilled())) {
            copyTree(asKilled(), evidence.resolve("as-killed"));
        }
    }

    /** A copy of the data folder as the last kill left it (only the latest is kept). */
    private void keepAsKilled() throws IOException {
        Path data = folder.resolve("data");
        if (!java.nio.file.Files.isDirectory(data)) {
            return;
        }
        if (java.nio.file.Files.exists(asKilled())) {
            try (var files = java.nio.file.Files.walk(asKilled())) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
        }
        copyTree(data, asKilled());
    }

    private Path asKilled() {
        return folder.resolveSibling(folder.getFileName() + "-as-killed");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        java.nio.file.Files.createDirectories(to);
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(copy);
                } else {
                    java.nio.file.Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void loadAndKill(int cycle) throws InterruptedException {
        boolean afterAcknowledgement = cycle % 2 == 0;
        AtomicBoolean armed = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        ServiceProcess target = service;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> write(target, cycle, writer, running, armed));
        }
        Thread.sleep(200 + random.nextInt(1300));
        boolean killedByAWriter = false;
        if (afterAcknowledgement) {
            armed.set(true);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (armed.get() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            killedByAWriter = !armed.getAndSet(false);
        }
        if (killedByAWriter) {
            killsAfterAcknowledgement++;
        } else {
            killsAtRandom++;
        }
        target.kill();
        running.set(false);
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("writers did not stop after the kill");
        }
    }

    private void write(ServiceProcess target, int cycle, int writer, AtomicBoolean running, AtomicBoolean armed) {
        String organisation = "crash-" + (writer % ORGANISATIONS);
        for (int i = 0; running.get(); i++) {
            String unit = "w" + writer + "-c" + cycle + "-" + i;
            unanswered.add(unit);
            HttpResponse<String> answer;
            try {
                answer = target.post("/api/v1/organisations/" + organisation + "/decisions/ks-1/changes",
                        LedgerApiContract.packageOf(LedgerApiContract.establish(unit, "Enhet " + unit,
                                "forvaltning", organisation, "2026-01-01")));
            } catch (IOException | InterruptedException killed) {
                return;
            }
            unanswered.remove(unit);
            if (answer.statusCode() == 201) {
                acknowledged.add(organisation + "/" + unit);
                if (armed.compareAndSet(true, false)) {
                    try {
                        target.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
            } else {
                refusals.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    /** Acknowledged packages whose unit the restarted service does not hold. */
    private List<String> lost() throws IOException, InterruptedException {
        Set<String> present = new HashSet<>();
        for (int org = 0; org < ORGANISATIONS; org++) {
            HttpResponse<String> units = service.get("/api/v1/organisations/crash-" + org + "/units?asOf=2026-01-01");
            expect(200, units);
            for (String id : JSON.readTree(units.body()).findValuesAsText("id")) {
                present.add("crash-" + org + "/" + id);
            }
        }
        List<String> lost = new ArrayList<>();
        for (String package_ : acknowledged) {
            if (!present.contains(package_)) {
                lost.add(package_);
            }
        }
        return lost;
    }

    /** Units established more than once in the stored ledger itself, read from its export. */
    private int duplicated() throws IOException, InterruptedException {
        HttpResponse<String> export = service.get("/api/v1/ledger/export");
        expect(200, export);
        Map<String, Integer> established = new HashMap<>();
        for (String line : export.body().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = JSON.readTree(line);
            if (entry.path("payloadType").asText().endsWith("UnitEstablishedEvent")) {
                JsonNode payload = JSON.readTree(entry.get("payload").asText());
                established.merge(payload.get("organisationId").asText() + "/" + payload.get("unitId").asText(),
                        1, Integer::sum);
            }
        }
        return (int) established.values().stream().filter(count -> count > 1).count();
    }

    private boolean rebuildMatches() throws IOException, InterruptedException {
        expect(202, service.post("/api/v1/admin/projections/rebuild", ""));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(service.get("/api/v1/admin/projections/rebuild").body());
            if (!status.path("state").asText().equals("running")) {
                return status.at("/result/checksumsMatch").asBoolean(false);
            }
            Thread.sleep(100);
        }
        return false;
    }

    private boolean verifies() throws IOException, InterruptedException {
        HttpResponse<String> verification = service.get("/api/v1/ledger/verify");
        expect(200, verification);
        return JSON.readTree(verification.body()).path("intact").asBoolean(false);
    }

    private CrashReport report(int kills, int lost, int duplicated, boolean rebuildMatches, boolean intact) {
        Map<Integer, Integer> refused = new HashMap<>();
        refusals.forEach((status, count) -> refused.put(status, count.get()));
        return new CrashReport(store, seed, writers, kills, killsAfterAcknowledgement, killsAtRandom,
                acknowledged.size(), lost, duplicated, unanswered.size(), refused, rebuildMatches, intact,
                kills == 0 ? 0 : restartMillis / kills, journalRestorations().size(),
                journalRestorations().stream().mapToLong(Long::longValue).sum());
    }

    /** How many events each start put back from the embedded store's journal, as the service logged it. */
    private List<Long> journalRestorations() {
        Path log = folder.resolve("service-" + store + ".log");
        try {
            if (!java.nio.file.Files.exists(log)) {
                return List.of();
            }
            java.util.regex.Pattern restored = java.util.regex.Pattern.compile("Restored (\\d+) events from the journal");
            return java.nio.file.Files.readAllLines(log).stream().map(restored::matcher)
                    .filter(java.util.regex.Matcher::find).map(m -> Long.parseLong(m.group(1))).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
