package se.reorgledger.api.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.organisation.ChangeVocabulary;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.structure.UnitNode;

/**
 * What a package did (recorded), would do (dryRun) or had already done (alreadyRecorded): its changes, how many
 * of each kind, the last date it touches, the guidelines' report on the dates it touches, and links to read the
 * result. The organisation itself only when asked for ({@code include=structure}): at a kommun's size it is
 * hundreds of kilobytes that most writers never read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackageResponse(String status, String organisation, String decision, List<String> changeIds,
                              Map<String, Integer> changeTypes, LocalDate asOf, List<GuidelineView> guidelines,
                              Map<String, String> links, UnitNode structure) {

    public static PackageResponse of(PackageOutcome outcome, List<Change> changes, boolean withStructure) {
        String status = switch (outcome.status()) {
            case RECORDED -> "recorded";
            case DRY_RUN -> "dryRun";
            case ALREADY_RECORDED -> "alreadyRecorded";
        };
        return new PackageResponse(status, outcome.organisationId(), outcome.decisionId(), outcome.changeIds(),
                typesOf(changes), outcome.asOf(), outcome.guidelines().stream().map(GuidelineView::of).toList(),
                links(outcome), withStructure ? outcome.structure() : null);
    }

    private static Map<String, Integer> typesOf(List<Change> changes) {
        Map<String, String> names = new LinkedHashMap<>();
        ChangeVocabulary.types().forEach((name, type) -> names.put(type.getName(), name));
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (Change change : changes) {
            counted.merge(names.getOrDefault(change.getClass().getName(), change.getClass().getSimpleName()), 1,
                    Integer::sum);
        }
        return counted;
    }

    private static Map<String, String> links(PackageOutcome outcome) {
        String organisation = "/api/v1/organisations/" + outcome.organisationId();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("decision", organisation + "/decisions/" + outcome.decisionId());
        links.put("structure", organisation + "/structure" + (outcome.asOf() == null ? "" : "?asOf=" + outcome.asOf()));
        links.put("organisation", organisation);
        return links;
    }
}
