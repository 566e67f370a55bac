package se.reorgledger.integrity.chain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What verification found wrong with the ledger, by kind; each is defined in docs/ledger-integrity.md. */
public enum FindingKind {

    /** An event no longer matches the entry hash recorded when it was appended. */
    ALTERED("altered"),
    /** An event that the chain records, or whose position the chain passes over, is not there. */
    REMOVED("removed"),
    /** An event sits in the ledger without a link of the chain that belongs to it. */
    INSERTED("inserted"),
    /** Events are intact but stand in another order, or exchanged parts, than when they were appended. */
    REORDERED("reordered"),
    /** The events match their hashes, but the chain's own records were changed. */
    CHAIN_MISMATCH("chain-mismatch"),
    /** The head's digest is not the chain's last link. */
    HEAD_MISMATCH("head-mismatch"),
    /** The ledger does not hash to a digest published earlier. */
    DIGEST_MISMATCH("digest-mismatch"),
    /** An export lacks its closing head line: it was cut short or is not a whole export. */
    INCOMPLETE("incomplete");

    private final String slug;

    FindingKind(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }
}
