package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioLifecycleStep;
import se.reorgledger.core.assignment.CarryOutAssignment;
import se.reorgledger.core.assignment.GiveAssignment;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.DissolveCommittee;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.committee.JoinCommittee;
import se.reorgledger.core.committee.LeaveCommittee;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.cooperation.JoinCooperation;
import se.reorgledger.core.cooperation.LeaveCooperation;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.decision.AppealPeriod;
import se.reorgledger.core.decision.LifecycleStep;

/**
 * The changes of a package that the before-and-after comparison of units and chef roles cannot show (nämnder, the
 * kontor serving them, memberships, uppdrag, samverkan and corrections), each as a Swedish sentence with its date,
 * and the steps of the decisions' lives (justering, anslag, anmälan...) the file records after them.
 */
final class PackageLines {

    private PackageLines() {
    }

    /** @param named a name by id (a unit's, a nämnd's), or the id itself where none is known */
    static List<String> of(List<ScenarioDecision> decisions, Function<String, String> named) {
        List<String> lines = new ArrayList<>();
        for (ScenarioDecision decision : decisions) {
            for (ScenarioChange change : decision.changes()) {
                String line = line(change.change(), named);
                if (line != null) {
                    lines.add(line);
                }
            }
            for (ScenarioLifecycleStep step : decision.lifecycle()) {
                lines.add("Beslut " + decision.decision().id() + ": " + step(step.step(), named)
                        + (step.illustrative() ? " (illustrativt)" : ""));
            }
        }
        return lines;
    }

    /** A step of a decision's life, which the file records after the decision's package. */
    private static String step(LifecycleStep step, Function<String, String> named) {
        if (step instanceof LifecycleStep.Justering justering) {
            return "protokollet justeras " + justering.date();
        }
        if (step instanceof LifecycleStep.Anslag anslag) {
            return "anslaget sätts upp " + anslag.date() + ", överklagandetiden löper till och med "
                    + AppealPeriod.lastDay(anslag.date());
        }
        if (step instanceof LifecycleStep.Appeal appeal) {
            return "överklagas " + appeal.date() + " till " + appeal.court();
        }
        if (step instanceof LifecycleStep.Ruling ruling) {
            return ruling(ruling);
        }
        if (step instanceof LifecycleStep.LagaKraft lagaKraft) {
            return "vinner laga kraft " + lagaKraft.date();
        }
        if (step instanceof LifecycleStep.Revocation revocation) {
            return "upphävs " + revocation.date() + " genom beslut " + revocation.revokingDecisionId();
        }
        LifecycleStep.Anmalan anmalan = (LifecycleStep.Anmalan) step;
        return "anmäls till " + named.apply(anmalan.committeeId()) + " " + anmalan.date()
                + (anmalan.paragraph() == null ? "" : " " + anmalan.paragraph());
    }

    private static String ruling(LifecycleStep.Ruling ruling) {
        return ruling.court() + " meddelar dom " + ruling.date() + ": " + switch (ruling.outcome()) {
            case upheld -> "beslutet står fast";
            case quashed -> "beslutet upphävs";
            case quashedInPart -> "beslutet upphävs i de delar som gäller " + String.join(", ", ruling.changeIds());
        };
    }

    private static String line(Change change, Function<String, String> named) {
        if (change instanceof RegisterCommittee registered) {
            return registered.name() + " inrättas som " + registered.committeeType().label() + " från "
                    + registered.effectiveDate();
        }
        if (change instanceof AdoptReglemente adopted) {
            return "Reglemente " + adopted.version() + " för " + named.apply(adopted.committeeId())
                    + " träder i kraft " + adopted.effectiveDate() + " (" + adopted.documentReference() + ")";
        }
        if (change instanceof DissolveCommittee dissolved) {
            return named.apply(dissolved.committeeId()) + " upphör från " + dissolved.effectiveDate();
        }
        if (change instanceof StartKontorService started) {
            return named.apply(started.unitId()) + " börjar betjäna " + named.apply(started.committeeId())
                    + " från " + started.effectiveDate();
        }
        if (change instanceof EndKontorService ended) {
            return named.apply(ended.unitId()) + " slutar betjäna " + named.apply(ended.committeeId())
                    + " från " + ended.effectiveDate();
        }
        if (change instanceof JoinCommittee joined) {
            return joined.municipality() + " går med i " + named.apply(joined.committeeId()) + " från "
                    + joined.effectiveDate();
        }
        if (change instanceof LeaveCommittee left) {
            return left.municipality() + " lämnar " + named.apply(left.committeeId()) + " från "
                    + left.effectiveDate();
        }
        if (change instanceof GiveAssignment given) {
            return "Uppdraget ”" + given.title() + "” ges från " + given.effectiveDate();
        }
        if (change instanceof CarryOutAssignment carried) {
            return "Uppdraget " + named.apply(carried.assignmentId()) + " genomförs " + carried.effectiveDate();
        }
        if (change instanceof JoinCooperation joined) {
            return "Kommunen går med i samarbetet " + joined.name() + " från " + joined.effectiveDate();
        }
        if (change instanceof LeaveCooperation left) {
            return "Kommunen lämnar samarbetet " + named.apply(left.cooperationId()) + " från "
                    + left.effectiveDate();
        }
        if (change instanceof CorrectEffectiveDate corrected) {
            return "Ändring " + corrected.changeId() + " gäller i stället från " + corrected.effectiveDate() + ": "
                    + corrected.reason();
        }
        if (change instanceof AnnulChange annulled) {
            return "Ändring " + annulled.changeId() + " annulleras: " + annulled.reason();
        }
        return null;
    }
}
