package se.reorgledger.api.document;

import java.util.Optional;

/**
 * The bytes of documents, kept content-addressed beside the ledger: under their SHA-256, never changed once kept.
 * Every read hashes the bytes again and refuses to hand out bytes that no longer match their address.
 */
public interface DocumentStore {

    /**
     * Keeps the bytes under their SHA-256, which the caller has computed from them. Bytes already held are kept as
     * they are (the first media type given stays). Held bytes found altered are replaced by these in the data
     * folder; in PostgreSQL the row cannot be changed, and is restored from a backup.
     *
     * @return what is now held, and whether it was kept now
     */
    Kept keep(String sha256, String mediaType, byte[] bytes);

    /**
     * The bytes held under a SHA-256, checked against it.
     *
     * @throws DocumentAlteredException when the bytes held no longer hash to their address
     */
    Optional<HeldDocument> read(String sha256);

    /** What a store is, for the log and the documentation: the folder or the table. */
    String describe();

    /** The outcome of {@link #keep}. */
    record Kept(HeldDocument document, boolean keptNow) {
    }
}
