package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.util.List;
import se.reorgledger.projections.documents.DocumentView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.DecisionRef;

/**
 * A decision and everything it caused as known at a time: its changes in effective order, its corrections, and
 * its lifecycle (justering, anslag, appeal, ruling, laga kraft, revocation), and the documents it and its parts
 * carry (protokollsutdrag, dom, reglemente text).
 */
public record DecisionView(DecisionRef decision, Instant recordedAt, String recordedBy, List<DecidedChange> changes,
                           List<CorrectionView> corrections, LifecycleView lifecycle, List<DocumentView> documents) {
}
