package se.reorgledger.api.store;

/** A migrated append whose registered time would put the ledger's recorded times out of order; nothing is stored. */
public class RegisteredTimeRefusedException extends RuntimeException {

    public RegisteredTimeRefusedException(String message) {
        super(message);
    }
}
