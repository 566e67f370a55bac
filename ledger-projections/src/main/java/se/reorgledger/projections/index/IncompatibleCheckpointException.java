package se.reorgledger.projections.index;

/** A checkpoint of the read models that this code cannot read as written: it is discarded, never half-trusted. */
public class IncompatibleCheckpointException extends RuntimeException {

    public IncompatibleCheckpointException(String reason) {
        super(reason);
    }
}
