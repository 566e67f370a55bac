package se.reorgledger.projections.index;

import java.util.Arrays;
import java.util.List;

/**
 * The bitemporal versions of one entity: each is a state valid from one day until another (epoch days, end
 * exclusive) and known from one epoch until another (end exclusive). Parallel int arrays keep a version at a few
 * dozen bytes; a lookup is a scan of one entity's versions, newest first.
 */
public final class VersionTable<S> {

    public static final int OPEN = Integer.MAX_VALUE;
    public static final int ALWAYS = Integer.MIN_VALUE;

    private int[] validFrom = new int[2];
    private int[] validTo = new int[2];
    private int[] knownFrom = new int[2];
    private int[] knownTo = new int[2];
    private Object[] states = new Object[2];
    private int size;

    /** The state valid on {@code day} as known at {@code epoch}, or null when there is none. */
    @SuppressWarnings("unchecked")
    public S at(int day, int epoch) {
        for (int i = size - 1; i >= 0; i--) {
            if (knownFrom[i] <= epoch && epoch < knownTo[i] && validFrom[i] <= day && day < validTo[i]) {
                return (S) states[i];
            }
        }
        return null;
    }

    /** The first day from which a state matching {@code test} holds, as known at {@code epoch}; null if none. */
    @SuppressWarnings("unchecked")
    public Integer firstDay(int epoch, java.util.function.Predicate<S> test) {
        Integer first = null;
        for (int i = 0; i < size; i++) {
            if (knownFrom[i] <= epoch && epoch < knownTo[i] && test.test((S) states[i])
                    && (first == null || validFrom[i] < first)) {
                first = validFrom[i];
            }
        }
        return first;
    }

    /** Whether any state is known at {@code epoch}, on any day. */
    public boolean anyKnownAt(int epoch) {
        for (int i = 0; i < size; i++) {
            if (knownFrom[i] <= epoch && epoch < knownTo[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes {@code segments} the timeline known from {@code epoch} on. Versions whose segment is unchanged stay
     * open; the others are closed at {@code epoch}, or dropped when they were opened in that same epoch, so that
     * the table depends only on what was known at each epoch, not on how events were batched.
     */
    void replaceFrom(int epoch, List<Segment<S>> segments) {
        boolean[] matched = new boolean[segments.size()];
        for (int i = 0; i < size; i++) {
            if (knownTo[i] != OPEN && knownTo[i] != epoch) {
                continue;
            }
            int match = find(segments, matched, i);
            if (match >= 0) {
                matched[match] = true;
                knownTo[i] = OPEN;
            } else {
                knownTo[i] = epoch;
            }
        }
        removeEmpty();
        for (int s = 0; s < segments.size(); s++) {
            if (!matched[s]) {
                Segment<S> segment = segments.get(s);
                add(segment.validFrom(), segment.validTo(), epoch, segment.state());
            }
        }
    }

    /** Ends the open-ended version valid from {@code from}: closed at {@code epoch}, or gone if opened in it. */
    void close(int epoch, int from) {
        for (int i = size - 1; i >= 0; i--) {
            if (knownTo[i] == OPEN && validTo[i] == OPEN && validFrom[i] == from) {
                if (knownFrom[i] == epoch) {
                    removeAt(i);
                } else {
                    knownTo[i] = epoch;
                }
                return;
            }
        }
    }

    /** Opens a version from {@code epoch}, reopening an identical one closed in that same epoch. */
    void open(int epoch, int from, int to, S state) {
        for (int i = size - 1; i >= 0; i--) {
            if (knownTo[i] == epoch && validFrom[i] == from && validTo[i] == to && states[i].equals(state)) {
                knownTo[i] = OPEN;
                return;
            }
        }
        add(from, to, epoch, state);
    }

    private void removeAt(int index) {
        size--;
        if (index < size) {
            copy(size, index);
        }
        states[size] = null;
    }

    private int find(List<Segment<S>> segments, boolean[] matched, int version) {
        for (int s = 0; s < segments.size(); s++) {
            Segment<S> segment = segments.get(s);
            if (!matched[s] && segment.validFrom() == validFrom[version] && segment.validTo() == validTo[version]
                    && segment.state().equals(states[version])) {
                return s;
            }
        }
        return -1;
    }

    private void removeEmpty() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (knownFrom[i] < knownTo[i]) {
                copy(i, kept++);
            }
        }
        Arrays.fill(states, kept, size, null);
        size = kept;
    }

    private void copy(int from, int to) {
        validFrom[to] = validFrom[from];
        validTo[to] = validTo[from];
        knownFrom[to] = knownFrom[from];
        knownTo[to] = knownTo[from];
        states[to] = states[from];
    }

    private void add(int from, int to, int epoch, S state) {
        if (size == states.length) {
            int capacity = size + (size >> 1) + 1;
            validFrom = Arrays.copyOf(validFrom, capacity);
            validTo = Arrays.copyOf(validTo, capacity);
            knownFrom = Arrays.copyOf(knownFrom, capacity);
            knownTo = Arrays.copyOf(knownTo, capacity);
            states = Arrays.copyOf(states, capacity);
        }
        validFrom[size] = from;
        validTo[size] = to;
        knownFrom[size] = epoch;
        knownTo[size] = OPEN;
        states[size] = state;
        size++;
    }

    public int size() {
        return size;
    }

    /** Visits every version, for checksums and diagnostics. */
    @SuppressWarnings("unchecked")
    public void forEach(VersionVisitor<S> visitor) {
        for (int i = 0; i < size; i++) {
            visitor.visit(validFrom[i], validTo[i], knownFrom[i], knownTo[i], (S) states[i]);
        }
    }

    @FunctionalInterface
    public interface VersionVisitor<S> {
        void visit(int validFrom, int validTo, int knownFrom, int knownTo, S state);
    }

    /** A state valid from one epoch day until another, as one fold of an entity's changes gives it. */
    record Segment<S>(int validFrom, int validTo, S state) {
    }
}
