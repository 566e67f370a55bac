package se.reorgledger.api.document;

/** A document is attached with a size other than that of the bytes held under its SHA-256. */
public class DocumentSizeDiffersException extends RuntimeException {

    public DocumentSizeDiffersException(String sha256, long named, long held) {
        super("The document " + sha256 + " is named with size " + named + ", but the bytes held under that SHA-256 "
                + "are " + held + " bytes; leave size out to take it from the bytes held (nothing was recorded)");
    }
}
