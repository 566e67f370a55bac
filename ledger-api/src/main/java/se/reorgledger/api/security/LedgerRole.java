package se.reorgledger.api.security;

/**
 * Who may do what. Each role includes the ones below it: an admin may also record, a registrar also read.
 */
public enum LedgerRole {
    /** Auditors and REST clients: every read. */
    reader,
    /** Kommunsekreterare: record decisions and packages, import scenarios. */
    registrar,
    /** Register organisations, rebuild read models. */
    admin;

    public String authority() {
        return "ROLE_" + name();
    }
}
