package se.reorgledger.api.config;

/** Metadata keys the ledger writes on every command and, through correlation, on every event. */
public final class LedgerMetaData {

    /** Who recorded the change: the authenticated user's name. */
    public static final String PRINCIPAL = "principal";

    private LedgerMetaData() {
    }
}
