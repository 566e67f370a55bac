package se.reorgledger.projections.index;

import java.util.Arrays;

/**
 * The versions of many entities' tables copied side by side, in one array of bounds and one of states, each
 * table a run of places. A snapshot asks a question of a thousand tables in turn: through the tables it waits for
 * memory at the timeline, the table, its bounds and its states of each one; here it reads the runs in order, one
 * after the other, as the processor fetches them ahead. A copy of one state of the index (kept per state, see
 * {@link UnitSlots}), answering as the tables do ({@link VersionTable#find}).
 */
final class FlatVersions<S> {

    private final int[] bounds;
    private final Object[] states;
    // Table t holds the places first[t] up to first[t + 1].
    private final int[] first;
    private final boolean[] learntInOrder;
    private final int[] inForceFrom;
    private final int[] inForceTo;

    private FlatVersions(Builder<S> built) {
        boolean full = built.size == built.states.length;
        this.bounds = full ? built.bounds : Arrays.copyOf(built.bounds, VersionTable.BOUNDS * built.size);
        this.states = full ? built.states : Arrays.copyOf(built.states, built.size);
        this.first = Arrays.copyOf(built.first, built.tables + 1);
        this.learntInOrder = Arrays.copyOf(built.learntInOrder, built.tables);
        this.inForceFrom = Arrays.copyOf(built.inForceFrom, built.tables);
        this.inForceTo = Arrays.copyOf(built.inForceTo, built.tables);
    }

    /** The places of all tables together. */
    int size() {
        return states.length;
    }

    /** {@link VersionTable#mayBeInForceOn} of table {@code table}. */
    boolean mayBeInForceOn(int table, int day) {
        return inForceFrom[table] <= day && day < inForceTo[table];
    }

    /** The place of the version of table {@code table} valid on {@code day} as known at {@code epoch}, or -1. */
    int at(int table, int day, int epoch) {
        return VersionTable.find(bounds, first[table], first[table + 1], learntInOrder[table], day, epoch);
    }

    /** The state at a place {@link #at} gave. */
    @SuppressWarnings("unchecked")
    S state(int place) {
        return (S) states[place];
    }

    /** Collects tables in order ({@link VersionTable#appendTo}). */
    static final class Builder<S> {

        private int[] bounds;
        private Object[] states;
        private int size;
        private int[] first;
        private boolean[] learntInOrder;
        private int[] inForceFrom;
        private int[] inForceTo;
        private int tables;

        /** Room for {@code tables} tables of {@code versions} versions in all; more can be added. */
        Builder(int tables, int versions) {
            this.bounds = new int[VersionTable.BOUNDS * versions];
            this.states = new Object[versions];
            this.first = new int[tables + 1];
            this.learntInOrder = new boolean[tables];
            this.inForceFrom = new int[tables];
            this.inForceTo = new int[tables];
        }

        void add(int[] tableBounds, Object[] tableStates, int count, boolean inOrder, int from, int to) {
            if (tables + 1 >= first.length) {
                int capacity = Math.max(2, first.length * 2);
                first = Arrays.copyOf(first, capacity);
                learntInOrder = Arrays.copyOf(learntInOrder, capacity);
                inForceFrom = Arrays.copyOf(inForceFrom, capacity);
                inForceTo = Arrays.copyOf(inForceTo, capacity);
            }
            if (size + count > states.length) {
                int capacity = Math.max(size + count, states.length * 2);
                bounds = Arrays.copyOf(bounds, VersionTable.BOUNDS * capacity);
                states = Arrays.copyOf(states, capacity);
            }
            System.arraycopy(tableBounds, 0, bounds, VersionTable.BOUNDS * size, VersionTable.BOUNDS * count);
            System.arraycopy(tableStates, 0, states, size, count);
            learntInOrder[tables] = inOrder;
            inForceFrom[tables] = from;
            inForceTo[tables] = to;
            size += count;
            tables++;
            first[tables] = size;
        }

        FlatVersions<S> build() {
            return new FlatVersions<>(this);
        }
    }
}
