package se.reorgledger.projections.provenance;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The decision ids of a provenance: an unmodifiable list, like {@code List.copyOf}, that works out its hash code
 * once. Provenances are looked up by value whenever one is shared across an organisation's tables and the first
 * time its kept JSON is found, and a unit with a long history has dozens of decisions to hash on every lookup
 * otherwise. It also holds what a reader keeps of its provenances ({@link Provenance#kept}).
 */
final class DecisionIds extends AbstractList<String> implements RandomAccess {

    private static final DecisionIds NONE = new DecisionIds(new String[0]);

    private final String[] ids;
    private final int hash;
    // What a reader keeps of a provenance of these decisions, one for each flag (see Provenance#kept). Written
    // without synchronisation: whatever is kept must be immutable, so a reader sees it whole or not at all.
    private Object keptPlain;
    private Object keptIllustrative;

    private DecisionIds(String[] ids) {
        this.ids = ids;
        this.hash = super.hashCode();
    }

    /** The ids in order; null ids are refused, as {@code List.copyOf} refuses them. */
    static DecisionIds copyOf(Collection<String> decisions) {
        if (decisions instanceof DecisionIds known) {
            return known;
        }
        if (decisions.isEmpty()) {
            return NONE;
        }
        String[] ids = decisions.toArray(new String[0]);
        for (String id : ids) {
            Objects.requireNonNull(id, "a decision id");
        }
        return new DecisionIds(ids);
    }

    Object kept(boolean illustrative) {
        return illustrative ? keptIllustrative : keptPlain;
    }

    void keep(boolean illustrative, Object kept) {
        if (illustrative) {
            keptIllustrative = kept;
        } else {
            keptPlain = kept;
        }
    }

    @Override
    public String get(int index) {
        return ids[index];
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof DecisionIds known)) {
            return super.equals(other);
        }
        // Compared by index: a lookup that finds an equal provenance compares its decisions, and need not
        // allocate two iterators for it.
        if (known.hash != hash || known.ids.length != ids.length) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            if (!ids[i].equals(known.ids[i])) {
                return false;
            }
        }
        return true;
    }
}
