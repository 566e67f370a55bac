package se.reorgledger.core.change;

/** A field of a request breaks its own form (a blank name, a malformed id): the client's input is wrong. */
public class InvalidChangeException extends IllegalArgumentException {

    private final String field;

    public InvalidChangeException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return getMessage().substring(field.length() + 2);
    }
}
