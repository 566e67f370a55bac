package se.reorgledger.api.document;

/** No bytes are held under a SHA-256: never uploaded, though a document may be recorded by it. */
public class DocumentNotHeldException extends RuntimeException {

    private final String sha256;

    public DocumentNotHeldException(String sha256) {
        super("The ledger holds no bytes of document " + sha256 + "; a document may be recorded by its SHA-256 "
                + "before (or without) its bytes being uploaded");
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
