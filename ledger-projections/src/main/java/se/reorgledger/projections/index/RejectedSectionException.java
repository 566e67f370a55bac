package se.reorgledger.projections.index;

/**
 * An organisation's section of a checkpoint failed its checks when it was first used: its index is never served,
 * and the read models are to be rebuilt from the ledger's events.
 */
public final class RejectedSectionException extends RuntimeException {

    private final String organisationId;
    private final String reason;

    public RejectedSectionException(String organisationId, String reason) {
        super("The read models of organisation " + organisationId + " were not loaded from the checkpoint: " + reason);
        this.organisationId = organisationId;
        this.reason = reason;
    }

    public String organisationId() {
        return organisationId;
    }

    /** Why, in words: which check failed. */
    public String reason() {
        return reason;
    }
}
