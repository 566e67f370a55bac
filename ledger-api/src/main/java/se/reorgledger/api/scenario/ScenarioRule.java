package se.reorgledger.api.scenario;

/**
 * The ways a scenario file can be wrong before any hard rule of the ledger is reached. Slugs are stable, as
 * the core's rule slugs are: a refused import names one of these or a {@code HardRule} slug.
 */
public enum ScenarioRule {
    YAML_SYNTAX("yaml-syntax"),
    DUPLICATE_FIELD("duplicate-field"),
    UNKNOWN_FIELD("unknown-field"),
    MISSING_FIELD("missing-field"),
    MALFORMED_VALUE("malformed-value"),
    UNKNOWN_CHANGE_TYPE("unknown-change-type"),
    ILLUSTRATIVE_FILE("illustrative-file"),
    /** A lifecycle step whose {@code type} is not one of the API's steps. */
    UNKNOWN_LIFECYCLE_STEP("unknown-lifecycle-step"),
    /** A lifecycle step marked illustrative on a decision that is not: the ledger would show it as stated. */
    ILLUSTRATIVE_STEP("illustrative-step"),
    ONE_ORGANISATION("one-organisation"),
    UNKNOWN_ENTITY("unknown-entity"),
    /** A registered time out of order: not later than the ledger's head or the entry before, or in the future. */
    REGISTERED_AT("registered-at"),
    /** Migrated history (registered times of its own) is imported by an admin only. */
    MIGRATION_NEEDS_ADMIN("migration-needs-admin");

    private final String slug;

    ScenarioRule(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
