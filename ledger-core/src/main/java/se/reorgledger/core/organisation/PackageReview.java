package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.rules.Guidelines;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.rules.TimelineCheck;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.structure.StructureTree;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitState;

/**
 * A package checked against every date of the organisation it would produce: refused if any hard rule breaks,
 * otherwise the guidelines' findings on the dates it touches and the organisation on the last of them.
 */
final class PackageReview {

    private final LocalDate asOf;
    private final Supplier<UnitNode> structure;
    private final List<GuidelineFinding> guidelines;

    private PackageReview(LocalDate asOf, Supplier<UnitNode> structure, List<GuidelineFinding> guidelines) {
        this.asOf = asOf;
        this.structure = structure;
        this.guidelines = guidelines;
    }

    static PackageReview of(PackagePlan plan, UnitState root, Map<String, String> personNames) {
        // The register as it stands now, also for a tree built later while the organisation records more.
        Map<String, String> names = Map.copyOf(personNames);
        OrganisationState state = new OrganisationState(root, names::get, plan.timeline().size());
        LocalDate asOf = plan.dates().stream().max(LocalDate::compareTo).orElseThrow();
        Map<String, GuidelineFinding> findings = new LinkedHashMap<>();
        OrganisationState[] onAsOf = {null};

        List<RuleViolation> violations = TimelineCheck.runInOrder(state, plan.timeline(), (date, nextDate,
                                                                                       organisation) -> {
            for (LocalDate touched : plan.dates()) {
                if (holdsOn(touched, date, nextDate)) {
                    Guidelines.evaluate(organisation, touched).forEach(finding -> findings.putIfAbsent(
                            finding.guideline() + "|" + finding.subjects(), finding));
                }
            }
            if (holdsOn(asOf, date, nextDate)) {
                // After the last date nothing changes it any more; before, it is kept as it stands on asOf.
                onAsOf[0] = nextDate == null ? organisation : organisation.copy(names::get);
            }
        });
        if (!violations.isEmpty()) {
            throw new PackageRefusedException(violations);
        }
        OrganisationState organisationOnAsOf = onAsOf[0] == null
                ? new OrganisationState(root, names::get) : onAsOf[0];
        return new PackageReview(asOf, () -> StructureTree.of(organisationOnAsOf),
                new ArrayList<>(findings.values()));
    }

    /** The state from {@code date} until {@code nextDate} is the organisation on {@code day}. */
    private static boolean holdsOn(LocalDate day, LocalDate date, LocalDate nextDate) {
        return !day.isBefore(date) && (nextDate == null || day.isBefore(nextDate));
    }

    PackageOutcome outcome(PackageOutcome.Status status, String organisationId, String decisionId,
                           List<String> changeIds) {
        return new PackageOutcome(status, organisationId, decisionId, changeIds, asOf, structure, guidelines);
    }
}
