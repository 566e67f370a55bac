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
        for (GuidelineFinding finding : Guidelines.evaluate(snapshot, snapshot.asOf())) {
            boolean illustrative = false;
            for (String subject : finding.subjects()) {
                Provenance of = provenance.computeIfAbsent(subject,
                        id -> provenances.of(timeline(snapshot, id)));
                illustrative |= of.illustrative();
            }
            findings.add(RuleFinding.of(finding, illustrative));
        }
        return new RulesView(organisationId, snapshot.asOf(), knownAt, findings, provenance);
    }

    /** A subject is a unit or, where a finding is about a role, a chef role. */
    private static EntityTimeline<?> timeline(SnapshotAt snapshot, String id) {
        EntityTimeline<?> unit = snapshot.index().unit(id);
        return unit != null ? unit : snapshot.index().chefRole(id);
    }
}
