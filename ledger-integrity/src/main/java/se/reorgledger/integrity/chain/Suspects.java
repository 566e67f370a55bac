package se.reorgledger.integrity.chain;

import java.util.List;

/** The suspects of one walk while they are being explained: which are explained already. */
final class Suspects {

    /** How many suspects after one a pair search looks at. */
    static final int WINDOW = 6;

    private final List<Suspect> all;
    private final boolean[] explained;

    Suspects(List<Suspect> all) {
        this.all = all;
        this.explained = new boolean[all.size()];
    }

    int size() {
        return all.size();
    }

    Suspect get(int index) {
        return all.get(index);
    }

    boolean open(int index) {
        return index < all.size() && !explained[index];
    }

    void explain(int index) {
        explained[index] = true;
    }

    /** Explains the open jumps whose missing positions are all among {@code positions}: they stand elsewhere. */
    void explainJumpsOver(long... positions) {
        for (int j = 0; j < all.size(); j++) {
            Suspect jump = all.get(j);
            if (open(j) && jump.symptom() == Suspect.Symptom.JUMPED
                    && covered(jump.expected(), jump.link().position(), positions)) {
                explain(j);
            }
        }
    }

    /** Explains the run of open suspects after {@code from} whose links were all renumbered by {@code shift}. */
    void explainRenumbered(int from, long shift) {
        for (int j = from + 1; j < all.size() && open(j); j++) {
            Suspect later = all.get(j);
            if (!later.complete() || !later.fitsAt(later.link().position() - shift)) {
                return;
            }
            explain(j);
        }
    }

    private static boolean covered(long fromInclusive, long toExclusive, long[] positions) {
        for (long p = fromInclusive; p < toExclusive; p++) {
            boolean found = false;
            for (long position : positions) {
                found |= position == p;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
