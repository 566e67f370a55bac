package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.core.decision.DelegationsbeslutReportedEvent;
import se.reorgledger.core.decision.LifecycleVocabulary;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.documents.DocumentView;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.LifecycleEntry;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.Recording;

/** The decisions recorded for an organisation, as known at a time, oldest first (decision date, then id). */
public final class Decisions {

    private Decisions() {
    }

    public static List<DecisionSummary> list(OrganisationIndex index, int epoch, Instant knownAt) {
        return page(index, epoch, knownAt, DecisionQuery.all()).decisions();
    }

    /** The decisions the query selects, in the list's order, from after its cursor and at most its limit. */
    public static DecisionPage page(OrganisationIndex index, int epoch, Instant knownAt, DecisionQuery query) {
        LocalDate today = LocalDate.ofInstant(knownAt, LifecycleView.SWEDEN);
        List<DecisionEntry> selected = index.decisions().stream()
                .filter(decision -> decision.epoch() <= epoch)
                .filter(decision -> query.after() == null || cursorOf(decision).compareTo(query.after()) > 0)
                .filter(decision -> matches(decision, epoch, query))
                .sorted(Comparator.comparing(Decisions::cursorOf))
                .toList();
        List<DecisionSummary> page = new java.util.ArrayList<>();
        for (DecisionEntry decision : selected) {
            DecisionLifecycle lifecycle = decision.lifecycleAt(epoch);
            DecisionStatus status = lifecycle.status(today);
            if (query.status() != null && query.status() != status) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new DecisionPage(page, DecisionCursor.of(page.get(page.size() - 1)));
            }
            Recording recording = decision.recording(index.times());
            page.add(new DecisionSummary(DecisionRef.of(decision.decision()), recording.recordedAt(),
                    recording.principal(), countKnown(decision.changes(), epoch),
                    (int) decision.corrections().stream().filter(c -> c.epoch() <= epoch).count(),
                    status, lifecycle.lagaKraftFrom(today).orElse(null)));
        }
        return new DecisionPage(page, null);
    }

    private static DecisionCursor cursorOf(DecisionEntry decision) {
        return new DecisionCursor(decision.decision().decidedOn(), decision.decision().id());
    }

    private static boolean matches(DecisionEntry entry, int epoch, DecisionQuery query) {
        Decision decision = entry.decision();
        return (query.organ() == null || query.organ().equalsIgnoreCase(decision.organ()))
                && (query.kind() == null || query.kind() == decision.kind())
                && (query.caseNumber() == null || query.caseNumber().equalsIgnoreCase(decision.caseNumber()))
                && (query.illustrative() == null || query.illustrative() == decision.illustrative())
                && (query.decidedFrom() == null || !decision.decidedOn().isBefore(query.decidedFrom()))
                && (query.decidedTo() == null || !decision.decidedOn().isAfter(query.decidedTo()))
                && (query.effectiveFrom() == null && query.effectiveTo() == null || takesEffectIn(entry, epoch, query));
    }

    /** Whether a change of the decision, in force as known at the epoch, takes effect in the query's range. */
    private static boolean takesEffectIn(DecisionEntry decision, int epoch, DecisionQuery query) {
        for (ChangeEntry change : decision.changes()) {
            if (!change.knownAt(epoch) || change.annulledAt(epoch)) {
                continue;
            }
            LocalDate effective = change.effectiveDateAt(epoch);
            if ((query.effectiveFrom() == null || !effective.isBefore(query.effectiveFrom()))
                    && (query.effectiveTo() == null || !effective.isAfter(query.effectiveTo()))) {
                return true;
            }
        }
        return false;
    }

    public static DecisionView one(OrganisationIndex index, int epoch, String decisionId, Instant knownAt) {
        DecisionEntry decision = index.decision(decisionId);
        if (decision == null || decision.epoch() > epoch) {
            throw new UnknownEntityException("decision", decisionId);
        }
        Narration narration = new Narration(index, epoch);
        Recording recording = decision.recording(index.times());
        List<CorrectionEntry> corrections = decision.corrections().stream().filter(c -> c.epoch() <= epoch).toList();
        return new DecisionView(DecisionRef.of(decision.decision()), recording.recordedAt(), recording.principal(),
                narration.views(decision.changes()).stream().map(DecidedChange::of).toList(), corrections.stream().map(narration::correction).toList(),
                lifecycle(index, epoch, decision, knownAt), DocumentView.of(decision, epoch, index.times()));
    }

    static LifecycleView lifecycle(OrganisationIndex index, int epoch, DecisionEntry decision, Instant knownAt) {
        List<LifecycleView.StepView> steps = decision.lifecycle().stream().filter(step -> step.epoch() <= epoch)
                .map(step -> {
                    Recording recording = step.recording(index.times());
                    return new LifecycleView.StepView(recording.eventId(), LifecycleVocabulary.nameOf(step.event()),
                            step.event().happenedOn(), recording.recordedAt(), recording.principal());
                })
                .toList();
        return LifecycleView.of(decision.lifecycleAt(epoch), knownAt, steps);
    }

    /** The delegationsbeslut reported to the nämnd, as known at the epoch, by day reported and decision id. */
    public static ReportedDelegationsbeslutView reportedTo(OrganisationIndex index, int epoch, String committeeId,
                                                           Instant knownAt) {
        EntityTimeline<?> committee = index.committee(committeeId);
        if (committee == null || !committee.knownAt(epoch)) {
            throw new UnknownEntityException("committee", committeeId);
        }
        List<ReportedDelegationsbeslutView.Reported> reported = new java.util.ArrayList<>();
        for (DecisionEntry decision : index.decisions()) {
            for (LifecycleEntry step : decision.lifecycle()) {
                if (step.epoch() <= epoch && step.event() instanceof DelegationsbeslutReportedEvent anmalan
                        && anmalan.committeeId().equals(committeeId)) {
                    Recording recording = step.recording(index.times());
                    reported.add(new ReportedDelegationsbeslutView.Reported(DecisionRef.of(decision.decision()),
                            anmalan.reportedOn(), anmalan.paragraph(), recording.recordedAt(),
                            recording.principal()));
                }
            }
        }
        reported.sort(Comparator.comparing(ReportedDelegationsbeslutView.Reported::reportedOn)
                .thenComparing(r -> r.decision().id()));
        return new ReportedDelegationsbeslutView(index.id(), committeeId, knownAt, reported);
    }

    private static int countKnown(List<ChangeEntry> changes, int epoch) {
        int known = 0;
        for (ChangeEntry change : changes) {
            if (change.knownAt(epoch)) {
                known++;
            }
        }
        return known;
    }
}
