package se.reorgledger.projections.trail;

import java.util.List;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.DecisionRef;

/** A decision in a unit's trail: the changes it made to the unit or its predecessors, and corrections it made. */
public record TrailDecision(DecisionRef decision, List<ChangeView> changes, List<CorrectionView> corrections) {
}
