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
                    + "(PM, Det legala ramverket för myndighetsutövning)."),
    IN_FORCE_BEFORE_LAGA_KRAFT("in-force-before-laga-kraft",
            "A decision may be carried out before it has laga kraft (verkställighet, kommunallagen 13 kap.), but "
                    + "an organisation that rests on a decision still open to appeal or ruling is worth an "
                    + "auditor's eye.");

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
