package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.core.decision.RulingOutcome;

/**
 * Where a decision stands as known at a moment: its status, the dates of its steps, the appeal period's last
 * day (computed from the anslag) and the day it gained laga kraft, recorded or derived when the appeal period
 * ended with no appeal recorded; for a delegationsbeslut, its anmälan to the nämnd. {@code steps} lists each recorded step with when the ledger learned it.
 */
public record LifecycleView(DecisionStatus status, LocalDate justeratOn, LocalDate anslagPostedOn,
                            LocalDate appealPeriodEnds, Appeal appeal, Ruling ruling, LocalDate lagaKraftFrom,
                            boolean lagaKraftDerived, Revocation revocation, Anmalan anmalan,
                            List<StepView> steps) {

    /** Dates in Sweden: the day a moment falls on there decides whether an appeal period has ended. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    public record Appeal(LocalDate appealedOn, String court, String courtCaseNumber) {
    }

    public record Ruling(LocalDate ruledOn, String court, String courtCaseNumber, RulingOutcome outcome,
                         List<String> annulledChangeIds) {
    }

    public record Revocation(LocalDate revokedOn, String revokingDecisionId) {
    }

    /** A delegationsbeslut's anmälan: the day, the nämnd it was reported to, and the § of that nämnd's protocol. */
    public record Anmalan(LocalDate reportedOn, String committeeId, String paragraph) {
    }

    /** One recorded step: its kind, its date, and who recorded it when. */
    public record StepView(String eventId, String type, LocalDate date, Instant recordedAt, String recordedBy) {
    }

    static LifecycleView of(DecisionLifecycle known, Instant knownAt, List<StepView> steps) {
        LocalDate today = LocalDate.ofInstant(knownAt, SWEDEN);
        return new LifecycleView(known.status(today),
                known.justering() == null ? null : known.justering().justeratOn(),
                known.anslag() == null ? null : known.anslag().postedOn(),
                known.appealPeriodEnds().orElse(null),
                known.appeal() == null ? null : new Appeal(known.appeal().appealedOn(), known.appeal().court(),
                        known.appeal().courtCaseNumber()),
                known.ruling() == null ? null : new Ruling(known.ruling().ruledOn(), known.ruling().court(),
                        known.ruling().courtCaseNumber(), known.ruling().outcome(),
                        known.ruling().annulledChangeIds()),
                known.lagaKraftFrom(today).orElse(null),
                known.lagaKraftDerived(today),
                known.revocation() == null ? null : new Revocation(known.revocation().revokedOn(),
                        known.revocation().revokingDecisionId()),
                known.anmalan() == null ? null : new Anmalan(known.anmalan().reportedOn(),
                        known.anmalan().committeeId(), known.anmalan().paragraph()),
                steps);
    }
}
