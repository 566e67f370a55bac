package se.reorgledger.api.scenario;

/**
 * Who imports: the principal recorded on every change, and whether they are an admin, the only ones who may
 * import migrated history (entries with registered times of their own).
 */
public record ImportBy(String principal, boolean admin) {

    public ImportBy {
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("an import is made by someone: the principal is required");
        }
    }

    public static ImportBy registrar(String principal) {
        return new ImportBy(principal, false);
    }

    public static ImportBy admin(String principal) {
        return new ImportBy(principal, true);
    }
}
