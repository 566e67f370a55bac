package se.reorgledger.projections;

/** A query names an organisation, unit or decision that the ledger does not hold, as known at that time. */
public class UnknownResourceException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownResourceException(String kind, String id) {
        super("No " + kind + " '" + id + "' is recorded");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
