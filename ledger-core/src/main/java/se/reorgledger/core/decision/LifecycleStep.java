package se.reorgledger.core.decision;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

/** One step of a decision's life, as a kommunsekreterare records it; it becomes one lifecycle event. */
public sealed interface LifecycleStep {

    /** The day the step happened. */
    LocalDate date();

    /** The event recording this step; {@code annulled} are the changes a quashing ruling annuls. */
    DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled);

    /** The protocol was justerat. */
    record Justering(LocalDate date) implements LifecycleStep {
        public Justering {
            Require.date("date", date);
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new ProtocolJusteratEvent(organisationId, decisionId, date);
        }
    }

    /** The anslag was posted on the anslagstavla. */
    record Anslag(LocalDate date) implements LifecycleStep {
        public Anslag {
            Require.date("date", date);
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new AnslagPostedEvent(organisationId, decisionId, date);
        }
    }

    /** The decision was appealed to a court. */
    record Appeal(LocalDate date, String court, String courtCaseNumber) implements LifecycleStep {
        public Appeal {
            Require.date("date", date);
            court = Require.text("court", court);
            courtCaseNumber = Require.optionalText("courtCaseNumber", courtCaseNumber);
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new DecisionAppealedEvent(organisationId, decisionId, date, court, courtCaseNumber);
        }
    }

    /**
     * The court's ruling. Quashing in part names the changes it annuls; quashing wholly annuls every change of
     * the decision then in force and names none; upholding names none.
     */
    record Ruling(LocalDate date, String court, String courtCaseNumber, RulingOutcome outcome,
                  List<String> changeIds) implements LifecycleStep {
        public Ruling {
            Require.date("date", date);
            court = Require.text("court", court);
            courtCaseNumber = Require.optionalText("courtCaseNumber", courtCaseNumber);
            Require.present("outcome", outcome);
            changeIds = changeIds == null ? List.of() : List.copyOf(changeIds);
            for (int i = 0; i < changeIds.size(); i++) {
                Require.changeId("changeIds[" + i + "]", changeIds.get(i));
            }
            if (outcome == RulingOutcome.quashedInPart && changeIds.isEmpty()) {
                throw new InvalidChangeException("changeIds", "must name the changes a ruling quashes in part");
            }
            if (outcome != RulingOutcome.quashedInPart && !changeIds.isEmpty()) {
                throw new InvalidChangeException("changeIds", "names changes only when the ruling quashes in part");
            }
            if (changeIds.stream().distinct().count() != changeIds.size()) {
                throw new InvalidChangeException("changeIds", "must not name a change twice");
            }
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new RulingGivenEvent(organisationId, decisionId, date, court, courtCaseNumber, outcome, annulled);
        }
    }

    /** The decision gained laga kraft, recorded as a fact (for instance after an upholding ruling). */
    record LagaKraft(LocalDate date) implements LifecycleStep {
        public LagaKraft {
            Require.date("date", date);
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new LagaKraftRecordedEvent(organisationId, decisionId, date);
        }
    }

    /** A delegationsbeslut was reported (anmält) to a registered nämnd, under a § of its protocol when known. */
    record Anmalan(LocalDate date, String committeeId, String paragraph) implements LifecycleStep {
        public Anmalan {
            Require.date("date", date);
            Require.id("committeeId", committeeId);
            paragraph = Require.optionalText("paragraph", paragraph);
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new DelegationsbeslutReportedEvent(organisationId, decisionId, date, committeeId, paragraph);
        }
    }

    /** A later decision revoked this one. */
    record Revocation(LocalDate date, String revokingDecisionId) implements LifecycleStep {
        public Revocation {
            Require.date("date", date);
            Require.id("revokingDecisionId", revokingDecisionId);
        }

        @Override
        public DecisionLifecycleEvent toEvent(String organisationId, String decisionId, List<String> annulled) {
            return new DecisionRevokedEvent(organisationId, decisionId, date, revokingDecisionId);
        }
    }
}
