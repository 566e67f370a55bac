package se.reorgledger.api.witness;

/**
 * The ledger in the database is not the one the witness describes, nor an extension of it: the service refuses
 * to start rather than begin, silently, on a ledger that lost what it had acknowledged.
 */
public class WitnessRefusal extends RuntimeException {

    private final String action;

    WitnessRefusal(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
