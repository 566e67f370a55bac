package se.reorgledger.benchmarks.writers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organisation the writers benchmark registers for itself, and the JSON of what it sends: a kommun marked
 * illustrative, under it one förvaltning per writer (each writer's own subtree, so that no two writers' packages
 * touch the same unit), and packages of changes within a subtree. Every identifier holds the run's own prefix, the
 * phase and the writer, so every package is new and valid against everything recorded before it.
 */
final class BenchmarkOrganisation {

    static final LocalDate SUBTREES_FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2026, 2, 1);
    private static final LocalDate RENAMED_ON = LocalDate.of(2026, 3, 1);

    private final String id;

    BenchmarkOrganisation(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    String registration() {
        return "{\"id\":\"" + id + "\",\"name\":\"Skrivprovets kommun (benchmark " + id + ")\"}";
    }

    String decisionsPath() {
        return "/api/v1/organisations/" + id + "/decisions";
    }

    String packagePath(String decision) {
        return decisionsPath() + "/" + decision + "/changes";
    }

    /** A decision of kommunstyrelsen, illustrative: the benchmark's packages are no kommun's. */
    static String decision(String decision) {
        return "{\"id\":\"" + decision + "\",\"organ\":\"Kommunstyrelsen\",\"decidedOn\":\"2025-12-01\","
                + "\"title\":\"Benchmark package of " + decision + "\",\"illustrative\":true}";
    }

    /** The förvaltning a writer works under, established directly under the kommun. */
    String subtree(String writer) {
        return "{\"changes\":[{\"type\":\"establishUnit\",\"unitId\":\"" + writer + "\",\"name\":\"Förvaltning "
                + writer + "\",\"kind\":\"forvaltning\",\"parentId\":\"" + id + "\",\"effectiveDate\":\""
                + SUBTREES_FROM + "\"}]}";
    }

    /**
     * A package of {@code changes} changes under {@code writer}'s förvaltning, as a reorganisation makes them: a
     * third establish new avdelningar, a third give those a chef role, the rest rename some of them a month later.
     * {@code name} makes its identifiers unique; one change is one establishment. Returns the JSON and how many
     * units it establishes.
     */
    static Package reorganisation(String writer, String name, int changes) {
        int units = (changes + 2) / 3;
        int roles = Math.min(units, changes - units);
        int renames = changes - units - roles;
        List<String> items = new ArrayList<>(changes);
        for (int u = 0; u < units; u++) {
            items.add("{\"type\":\"establishUnit\",\"unitId\":\"" + unit(name, u) + "\",\"name\":\"Avdelning "
                    + name + " " + u + "\",\"kind\":\"avdelning\",\"parentId\":\"" + writer + "\","
                    + "\"effectiveDate\":\"" + ESTABLISHED_ON + "\"}");
        }
        for (int r = 0; r < roles; r++) {
            items.add("{\"type\":\"establishChefRole\",\"chefRoleId\":\"chef-" + unit(name, r) + "\",\"unitId\":\""
                    + unit(name, r) + "\",\"title\":\"Avdelningschef\",\"effectiveDate\":\"" + ESTABLISHED_ON + "\"}");
        }
        for (int n = 0; n < renames; n++) {
            items.add("{\"type\":\"renameUnit\",\"unitId\":\"" + unit(name, n) + "\",\"name\":\"Avdelningen för "
                    + name + " " + n + "\",\"effectiveDate\":\"" + RENAMED_ON + "\"}");
        }
        return new Package("{\"changes\":[" + String.join(",", items) + "]}", units);
    }

    /** A package's body and the units it establishes. */
    record Package(String json, int units) {
    }

    private static String unit(String name, int index) {
        return String.format(Locale.ROOT, "%s-%d", name, index);
    }
}
