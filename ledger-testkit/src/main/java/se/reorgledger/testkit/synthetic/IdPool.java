package se.reorgledger.testkit.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Identifiers to pick from at random in constant time, in an order that depends only on what was added. */
final class IdPool {

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    void add(String id) {
        if (!positions.containsKey(id)) {
            positions.put(id, ids.size());
            ids.add(id);
        }
    }

    void remove(String id) {
        Integer position = positions.remove(id);
        if (position == null) {
            return;
        }
        String last = ids.remove(ids.size() - 1);
        if (position < ids.size()) {
            ids.set(position, last);
            positions.put(last, position);
        }
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    int size() {
        return ids.size();
    }

    String pick(Random random) {
        return ids.get(random.nextInt(ids.size()));
    }
}
