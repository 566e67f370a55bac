package se.reorgledger.api.document;

/** The bytes held under a SHA-256 no longer hash to it: the store was changed behind the service's back. */
public class DocumentAlteredException extends RuntimeException {

    private final String sha256;
    private final String found;

    public DocumentAlteredException(String sha256, String found, String where) {
        super("The bytes held for document " + sha256 + " (" + where + ") hash to " + found
                + ": they were changed in the store after they were kept");
        this.sha256 = sha256;
        this.found = found;
    }

    public String sha256() {
        return sha256;
    }

    public String found() {
        return found;
    }
}
