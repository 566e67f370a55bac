package se.reorgledger.projections.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The register of persons: names are not dated, so each person's name is versioned by recorded time only. */
public final class PersonRegister {

    private final Map<String, Names> persons = new HashMap<>();

    void record(String personId, String name, int epoch) {
        persons.computeIfAbsent(personId, id -> new Names()).add(epoch, name);
    }

    void writeTo(CheckpointOutput out) throws java.io.IOException {
        out.writeInt(persons.size());
        for (Map.Entry<String, Names> person : persons.entrySet()) {
            out.writeValue(person.getKey());
            Names names = person.getValue();
            out.writeInt(names.size);
            for (int i = 0; i < names.size; i++) {
                out.writeInt(names.epochs[i]);
                out.writeValue(names.names[i]);
            }
        }
    }

    void readFrom(CheckpointInput in) throws java.io.IOException {
        int count = in.readCount();
        for (int p = 0; p < count; p++) {
            String id = (String) in.readValue();
            Names names = new Names();
            int size = in.readCount();
            names.epochs = new int[Math.max(1, size)];
            names.names = new String[Math.max(1, size)];
            for (int i = 0; i < size; i++) {
                names.epochs[i] = in.readInt();
                names.names[i] = (String) in.readValue();
            }
            names.size = size;
            persons.put(id, names);
        }
    }

    /** The person's name as the register held it at {@code epoch}, or null when it did not hold the person. */
    public String nameAt(String personId, int epoch) {
        Names names = persons.get(personId);
        return names == null ? null : names.at(epoch);
    }

    /** The person's names, or null when the register does not hold the person: the same object for good. */
    Names names(String personId) {
        return persons.get(personId);
    }

    /** Every person, sorted by id, with the epochs from which each name holds: for checksums. */
    public Map<String, Map<Integer, String>> contents() {
        Map<String, Map<Integer, String>> contents = new TreeMap<>();
        persons.forEach((id, names) -> contents.put(id, names.contents()));
        return contents;
    }

    /** One person's names, each from the epoch it was recorded in. */
    static final class Names {
        private int[] epochs = new int[1];
        private String[] names = new String[1];
        private int size;

        void add(int epoch, String name) {
            if (size > 0 && epochs[size - 1] == epoch) {
                names[size - 1] = name;
                return;
            }
            if (size == names.length) {
                epochs = Arrays.copyOf(epochs, size * 2);
                names = Arrays.copyOf(names, size * 2);
            }
            epochs[size] = epoch;
            names[size] = name;
            size++;
        }

        String at(int epoch) {
            for (int i = size - 1; i >= 0; i--) {
                if (epochs[i] <= epoch) {
                    return names[i];
                }
            }
            return null;
        }

        Map<Integer, String> contents() {
            Map<Integer, String> contents = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                contents.put(epochs[i], names[i]);
            }
            return contents;
        }
    }
}
