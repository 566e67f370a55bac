package se.reorgledger.core.correction;

import se.reorgledger.core.change.ChangeEvent;

/**
 * A later decision's statement that an earlier change was wrong. The earlier event is never edited; readers
 * apply the correction when, and only when, they look at the ledger as known after it was recorded.
 */
public interface CorrectionEvent extends ChangeEvent {

    /** The change that this correction concerns. */
    String targetChangeId();

    String reason();
}
