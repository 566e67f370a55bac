package se.reorgledger.api.document;

/** Uploaded bytes do not hash to the SHA-256 they were sent under. */
public class DocumentHashMismatchException extends RuntimeException {

    private final String named;
    private final String actual;

    public DocumentHashMismatchException(String named, String actual, long size) {
        super("The " + size + " bytes sent hash to " + actual + ", not to " + named
                + "; nothing was kept. Send the document's bytes exactly as they are, or PUT them under their own "
                + "hash");
        this.named = named;
        this.actual = actual;
    }

    public String named() {
        return named;
    }

    public String actual() {
        return actual;
    }
}
