package se.reorgledger.api.readmodel;

/**
 * Read-your-writes across nodes. A write answers with {@value #POSITION}, the ledger position that holds it; a
 * read on any node that sends that value back as {@value #MIN_POSITION} is answered only from read models that
 * have applied it (waiting briefly, otherwise 503 with Retry-After).
 */
public final class LedgerPositionHeaders {

    public static final String POSITION = "Ledger-Position";
    public static final String MIN_POSITION = "Ledger-Min-Position";

    private LedgerPositionHeaders() {
    }

    /** The position a {@value #MIN_POSITION} value names; empty when it is not a number (the gate answers 400). */
    public static java.util.OptionalLong minPosition(String header) {
        try {
            return java.util.OptionalLong.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
