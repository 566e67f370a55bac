package se.reorgledger.projections.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.rules.Guidelines;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.provenance.Provenances;

/** The rules report of a snapshot: the guideline findings, each subject with its provenance. */
public final class Rules {

    private Rules() {
    }

    public static RulesView of(SnapshotAt snapshot, String organisationId, Instant knownAt) {
        Provenances provenances = new Provenances(snapshot);
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        List<RuleFinding> findings = new ArrayList<>();
        List<GuidelineFinding> found = new ArrayList<>(Guidelines.evaluate(snapshot, snapshot.asOf()));
        found.addAll(BeforeLagaKraft.of(snapshot, knownAt));
        for (GuidelineFinding finding : found) {
            boolean illustrative = false;
            for (String subject : finding.subjects()) {
                EntityTimeline<?> timeline = timeline(snapshot, subject);
                if (timeline == null) {
                    // A decision or a change named by the finding: its provenance is the decision's own.
                    illustrative |= illustrativeDecision(snapshot, subject);
                    continue;
                }
                Provenance of = provenance.computeIfAbsent(subject, id -> provenances.of(timeline));
                illustrative |= of.illustrative();
            }
            findings.add(RuleFinding.of(finding, illustrative));
        }
        return new RulesView(organisationId, snapshot.asOf(), knownAt, findings, provenance);
    }

    private static boolean illustrativeDecision(SnapshotAt snapshot, String id) {
        return snapshot.index().decisions().stream()
                .anyMatch(entry -> entry.decision().id().equals(id) && entry.decision().illustrative());
    }

    /** A subject is a unit or, where a finding is about a role, a chef role; null for any other subject. */
    private static EntityTimeline<?> timeline(SnapshotAt snapshot, String id) {
        EntityTimeline<?> unit = snapshot.index().unit(id);
        return unit != null ? unit : snapshot.index().chefRole(id);
    }
}
