package se.reorgledger.core.rules;

/**
 * The PM's principles of organisation, which allow exceptions: the ledger reports where they are not met
 * and records the change anyway.
 */
public enum Guideline {
    AT_MOST_THREE_CHEF_LEVELS("at-most-three-chef-levels",
            "Within a kontor there are at most three chef levels: kontorschef, avdelningschef, enhetschef "
                    + "(PM, Organisatoriska beslutsnivåer)."),
    KONTOR_LED_BY_KONTORSCHEF("kontor-led-by-kontorschef",
            "Every kontor is led by a kontorschef (PM, Ledarskap och ansvar i fokus)."),
    AUTHORITY_UNITS_SEPARATED("authority-units-separated",
            "Units that exercise public authority (myndighetsutövning) are avdelningar or enheter of their own "
                    + "(PM, Det legala ramverket för myndighetsutövning).");

    private final String slug;
    private final String statement;

    Guideline(String slug, String statement) {
        this.slug = slug;
        this.statement = statement;
    }

    public String slug() {
        return slug;
    }

    public String statement() {
        return statement;
    }
}
