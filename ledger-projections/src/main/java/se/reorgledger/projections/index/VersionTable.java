package se.reorgledger.projections.index;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The bitemporal versions of one entity: each is a state valid from one day until another (epoch days, end
 * exclusive) and known from one epoch until another (end exclusive). One int array of bounds and one of states
 * keep a version at a few dozen bytes; a lookup is a scan of one entity's versions, newest first.
 */
public final class VersionTable<S> {

    public static final int OPEN = Integer.MAX_VALUE;
    public static final int ALWAYS = Integer.MIN_VALUE;

    // The four bounds of version i at 4i .. 4i+3, side by side: a lookup reads one array, not four, and a
    // diff that looks up thousands of entities waits for memory once per entity instead of four times.
    private static final int VALID_FROM = 0;
    private static final int VALID_TO = 1;
    private static final int KNOWN_FROM = 2;
    private static final int KNOWN_TO = 3;
    static final int BOUNDS = 4;
    /** Tables of up to this many versions are scanned from the newest; larger ones are searched first. */
    private static final int SCANNED_WHOLE = 16;

    private final Predicate<? super S> inForce;
    private int[] bounds = new int[2 * BOUNDS];
    private Object[] states = new Object[2];
    private int size;
    // The days on which any version, known at any epoch, holds a state in force: outside them a query needs no
    // lookup. Most of an organisation's units are dissolved or not yet established on a given date, and a
    // snapshot or a diff passes over them with two comparisons instead of a scan of their versions.
    private int inForceFrom = OPEN;
    private int inForceTo = ALWAYS;
    // Whether the versions stand in the order they were learnt, as adding them at the end of the ledger's epochs
    // keeps them: then a question about a past epoch need not scan those learnt after it. Follows from the bounds,
    // so worked out again on load, never checkpointed.
    private boolean learntInOrder = true;

    /** @param inForce whether a state takes part in the organisation (a unit not dissolved, a role not ended) */
    VersionTable(Predicate<? super S> inForce) {
        this.inForce = inForce;
    }

    void writeTo(CheckpointOutput out) throws java.io.IOException {
        out.writeInts(bounds, BOUNDS * size);
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeValue(states[i]);
        }
        out.writeInt(inForceFrom);
        out.writeInt(inForceTo);
    }

    void readFrom(CheckpointInput in) throws java.io.IOException {
        bounds = in.readInts(2 * BOUNDS);
        size = 0;
        int count = in.readCount();
        if (count * BOUNDS > bounds.length) {
            throw new IncompatibleCheckpointException("a version table of " + count + " states and fewer bounds");
        }
        states = new Object[Math.max(2, count)];
        for (int i = 0; i < count; i++) {
            states[i] = in.readValue();
        }
        size = count;
        inForceFrom = in.readInt();
        inForceTo = in.readInt();
        learntInOrder = true;
        for (int i = 1; i < size; i++) {
            learntInOrder &= bounds[BOUNDS * (i - 1) + KNOWN_FROM] <= bounds[BOUNDS * i + KNOWN_FROM];
        }
    }

    /**
     * False when no version, as known at any epoch, holds a state in force on {@code day}: then {@link #at} on that
     * day gives null or a state out of force, at every epoch. True says only that it may.
     */
    public boolean mayBeInForceOn(int day) {
        return inForceFrom <= day && day < inForceTo;
    }

    /** The state valid on {@code day} as known at {@code epoch}, or null when there is none. */
    @SuppressWarnings("unchecked")
    public S at(int day, int epoch) {
        int found = find(bounds, 0, size, learntInOrder, day, epoch);
        return found < 0 ? null : (S) states[found];
    }

    /**
     * {@link #at} over the versions {@code first} up to {@code end} (exclusive) of an array of bounds laid out as a
     * table's: the place of the version that answers, or -1. Tables and {@link FlatVersions} answer alike through it.
     */
    static int find(int[] bounds, int first, int end, boolean learntInOrder, int day, int epoch) {
        for (int i = lastKnownFromAtOrBefore(bounds, first, end, learntInOrder, epoch); i >= first; i--) {
            int at = BOUNDS * i;
            if (bounds[at + KNOWN_FROM] <= epoch && epoch < bounds[at + KNOWN_TO]
                    && bounds[at + VALID_FROM] <= day && day < bounds[at + VALID_TO]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last version learnt at or before {@code epoch}, where a scan for what was known then starts: versions
     * are added in the order they were learnt (removing one keeps that order), so those after it were learnt
     * later and cannot answer. A table of many versions (a unit changed thousands of times) is searched; a small
     * one, or a question about what is known now, starts from its newest version.
     */
    private static int lastKnownFromAtOrBefore(int[] bounds, int first, int end, boolean learntInOrder,
                                               int epoch) {
        int last = end - 1;
        if (end - first <= SCANNED_WHOLE || !learntInOrder || bounds[BOUNDS * last + KNOWN_FROM] <= epoch) {
            return last;
        }
        int low = first;
        int high = last;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bounds[BOUNDS * middle + KNOWN_FROM] <= epoch) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }

    /** Appends every version to {@code flat}, as the next of its tables. */
    void appendTo(FlatVersions<S> flat) {
        flat.add(bounds, states, size, learntInOrder, inForceFrom, inForceTo);
    }

    /**
     * {@link #at}, but null without a lookup on a day on which no version holds a state in force. It can still
     * give a state out of force (a dissolved unit, an ended role): callers that want only those in force check.
     */
    public S atWhenMaybeInForce(int day, int epoch) {
        return mayBeInForceOn(day) ? at(day, epoch) : null;
    }

    /** The first day from which a state matching {@code test} holds, as known at {@code epoch}; null if none. */
    @SuppressWarnings("unchecked")
    public Integer firstDay(int epoch, java.util.function.Predicate<S> test) {
        Integer first = null;
        for (int i = 0; i < size; i++) {
            if (isKnownAt(i, epoch) && test.test((S) states[i])
                    && (first == null || bounds[BOUNDS * i + VALID_FROM] < first)) {
                first = bounds[BOUNDS * i + VALID_FROM];
            }
        }
        return first;
    }

    /** Whether any state is known at {@code epoch}, on any day. */
    public boolean anyKnownAt(int epoch) {
        for (int i = 0; i < size; i++) {
            if (isKnownAt(i, epoch)) {
                return true;
            }
        }
        return false;
    }

    private boolean isKnownAt(int version, int epoch) {
        return bounds[BOUNDS * version + KNOWN_FROM] <= epoch && epoch < bounds[BOUNDS * version + KNOWN_TO];
    }

    /**
     * Makes {@code segments} the timeline known from {@code epoch} on. Versions whose segment is unchanged stay
     * open; the others are closed at {@code epoch}, or dropped when they were opened in that same epoch, so that
     * the table depends only on what was known at each epoch, not on how events were batched.
     */
    void replaceFrom(int epoch, List<Segment<S>> segments) {
        boolean[] matched = new boolean[segments.size()];
        for (int i = 0; i < size; i++) {
            if (bounds[BOUNDS * i + KNOWN_TO] != OPEN && bounds[BOUNDS * i + KNOWN_TO] != epoch) {
                continue;
            }
            int match = find(segments, matched, i);
            if (match >= 0) {
                matched[match] = true;
                bounds[BOUNDS * i + KNOWN_TO] = OPEN;
            } else {
                bounds[BOUNDS * i + KNOWN_TO] = epoch;
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
            int at = BOUNDS * i;
            if (bounds[at + KNOWN_TO] == OPEN && bounds[at + VALID_TO] == OPEN && bounds[at + VALID_FROM] == from) {
                if (bounds[at + KNOWN_FROM] == epoch) {
                    removeAt(i);
                } else {
                    bounds[at + KNOWN_TO] = epoch;
                }
                return;
            }
        }
    }

    /** Opens a version from {@code epoch}, reopening an identical one closed in that same epoch. */
    void open(int epoch, int from, int to, S state) {
        for (int i = size - 1; i >= 0; i--) {
            int at = BOUNDS * i;
            if (bounds[at + KNOWN_TO] == epoch && bounds[at + VALID_FROM] == from && bounds[at + VALID_TO] == to
                    && states[i].equals(state)) {
                bounds[at + KNOWN_TO] = OPEN;
                return;
            }
        }
        add(from, to, epoch, state);
    }

    private void removeAt(int index) {
        size--;
        if (index < size) {
            copy(size, index);
            // The last version takes the place of the one removed: still in learnt order when both were learnt
            // in the same epoch, as when a version opened in an epoch is closed in it.
            learntInOrder &= (index == 0 || knownFrom(index - 1) <= knownFrom(index))
                    && (index == size - 1 || knownFrom(index) <= knownFrom(index + 1));
        }
        states[size] = null;
    }

    private int knownFrom(int version) {
        return bounds[BOUNDS * version + KNOWN_FROM];
    }

    /**
     * The unmatched segment equal to a version, or -1. Segments come in order of their first day, one per day,
     * so the one that could match is found by its first day; an unchanged one usually holds the very same state.
     */
    private int find(List<Segment<S>> segments, boolean[] matched, int version) {
        int validFrom = bounds[BOUNDS * version + VALID_FROM];
        int low = 0;
        int high = segments.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int from = segments.get(middle).validFrom();
            if (from < validFrom) {
                low = middle + 1;
            } else if (from > validFrom) {
                high = middle - 1;
            } else {
                Segment<S> segment = segments.get(middle);
                boolean same = !matched[middle] && segment.validTo() == bounds[BOUNDS * version + VALID_TO]
                        && (segment.state() == states[version] || segment.state().equals(states[version]));
                return same ? middle : -1;
            }
        }
        return -1;
    }

    private void removeEmpty() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (bounds[BOUNDS * i + KNOWN_FROM] < bounds[BOUNDS * i + KNOWN_TO]) {
                copy(i, kept++);
            }
        }
        Arrays.fill(states, kept, size, null);
        size = kept;
    }

    private void copy(int from, int to) {
        System.arraycopy(bounds, BOUNDS * from, bounds, BOUNDS * to, BOUNDS);
        states[to] = states[from];
    }

    private void add(int from, int to, int epoch, S state) {
        if (size == states.length) {
            int capacity = size + (size >> 1) + 1;
            bounds = Arrays.copyOf(bounds, capacity * BOUNDS);
            states = Arrays.copyOf(states, capacity);
        }
        int at = BOUNDS * size;
        learntInOrder &= size == 0 || bounds[at - BOUNDS + KNOWN_FROM] <= epoch;
        bounds[at + VALID_FROM] = from;
        bounds[at + VALID_TO] = to;
        bounds[at + KNOWN_FROM] = epoch;
        bounds[at + KNOWN_TO] = OPEN;
        states[size] = state;
        size++;
        if (inForce.test(state)) {
            inForceFrom = Math.min(inForceFrom, from);
            inForceTo = Math.max(inForceTo, to);
        }
    }

    public int size() {
        return size;
    }

    /** Visits every version, for checksums and diagnostics. */
    @SuppressWarnings("unchecked")
    public void forEach(VersionVisitor<S> visitor) {
        for (int i = 0; i < size; i++) {
            int at = BOUNDS * i;
            visitor.visit(bounds[at + VALID_FROM], bounds[at + VALID_TO], bounds[at + KNOWN_FROM],
                    bounds[at + KNOWN_TO], (S) states[i]);
        }
    }

    @FunctionalInterface
    public interface VersionVisitor<S> {
        void visit(int validFrom, int validTo, int knownFrom, int knownTo, S state);
    }

    /** The versions known at {@code epoch}, in order of their first day: the entity's whole timeline then. */
    @SuppressWarnings("unchecked")
    public List<Segment<S>> segmentsAt(int epoch) {
        List<Segment<S>> known = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (isKnownAt(i, epoch)) {
                known.add(new Segment<>(bounds[BOUNDS * i + VALID_FROM], bounds[BOUNDS * i + VALID_TO],
                        (S) states[i]));
            }
        }
        known.sort(java.util.Comparator.comparingInt(Segment::validFrom));
        return known;
    }

    /** A state valid from one epoch day until another, as one fold of an entity's changes gives it. */
    public record Segment<S>(int validFrom, int validTo, S state) {
    }
}
