package se.reorgledger.api.config;

/** Metadata keys the ledger writes on every command and, through correlation, on every event. */
public final class LedgerMetaData {

    /** Who recorded the change: the authenticated user's name. */
    public static final String PRINCIPAL = "principal";

    /**
     * Migrated history: the moment the change was first registered in the ledger it is imported from. The
     * store gives the append this recorded time instead of its own clock's, under the same head lock and only
     * if it is later than the head (see LedgerEventStorageEngine).
     */
    public static final String REGISTERED_AT = "registeredAt";

    /** Who imported migrated history. */
    public static final String MIGRATED_BY = "migratedBy";

    /** When migrated history was imported (the clock of the importing service). */
    public static final String MIGRATED_AT = "migratedAt";

    /** The file migrated history was imported from. */
    public static final String MIGRATED_FROM = "migratedFrom";

    /** The SHA-256 (hex) of that file's bytes. */
    public static final String MIGRATED_FILE_SHA256 = "migratedFileSha256";

    /** Every key that a command hands on to the events it causes. */
    public static final String[] CORRELATED = {PRINCIPAL, REGISTERED_AT, MIGRATED_BY, MIGRATED_AT, MIGRATED_FROM,
            MIGRATED_FILE_SHA256};

    private LedgerMetaData() {
    }
}
