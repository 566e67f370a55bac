package se.reorgledger.api.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import se.reorgledger.core.change.ChangeIds;

/**
 * Where each change of an import stands in its file, by the change id the ledger gives it. The ledger numbers
 * a decision's changes on from its earlier packages ({@code <decisionId>.<n>}), so the ids a package will get
 * are known before it is sent, and a refusal that names a change id can be pointed back at the change's line,
 * in this package or in one recorded earlier in the import.
 */
final class ChangeLines {

    record Location(String file, int line) {
    }

    private final Map<String, Integer> lastNumberByDecision = new HashMap<>();
    private final Map<String, Location> locationByChangeId = new HashMap<>();

    /** Notes a change id already in the ledger, so that numbering continues after it. */
    void recorded(String decisionId, String changeId) {
        int number = Integer.parseInt(changeId.substring(changeId.lastIndexOf('.') + 1));
        lastNumberByDecision.merge(decisionId, number, Math::max);
    }

    /** The ids the ledger will give the next package of {@code decisionId}, with {@code size} changes. */
    List<String> nextIds(String decisionId, int size) {
        int last = lastNumberByDecision.getOrDefault(decisionId, 0);
        return IntStream.rangeClosed(last + 1, last + size)
                .mapToObj(number -> ChangeIds.of(decisionId, number))
                .toList();
    }

    /** Ties a package's change ids, as the ledger gave them, to the lines of its changes. */
    void place(String decisionId, List<String> changeIds, List<Location> locations) {
        for (int i = 0; i < changeIds.size() && i < locations.size(); i++) {
            locationByChangeId.put(changeIds.get(i), locations.get(i));
            recorded(decisionId, changeIds.get(i));
        }
    }

    Location locate(String changeId) {
        return locationByChangeId.get(changeId);
    }
}
