package se.reorgledger.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.RuleViolation;

/**
 * What is recorded of one decision's life, and the order its steps must keep. Immutable: each recorded step
 * gives a new lifecycle. Both the aggregate (to refuse a step out of order) and the read side (for a decision's
 * status at a moment) fold the same events through it.
 */
public record DecisionLifecycle(Decision decision, ProtocolJusteratEvent justering, AnslagPostedEvent anslag,
                                DecisionAppealedEvent appeal, RulingGivenEvent ruling,
                                LagaKraftRecordedEvent lagaKraft, DecisionRevokedEvent revocation,
                                DelegationsbeslutReportedEvent anmalan) {

    public static DecisionLifecycle of(Decision decision) {
        return new DecisionLifecycle(decision, null, null, null, null, null, null, null);
    }

    public DecisionLifecycle with(DecisionLifecycleEvent event) {
        if (event instanceof ProtocolJusteratEvent e) {
            return new DecisionLifecycle(decision, e, anslag, appeal, ruling, lagaKraft, revocation, anmalan);
        } else if (event instanceof AnslagPostedEvent e) {
            return new DecisionLifecycle(decision, justering, e, appeal, ruling, lagaKraft, revocation, anmalan);
        } else if (event instanceof DecisionAppealedEvent e) {
            return new DecisionLifecycle(decision, justering, anslag, e, ruling, lagaKraft, revocation, anmalan);
        } else if (event instanceof RulingGivenEvent e) {
            return new DecisionLifecycle(decision, justering, anslag, appeal, e, lagaKraft, revocation, anmalan);
        } else if (event instanceof LagaKraftRecordedEvent e) {
            return new DecisionLifecycle(decision, justering, anslag, appeal, ruling, e, revocation, anmalan);
        } else if (event instanceof DecisionRevokedEvent e) {
            return new DecisionLifecycle(decision, justering, anslag, appeal, ruling, lagaKraft, e, anmalan);
        } else if (event instanceof DelegationsbeslutReportedEvent e) {
            return new DecisionLifecycle(decision, justering, anslag, appeal, ruling, lagaKraft, revocation, e);
        }
        throw new IllegalArgumentException("Not a lifecycle event: " + event);
    }

    /** Whether the step is already recorded exactly so: sending it again records nothing. */
    public boolean repeats(LifecycleStep step) {
        DecisionLifecycleEvent recorded = recordedOfKind(step);
        if (recorded == null) {
            return false;
        }
        if (step instanceof LifecycleStep.Ruling asked && recorded instanceof RulingGivenEvent given) {
            // A wholly quashing ruling names no changes when asked, but records those it annulled.
            return given.ruledOn().equals(asked.date()) && given.court().equals(asked.court())
                    && java.util.Objects.equals(given.courtCaseNumber(), asked.courtCaseNumber())
                    && given.outcome() == asked.outcome()
                    && (asked.outcome() != RulingOutcome.quashedInPart
                    || given.annulledChangeIds().equals(asked.changeIds()));
        }
        return recorded.equals(step.toEvent(recorded.organisationId(), recorded.decisionId(), List.of()));
    }

    /**
     * The rule the step would break, if any. {@code decisions} finds the other recorded decisions (a revoking
     * one); the caller has already made sure that one exists.
     */
    public Optional<RuleViolation> refusal(LifecycleStep step, Function<String, Decision> decisions) {
        LocalDate date = step.date();
        if (decision.kind() == DecisionKind.forslag) {
            return refuse(HardRule.PROPOSAL_HAS_NO_LIFECYCLE, date, "it is a proposal (förslag), which is not "
                    + "justerat, posted, appealed, ruled on, reported or revoked and gains no laga kraft; record the "
                    + "step on the decision that adopts it");
        }
        if (step instanceof LifecycleStep.Anmalan) {
            return anmalanRefusal(date);
        }
        if (date.isBefore(decision.decidedOn())) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date, "it is dated " + date
                    + ", before the decision itself was taken on " + decision.decidedOn());
        }
        if (recordedOfKind(step) != null) {
            return refuse(step instanceof LifecycleStep.LagaKraft ? HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD
                    : step instanceof LifecycleStep.Revocation ? HardRule.REVOCATION_BY_LATER_DECISION
                    : HardRule.DECISION_LIFECYCLE_ORDER, date, "this step is already recorded with other particulars"
                    + " (" + recordedOfKind(step).happenedOn() + "); each step is recorded once");
        }
        if (step instanceof LifecycleStep.Anslag) {
            return anslagRefusal(date);
        } else if (step instanceof LifecycleStep.Appeal) {
            return appealRefusal(date);
        } else if (step instanceof LifecycleStep.Ruling) {
            return rulingRefusal(date);
        } else if (step instanceof LifecycleStep.LagaKraft) {
            return lagaKraftRefusal(date);
        } else if (step instanceof LifecycleStep.Revocation revoked) {
            return revocationRefusal(revoked, decisions);
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> anmalanRefusal(LocalDate date) {
        if (decision.kind() != DecisionKind.delegationsbeslut) {
            return refuse(HardRule.ANMALAN_OF_DELEGATIONSBESLUT, date, "it is a " + decision.kind()
                    + ", not a delegationsbeslut; only a decision taken under delegation is reported to the nämnd");
        }
        if (date.isBefore(decision.decidedOn())) {
            return refuse(HardRule.ANMALAN_OF_DELEGATIONSBESLUT, date, "the anmälan is dated " + date
                    + ", before the delegationsbeslut was taken on " + decision.decidedOn());
        }
        if (anmalan != null) {
            return refuse(HardRule.ANMALAN_OF_DELEGATIONSBESLUT, date, "it was already reported to "
                    + anmalan.committeeId() + " on " + anmalan.reportedOn() + "; it is reported once");
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> anslagRefusal(LocalDate date) {
        if (justering == null) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date,
                    "the anslag is posted only once the protocol is justerat, and no justering is recorded");
        }
        if (date.isBefore(justering.justeratOn())) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date, "the anslag is dated " + date
                    + ", before the protocol was justerat on " + justering.justeratOn());
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> appealRefusal(LocalDate date) {
        if (anslag == null) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date,
                    "an appeal is recorded only once the anslag is posted, and no anslag is recorded");
        }
        if (date.isBefore(anslag.postedOn())) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date, "the appeal is dated " + date
                    + ", before the anslag was posted on " + anslag.postedOn());
        }
        LocalDate lastDay = AppealPeriod.lastDay(anslag.postedOn());
        if (date.isAfter(lastDay)) {
            return refuse(HardRule.APPEAL_WITHIN_PERIOD, date, "the appeal came in on " + date
                    + ", after the appeal period's last day " + lastDay + " (anslag posted " + anslag.postedOn() + ")");
        }
        if (lagaKraft != null) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date,
                    "the decision is recorded as having laga kraft from " + lagaKraft.lagaKraftOn());
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> rulingRefusal(LocalDate date) {
        if (appeal == null) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date,
                    "a court rules only on a decision that was appealed, and no appeal is recorded");
        }
        if (date.isBefore(appeal.appealedOn())) {
            return refuse(HardRule.DECISION_LIFECYCLE_ORDER, date, "the ruling is dated " + date
                    + ", before the appeal came in on " + appeal.appealedOn());
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> lagaKraftRefusal(LocalDate date) {
        if (anslag == null) {
            return refuse(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD, date,
                    "no anslag is recorded, so no appeal period has begun, let alone ended");
        }
        LocalDate lastDay = AppealPeriod.lastDay(anslag.postedOn());
        if (!date.isAfter(lastDay)) {
            return refuse(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD, date, "laga kraft from " + date
                    + " is not after the appeal period, whose last day is " + lastDay);
        }
        if (appeal != null && ruling == null) {
            return refuse(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD, date,
                    "the decision was appealed on " + appeal.appealedOn() + " and no ruling is recorded");
        }
        if (ruling != null && ruling.outcome() == RulingOutcome.quashed) {
            return refuse(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD, date,
                    "the court quashed the decision wholly on " + ruling.ruledOn());
        }
        if (ruling != null && date.isBefore(ruling.ruledOn())) {
            return refuse(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD, date, "laga kraft from " + date
                    + " is before the ruling of " + ruling.ruledOn());
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> revocationRefusal(LifecycleStep.Revocation revoked,
                                                      Function<String, Decision> decisions) {
        Decision revoking = decisions.apply(revoked.revokingDecisionId());
        if (revoking.id().equals(decision.id())) {
            return refuse(HardRule.REVOCATION_BY_LATER_DECISION, revoked.date(),
                    "a decision cannot revoke itself");
        }
        if (revoking.kind() == DecisionKind.forslag) {
            return refuse(HardRule.REVOCATION_BY_LATER_DECISION, revoked.date(), revoking.id()
                    + " is a proposal (förslag), which decides nothing and so revokes nothing");
        }
        if (revoking.decidedOn().isBefore(decision.decidedOn())) {
            return refuse(HardRule.REVOCATION_BY_LATER_DECISION, revoked.date(), "decision " + revoking.id()
                    + " was taken on " + revoking.decidedOn() + ", before this one (" + decision.decidedOn() + ")");
        }
        if (revoked.date().isBefore(revoking.decidedOn())) {
            return refuse(HardRule.REVOCATION_BY_LATER_DECISION, revoked.date(), "the revocation from "
                    + revoked.date() + " is dated before the revoking decision was taken on " + revoking.decidedOn());
        }
        if (isQuashedWholly()) {
            return refuse(HardRule.REVOCATION_BY_LATER_DECISION, revoked.date(),
                    "the court quashed the decision wholly on " + ruling.ruledOn() + "; nothing is left to revoke");
        }
        return Optional.empty();
    }

    public boolean isQuashedWholly() {
        return ruling != null && ruling.outcome() == RulingOutcome.quashed;
    }

    /** The last day of the appeal period, once the anslag is posted. */
    public Optional<LocalDate> appealPeriodEnds() {
        return anslag == null ? Optional.empty() : Optional.of(AppealPeriod.lastDay(anslag.postedOn()));
    }

    /**
     * The day the decision gained laga kraft, as known with {@code today} as the latest day that has passed:
     * recorded, or derived the day after the appeal period when no appeal is recorded and that day has come.
     */
    public Optional<LocalDate> lagaKraftFrom(LocalDate today) {
        if (lagaKraft != null) {
            return Optional.of(lagaKraft.lagaKraftOn());
        }
        if (anslag == null || appeal != null || isQuashedWholly()) {
            return Optional.empty();
        }
        LocalDate derived = AppealPeriod.lagaKraftWithoutAppeal(anslag.postedOn());
        return derived.isAfter(today) ? Optional.empty() : Optional.of(derived);
    }

    /** Whether {@link #lagaKraftFrom} is derived from the appeal period rather than recorded. */
    public boolean lagaKraftDerived(LocalDate today) {
        return lagaKraft == null && lagaKraftFrom(today).isPresent();
    }

    /** The decision's status on {@code today}, from what is recorded. */
    public DecisionStatus status(LocalDate today) {
        if (revocation != null && !revocation.revokedOn().isAfter(today)) {
            return DecisionStatus.revoked;
        }
        if (isQuashedWholly()) {
            return DecisionStatus.quashed;
        }
        if (lagaKraftFrom(today).isPresent()) {
            return DecisionStatus.lagaKraft;
        }
        if (ruling != null) {
            return ruling.outcome() == RulingOutcome.upheld ? DecisionStatus.upheld : DecisionStatus.quashedInPart;
        }
        if (appeal != null) {
            return DecisionStatus.appealed;
        }
        if (anslag != null) {
            return DecisionStatus.anslagPosted;
        }
        return justering != null ? DecisionStatus.justerat : DecisionStatus.decided;
    }

    private DecisionLifecycleEvent recordedOfKind(LifecycleStep step) {
        if (step instanceof LifecycleStep.Justering) {
            return justering;
        } else if (step instanceof LifecycleStep.Anslag) {
            return anslag;
        } else if (step instanceof LifecycleStep.Appeal) {
            return appeal;
        } else if (step instanceof LifecycleStep.Ruling) {
            return ruling;
        } else if (step instanceof LifecycleStep.LagaKraft) {
            return lagaKraft;
        } else if (step instanceof LifecycleStep.Anmalan) {
            return anmalan;
        }
        return revocation;
    }

    private Optional<RuleViolation> refuse(HardRule rule, LocalDate date, String why) {
        return Optional.of(new RuleViolation(rule, date, null, List.of(decision.id()),
                "Decision " + decision.id() + ": " + why));
    }
}
