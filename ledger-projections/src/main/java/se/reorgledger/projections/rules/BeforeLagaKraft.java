package se.reorgledger.projections.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.projections.decisions.LifecycleView;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.SnapshotAt;

/**
 * The decisions whose changes are in force on the date while the decision has no laga kraft on it: its anslag
 * is posted and laga kraft, recorded or derived from the appeal period as known at the moment, comes later or not
 * yet. A decision whose anslag the ledger does not know is left out: nothing says where it stands.
 */
public final class BeforeLagaKraft {

    private BeforeLagaKraft() {
    }

    public static List<GuidelineFinding> of(SnapshotAt snapshot, Instant knownAt) {
        int epoch = snapshot.epoch();
        LocalDate asOf = snapshot.asOf();
        int day = Days.of(asOf);
        LocalDate today = knownAt.atZone(LifecycleView.SWEDEN).toLocalDate();
        List<DecisionEntry> decisions = new ArrayList<>(snapshot.index().decisions());
        decisions.sort(Comparator.comparing((DecisionEntry entry) -> entry.decision().decidedOn())
                .thenComparing(entry -> entry.decision().id()));
        List<GuidelineFinding> findings = new ArrayList<>();
        for (DecisionEntry decision : decisions) {
            if (decision.epoch() > epoch) {
                continue;
            }
            DecisionLifecycle lifecycle = decision.lifecycleAt(epoch);
            Optional<LocalDate> lagaKraft = lifecycle.lagaKraftFrom(today);
            if (lifecycle.appealPeriodEnds().isEmpty() || lagaKraft.isPresent() && !lagaKraft.get().isAfter(asOf)) {
                continue;
            }
            List<String> inForce = new ArrayList<>();
            for (ChangeEntry change : decision.changes()) {
                if (change.knownAt(epoch) && !change.annulledAt(epoch) && change.effectiveDayAt(epoch) <= day) {
                    inForce.add(change.event().changeId());
                }
            }
            if (!inForce.isEmpty()) {
                findings.add(finding(decision.decision(), lifecycle, lagaKraft, today, asOf, inForce));
            }
        }
        return findings;
    }

    private static GuidelineFinding finding(Decision decision, DecisionLifecycle lifecycle,
                                            Optional<LocalDate> lagaKraft, LocalDate today, LocalDate asOf,
                                            List<String> inForce) {
        List<String> subjects = new ArrayList<>(List.of(decision.id()));
        subjects.addAll(inForce);
        String when = lagaKraft.map(day -> "gains laga kraft only on " + day)
                .orElse("has no laga kraft (" + lifecycle.status(today) + ")");
        return new GuidelineFinding(Guideline.IN_FORCE_BEFORE_LAGA_KRAFT, asOf, subjects,
                "Decision " + decision.organ() + " " + decision.decidedOn() + " " + decision.paragraph() + " ("
                        + decision.id() + ") " + when + ", yet " + inForce.size() + " of its changes are in force on "
                        + asOf + " (verkställighet före laga kraft)");
    }
}
