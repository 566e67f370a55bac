package se.reorgledger.core.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.TimedChange;

/**
 * A few changes merged into a timeline already in {@link ChangePhase#EFFECTIVE_ORDER}: each finds its place by
 * binary search and the rest is copied as it stands, so a package costs a copy of the history, not a sort of it.
 * No two changes share a place in that order, since no two share a ledger order.
 */
final class EffectiveOrder {

    private EffectiveOrder() {
    }

    /**
     * @param ordered changes in effective order
     * @param added   changes in any order, none of them in {@code ordered}
     * @param left    changes of {@code ordered} to leave out
     * @return {@code ordered} without {@code left}, with {@code added}, in effective order
     */
    static List<TimedChange> merge(List<TimedChange> ordered, Collection<TimedChange> added,
                                   Collection<TimedChange> left) {
        List<Integer> skipped = new ArrayList<>(left.size());
        for (TimedChange change : left) {
            int at = Collections.binarySearch(ordered, change, ChangePhase.EFFECTIVE_ORDER);
            if (at < 0 || ordered.get(at) != change) {
                throw new IllegalArgumentException("not in the timeline: " + change);
            }
            skipped.add(at);
        }
        Collections.sort(skipped);
        List<TimedChange> sorted = new ArrayList<>(added);
        sorted.sort(ChangePhase.EFFECTIVE_ORDER);

        List<TimedChange> merged = new ArrayList<>(ordered.size() + sorted.size());
        int copied = 0;
        int nextSkip = 0;
        for (TimedChange change : sorted) {
            int at = Collections.binarySearch(ordered, change, ChangePhase.EFFECTIVE_ORDER);
            // The same place only when a corrected change keeps its date: it goes where it was, which is left out.
            int place = at >= 0 ? at : -at - 1;
            while (nextSkip < skipped.size() && skipped.get(nextSkip) < place) {
                merged.addAll(ordered.subList(copied, skipped.get(nextSkip)));
                copied = skipped.get(nextSkip++) + 1;
            }
            merged.addAll(ordered.subList(copied, Math.max(copied, place)));
            copied = Math.max(copied, place);
            merged.add(change);
        }
        while (nextSkip < skipped.size()) {
            merged.addAll(ordered.subList(copied, skipped.get(nextSkip)));
            copied = skipped.get(nextSkip++) + 1;
        }
        merged.addAll(ordered.subList(copied, ordered.size()));
        return merged;
    }
}
