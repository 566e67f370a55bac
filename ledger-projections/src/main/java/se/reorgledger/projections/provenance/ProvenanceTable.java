package se.reorgledger.projections.provenance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.KnownChange;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * An entity's provenance at every epoch and on every date, worked out once from its timeline as it stands and
 * shared by every read until the timeline changes. A read of a large tree asks for thousands of entities'
 * provenance, each at its own epoch and date; from the table that is two binary searches and no allocation.
 *
 * <p>Provenance at epoch e on day d follows from the changes and corrections known at e (so it is the same for
 * every e between two epochs at which the entity learnt something) and from which of those changes take effect
 * by d (so it is the same for every d between two of their effective days). The table holds one answer per such
 * pair, each computed the way {@link Provenances} computes it for a single read.
 */
final class ProvenanceTable {

    /**
     * Tables grow with epochs × days, about half the square of an entity's changes: one whose table would hold
     * more answers than this (some 125 changes) is read as before, per read. Each answer is a reference in each of
     * the two kinds and a day, so a table stays under about 100 KB; the long histories of chef roles (dozens of
     * appointments and leavings, each read per read before) are tabled, a unit renamed hundreds of times is not.
     */
    static final int MOST_ANSWERS = 8_192;
    /** Left on a timeline that is read per read (too many changes, or a decision not yet recorded). */
    private static final Object UNTABLED = new Object();

    private final int[] epochs;
    private final int[][] days;
    private final Provenance[][] all;
    private final Provenance[][] holding;

    private ProvenanceTable(int[] epochs, int[][] days, Provenance[][] all, Provenance[][] holding) {
        this.epochs = epochs;
        this.days = days;
        this.all = all;
        this.holding = holding;
    }

    /** The timeline's table, worked out on first use since it last changed; null when it is read per read. */
    static ProvenanceTable of(OrganisationIndex index, EntityTimeline<?> timeline) {
        Object memo = timeline.memo();
        if (memo instanceof ProvenanceTable table) {
            return table;
        }
        if (memo == UNTABLED) {
            return null;
        }
        ProvenanceTable table = build(index, timeline);
        timeline.remember(table == null ? UNTABLED : table);
        return table;
    }

    Provenance all(int epoch, int asOfDay) {
        return at(all, epoch, asOfDay);
    }

    Provenance holding(int epoch, int asOfDay) {
        return at(holding, epoch, asOfDay);
    }

    private Provenance at(Provenance[][] answers, int epoch, int asOfDay) {
        int state = lastAtOrBefore(epochs, epoch);
        if (state < 0) {
            // Nothing about the entity is known yet.
            return Provenances.NONE;
        }
        // Slot 0 is before the first effective day, slot j + 1 from the j-th on.
        return answers[state][lastAtOrBefore(days[state], asOfDay) + 1];
    }

    /** The place of the last value at or before {@code key} in ascending {@code values}, -1 when none is. */
    private static int lastAtOrBefore(int[] values, int key) {
        // Most reads are of the present or a late epoch and date, at or after the last value: no search then.
        int last = values.length - 1;
        if (last < 0 || values[last] <= key) {
            return last;
        }
        int low = 0;
        int high = last;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] <= key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }

    private static ProvenanceTable build(OrganisationIndex index, EntityTimeline<?> timeline) {
        int[] epochs = learntEpochs(timeline.entries());
        // Every state knows a change, so its row has a day and the place before it: refused before any row is
        // worked out when even that many places would be too many.
        if (2L * epochs.length > MOST_ANSWERS) {
            return null;
        }
        int[][] days = new int[epochs.length][];
        Provenance[][] all = new Provenance[epochs.length][];
        Provenance[][] holding = new Provenance[epochs.length][];
        int answers = 0;
        for (int state = 0; state < epochs.length; state++) {
            int epoch = epochs[state];
            List<KnownChange> changes = timeline.changesAt(epoch);
            days[state] = effectiveDays(changes);
            answers += days[state].length + 1;
            if (answers > MOST_ANSWERS) {
                return null;
            }
            all[state] = answers(index, changes, epoch, days[state], Provenances.ALL, false);
            holding[state] = answers(index, changes, epoch, days[state], Provenances.HOLDING, true);
            if (all[state] == null || holding[state] == null) {
                return null;
            }
        }
        return new ProvenanceTable(epochs, days, all, holding);
    }

    /** The epochs at which the entity learnt something (a change or a correction), ascending, each once. */
    private static int[] learntEpochs(List<ChangeEntry> entries) {
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            count += 1 + entries.get(i).correctionsAt(Integer.MAX_VALUE).size();
        }
        int[] epochs = new int[count];
        int at = 0;
        for (int i = 0; i < entries.size(); i++) {
            ChangeEntry entry = entries.get(i);
            epochs[at++] = entry.epoch();
            List<CorrectionEntry> corrections = entry.correctionsAt(Integer.MAX_VALUE);
            for (int c = 0; c < corrections.size(); c++) {
                epochs[at++] = corrections.get(c).epoch();
            }
        }
        return distinctSorted(epochs);
    }

    /** The changes' effective days, ascending, each once: the changes come in effective order. */
    private static int[] effectiveDays(List<KnownChange> changes) {
        int[] days = new int[changes.size()];
        int count = 0;
        for (int i = 0; i < changes.size(); i++) {
            int day = changes.get(i).effectiveDay();
            if (count == 0 || days[count - 1] != day) {
                days[count++] = day;
            }
        }
        return count == days.length ? days : Arrays.copyOf(days, count);
    }

    private static int[] distinctSorted(int[] values) {
        Arrays.sort(values);
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (count == 0 || values[count - 1] != values[i]) {
                values[count++] = values[i];
            }
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    /**
     * The answer before the first effective day and from each one on; null if a decision named is not recorded
     * yet: its recording could make the answer illustrative without changing this timeline.
     *
     * <p>The changes in effect on a day are a prefix of {@code changes} (they come in effective order), so the
     * answers are {@link Provenances#decisions} of growing prefixes: one sweep over the changes adds each
     * change's decisions once, instead of going over every change again for every day.
     */
    private static Provenance[] answers(OrganisationIndex index, List<KnownChange> changes, int epoch, int[] days,
                                        Predicate<DatedChangeEvent> which, boolean latestOnly) {
        Provenance[] answers = new Provenance[days.length + 1];
        Set<String> decisions = new LinkedHashSet<>();
        int next = 0;
        for (int slot = 0; slot < answers.length; slot++) {
            int asOfDay = slot == 0 ? Integer.MIN_VALUE : days[slot - 1];
            for (; next < changes.size() && changes.get(next).effectiveDay() <= asOfDay; next++) {
                Provenances.add(decisions, changes.get(next), epoch, which, latestOnly);
            }
            for (String decisionId : decisions) {
                if (index.decision(decisionId) == null) {
                    return null;
                }
            }
            // Equal answers, of any state and day and of any entity, are one object: a table repeats the same few
            // answers state after state, and thousands of entities share the same decisions (M's tables held
            // twelve copies of each on average, and equal ones in many tables).
            answers[slot] = index.shared(Provenances.provenance(index, decisions));
        }
        return answers;
    }

    @Override
    public String toString() {
        return "ProvenanceTable" + Arrays.toString(epochs);
    }
}
