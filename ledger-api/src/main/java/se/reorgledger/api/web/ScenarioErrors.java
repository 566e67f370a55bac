package se.reorgledger.api.web;

import java.util.Map;
import se.reorgledger.api.scenario.ScenarioImportException;
import se.reorgledger.api.scenario.ScenarioRule;

/** A scenario file's error in Swedish: what kind of problem, on which line; the reader's own words follow. */
final class ScenarioErrors {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry(ScenarioRule.YAML_SYNTAX.slug(), "Filen är inte giltig YAML"),
            Map.entry(ScenarioRule.DUPLICATE_FIELD.slug(), "Ett fält står två gånger"),
            Map.entry(ScenarioRule.UNKNOWN_FIELD.slug(), "Ett fält är okänt"),
            Map.entry(ScenarioRule.MISSING_FIELD.slug(), "Ett fält som behövs saknas"),
            Map.entry(ScenarioRule.MALFORMED_VALUE.slug(), "Ett värde har fel form"),
            Map.entry(ScenarioRule.UNKNOWN_CHANGE_TYPE.slug(), "Ändringstypen är okänd"),
            Map.entry(ScenarioRule.ILLUSTRATIVE_FILE.slug(), "Filen är märkt illustrativ men ett beslut säger "
                    + "motsatsen"),
            Map.entry(ScenarioRule.UNKNOWN_LIFECYCLE_STEP.slug(), "Steget i beslutets livscykel är okänt"),
            Map.entry(ScenarioRule.ILLUSTRATIVE_STEP.slug(), "Ett steg är märkt illustrativt men beslutet är det "
                    + "inte"),
            Map.entry(ScenarioRule.ONE_ORGANISATION.slug(), "Filen gäller en annan organisation"),
            Map.entry(ScenarioRule.UNKNOWN_ENTITY.slug(), "Något som nämns finns inte i reskontran"),
            Map.entry(ScenarioRule.REGISTERED_AT.slug(), "Registreringstiderna går inte ihop med reskontran"),
            Map.entry(ScenarioRule.MIGRATION_NEEDS_ADMIN.slug(), "Migrerad historik läses in av en administratör"));

    private ScenarioErrors() {
    }

    static String swedish(ScenarioImportException e) {
        String kind = KINDS.getOrDefault(e.rule(), "Reskontran godtar inte filen (regel " + e.rule() + ")");
        return kind + ", rad " + e.line() + " i " + e.file() + ". Beskrivning: " + e.problem();
    }
}
