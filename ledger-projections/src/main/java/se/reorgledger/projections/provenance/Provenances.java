package se.reorgledger.projections.provenance;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.KnownChange;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SnapshotAt;

/**
 * The provenance of the facts of one snapshot, read from each entity's timeline as known at the snapshot's
 * epoch: the standing changes in effect on its date and the corrections known of them. One instance serves one
 * read on one thread.
 */
public final class Provenances {

    static final Provenance NONE = new Provenance(List.of(), false);
    static final Predicate<DatedChangeEvent> ALL = change -> true;
    /** The changes that make who holds a chef role: appointments and leavings. */
    static final Predicate<DatedChangeEvent> HOLDING =
            change -> change instanceof ChefAppointedEvent || change instanceof ChefLeftEvent;

    private final OrganisationIndex index;
    private final int epoch;
    private final int asOfDay;
    // Most facts of a read come from one decision each, and a read meets the same decisions again and again: a
    // decision's provenance is looked up in the organisation's decisions once per read, not once per fact.
    private final Map<String, Provenance> byDecision = new HashMap<>();

    public Provenances(SnapshotAt snapshot) {
        this.index = snapshot.index();
        this.epoch = snapshot.epoch();
        this.asOfDay = Days.of(snapshot.asOf());
    }

    /** Every decision behind the entity's state on the date: all its changes in effect then. */
    public Provenance of(EntityTimeline<?> timeline) {
        if (timeline == null) {
            return NONE;
        }
        ProvenanceTable table = ProvenanceTable.of(index, timeline);
        return table != null ? table.all(epoch, asOfDay) : of(timeline, ALL, false);
    }

    /**
     * Who holds a chef role: the decisions behind the latest appointment (or leaving) in effect on the date, as
     * {@code latest(timeline, HOLDING)} answers, read from the role's table.
     */
    public Provenance holding(EntityTimeline<?> timeline) {
        if (timeline == null) {
            return NONE;
        }
        ProvenanceTable table = ProvenanceTable.of(index, timeline);
        return table != null ? table.holding(epoch, asOfDay) : of(timeline, HOLDING, true);
    }

    /** The decisions behind the latest change in effect on the date that {@code which} picks (a holder's appointment...). */
    public Provenance latest(EntityTimeline<?> timeline, Predicate<DatedChangeEvent> which) {
        return of(timeline, which, true);
    }

    // Reads the changes unfolded: provenance needs each change's day, decision and corrections, not the states.
    private Provenance of(EntityTimeline<?> timeline, Predicate<DatedChangeEvent> which, boolean latestOnly) {
        if (timeline == null) {
            return NONE;
        }
        List<KnownChange> changes = timeline.changesAt(epoch);
        if (changes.size() == 1) {
            return ofOne(changes.get(0), which);
        }
        return provenance(index, decisions(changes, epoch, asOfDay, which, latestOnly));
    }

    /**
     * The decisions behind the changes in effect on {@code asOfDay} among {@code changes} (an entity's, as known
     * at {@code epoch}, in effective order): each standing change's decision and those of its corrections, or,
     * with {@code latestOnly}, only from the latest standing change that {@code which} picks on.
     */
    static Set<String> decisions(List<KnownChange> changes, int epoch, int asOfDay,
                                 Predicate<DatedChangeEvent> which, boolean latestOnly) {
        Set<String> decisions = new LinkedHashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            KnownChange change = changes.get(i);
            if (change.effectiveDay() <= asOfDay) {
                add(decisions, change, epoch, which, latestOnly);
            }
        }
        return decisions;
    }

    /**
     * Adds to {@code decisions} those of one change in effect, as {@link #decisions} goes over them in effective
     * order: nothing if {@code which} does not pick it, and with {@code latestOnly} a standing change first
     * forgets those of the changes before it.
     */
    static void add(Set<String> decisions, KnownChange change, int epoch, Predicate<DatedChangeEvent> which,
                    boolean latestOnly) {
        if (!which.test(change.entry().event())) {
            return;
        }
        if (latestOnly && !change.annulled()) {
            decisions.clear();
        }
        if (!change.annulled()) {
            decisions.add(change.entry().event().decisionId());
        }
        List<CorrectionEntry> corrections = change.entry().correctionsAt(epoch);
        for (int c = 0; c < corrections.size(); c++) {
            decisions.add(corrections.get(c).event().decisionId());
        }
    }

    /** The common entity, known by one change: its decision and those of its corrections, if it counts. */
    private Provenance ofOne(KnownChange change, Predicate<DatedChangeEvent> which) {
        if (change.effectiveDay() > asOfDay || !which.test(change.entry().event())) {
            return NONE;
        }
        List<CorrectionEntry> corrections = change.entry().correctionsAt(epoch);
        if (corrections.isEmpty()) {
            // An annulment is a correction, so an uncorrected change stands.
            return ofDecision(change.entry().event().decisionId());
        }
        Set<String> decisions = new LinkedHashSet<>();
        if (!change.annulled()) {
            decisions.add(change.entry().event().decisionId());
        }
        for (CorrectionEntry correction : corrections) {
            decisions.add(correction.event().decisionId());
        }
        return provenance(decisions);
    }

    /**
     * The decisions behind a span made by the given changes (a post, from its appointment to its end), whatever
     * the date: each standing change's decision and the decisions known at {@code epoch} to have corrected it.
     */
    public static Provenance ofChanges(OrganisationIndex index, int epoch, List<ChangeEntry> entries) {
        Set<String> decisions = new LinkedHashSet<>();
        for (ChangeEntry entry : entries) {
            decisions.add(entry.event().decisionId());
            for (CorrectionEntry correction : entry.correctionsAt(epoch)) {
                decisions.add(correction.event().decisionId());
            }
        }
        return provenance(index, decisions);
    }

    private Provenance ofDecision(String decisionId) {
        Provenance known = byDecision.get(decisionId);
        if (known == null) {
            known = provenance(index, Set.of(decisionId));
            byDecision.put(decisionId, known);
        }
        return known;
    }

    private Provenance provenance(Set<String> decisions) {
        return provenance(index, decisions);
    }

    static Provenance provenance(OrganisationIndex index, Set<String> decisions) {
        boolean illustrative = false;
        for (String decisionId : decisions) {
            DecisionEntry decision = index.decision(decisionId);
            illustrative |= decision != null && decision.decision().illustrative();
        }
        return new Provenance(DecisionIds.copyOf(decisions), illustrative);
    }
}
