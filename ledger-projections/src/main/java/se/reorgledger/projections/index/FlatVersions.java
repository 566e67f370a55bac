package se.reorgledger.projections.index;

/**
 * The versions of many entities' tables copied side by side, in one array of bounds and one of states, each
 * table a run of places. A snapshot asks a question of a thousand tables in turn: through the tables it waits for
 * memory at the timeline, the table, its bounds and its states of each one; here it reads the runs in order, one
 * after the other, as the processor fetches them ahead. A copy of one state of the index (kept per state, see
 * {@link UnitSlots}), answering as the tables do ({@link VersionTable#find}). Filled once, table by table
 * ({@link VersionTable#appendTo}), before it is read.
 */
final class FlatVersions<S> {

    private final int[] bounds;
    private final Object[] states;
    // Table t holds the places first[t] up to first[t + 1].
    private final int[] first;
    private final boolean[] learntInOrder;
    private final int[] inForceFrom;
    private final int[] inForceTo;
    private int size;
    private int tables;

    /** Room for exactly {@code tables} tables of {@code versions} versions in all. */
    FlatVersions(int tables, int versions) {
        this.bounds = new int[VersionTable.BOUNDS * versions];
        this.states = new Object[versions];
        this.first = new int[tables + 1];
        this.learntInOrder = new boolean[tables];
        this.inForceFrom = new int[tables];
        this.inForceTo = new int[tables];
    }

    /** Copies the next table in. */
    void add(int[] tableBounds, Object[] tableStates, int count, boolean inOrder, int from, int to) {
        System.arraycopy(tableBounds, 0, bounds, VersionTable.BOUNDS * size, VersionTable.BOUNDS * count);
        System.arraycopy(tableStates, 0, states, size, count);
        learntInOrder[tables] = inOrder;
        inForceFrom[tables] = from;
        inForceTo[tables] = to;
        size += count;
        tables++;
        first[tables] = size;
    }

    /** This copy, once it holds as many tables and versions as it was made for. */
    FlatVersions<S> filled() {
        if (tables != learntInOrder.length || size != states.length) {
            throw new IllegalStateException("the copy was sized for " + learntInOrder.length + " tables of "
                    + states.length + " versions and holds " + tables + " of " + size);
        }
        return this;
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
}
