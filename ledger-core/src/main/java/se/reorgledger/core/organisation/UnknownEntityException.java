package se.reorgledger.core.organisation;

/** A request names an organisation, decision or person that the ledger does not hold. */
public class UnknownEntityException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownEntityException(String kind, String id) {
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
