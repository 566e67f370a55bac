package se.reorgledger.api.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioPerson;
import se.reorgledger.api.scenario.ScenarioPreview;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.organisation.ConflictException;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.EstablishUnit;

/**
 * What a preview shows, in Swedish: the refusals (each naming its date, its units and the rule), the guidelines
 * departed from (warnings; the package may still be recorded), and the organisation before and after.
 */
record PreviewReport(boolean refused, String refusedDecision, List<Line> refusals, List<Line> warnings,
                     LocalDate asOf, StructureComparison comparison, int packages, boolean alreadyRecorded) {

    /**
     * One finding: its date (null when the rule has none), the sentence, the ledger's own wording, and for a
     * guideline whether the organisation departed from it on that date already before the package.
     */
    record Line(LocalDate date, String text, String detail, boolean before) {

        Line(LocalDate date, String text, String detail) {
            this(date, text, detail, false);
        }
    }

    /** Names by id, for the units, chef roles, nämnder and persons a finding is about. */
    interface Names extends Function<String, String> {
    }

    /**
     * @param structureOn the organisation as recorded on a date, for names and for the "before" side
     * @param findingsOn  the guidelines the recorded organisation departs from on a date
     */
    static PreviewReport of(Scenario scenario, ScenarioPreview.Result result, Function<LocalDate, UnitNode> structureOn,
                            Function<LocalDate, List<GuidelineFinding>> findingsOn) {
        Map<String, String> names = new HashMap<>();
        scenario.persons().forEach((ScenarioPerson person) -> names.put(person.id(), person.name()));
        for (ScenarioDecision decision : scenario.decisions()) {
            for (ScenarioChange change : decision.changes()) {
                if (change.change() instanceof EstablishUnit unit) {
                    names.put(unit.unitId(), unit.name());
                } else if (change.change() instanceof EstablishChefRole role) {
                    names.put(role.chefRoleId(), role.title());
                } else if (change.change() instanceof RegisterCommittee committee) {
                    names.put(committee.committeeId(), committee.name());
                }
            }
        }
        Names named = id -> {
            String name = names.get(id);
            return name == null ? "”" + id + "”" : name + " (" + id + ")";
        };
        List<Line> warnings = new ArrayList<>();
        for (PackageOutcome outcome : result.packages()) {
            for (GuidelineFinding finding : outcome.guidelines()) {
                addNames(names, structureOn.apply(finding.date()));
                boolean before = findingsOn.apply(finding.date()).stream().anyMatch(earlier ->
                        earlier.guideline() == finding.guideline() && earlier.subjects().equals(finding.subjects()));
                warnings.add(new Line(finding.date(), subjects(finding.subjects(), named) + ": "
                        + RuleTexts.guideline(finding.guideline()), finding.message(), before));
            }
        }
        boolean alreadyRecorded = !result.packages().isEmpty() && result.packages().stream()
                .allMatch(outcome -> outcome.status() == PackageOutcome.Status.ALREADY_RECORDED);
        if (result.refused()) {
            List<Line> refusals = refusals(result.refusal(), names, named, structureOn);
            return new PreviewReport(true, result.refusedAt() == null ? null : result.refusedAt().decision().id(),
                    refusals, warnings, null, null, result.packages().size(), false);
        }
        PackageOutcome last = result.packages().stream().filter(outcome -> outcome.structure() != null)
                .reduce((first, second) -> second).orElse(null);
        if (last == null) {
            return new PreviewReport(false, null, List.of(), warnings, null, null, result.packages().size(),
                    alreadyRecorded);
        }
        StructureComparison comparison = StructureComparison.of(structureOn.apply(last.asOf()), last.structure());
        return new PreviewReport(false, null, List.of(), warnings, last.asOf(), comparison,
                result.packages().size(), alreadyRecorded);
    }

    private static List<Line> refusals(RuntimeException refusal, Map<String, String> names, Names named,
                                       Function<LocalDate, UnitNode> structureOn) {
        List<Line> lines = new ArrayList<>();
        if (refusal instanceof PackageRefusedException refused) {
            for (RuleViolation violation : refused.violations()) {
                if (violation.date() != null) {
                    addNames(names, structureOn.apply(violation.date()));
                    addNames(names, structureOn.apply(violation.date().minusDays(1)));
                }
                int index = refused.packageIndexOf(violation);
                String which = index >= 0 ? "Ändring " + (index + 1) + " i paketet"
                        : violation.changeId() == null ? "Paketet"
                        : "Paketet skulle bryta den tidigare registrerade ändringen " + violation.changeId() + ", och";
                String on = violation.date() == null ? "" : " den " + violation.date();
                lines.add(new Line(violation.date(), which + " kan inte gälla" + on + " för "
                        + subjects(violation.subjects(), named) + ". Regeln: " + RuleTexts.rule(violation.rule()),
                        violation.message()));
            }
        } else if (refusal instanceof ConflictException conflict) {
            lines.add(new Line(null, "Redan använt: " + subjects(conflict.subjects(), named) + ". Regeln: "
                    + RuleTexts.rule(conflict.rule()), conflict.getMessage()));
        } else if (refusal instanceof UnknownEntityException unknown) {
            String what = switch (unknown.kind()) {
                case "person" -> "Personen";
                case "decision" -> "Beslutet";
                case "organisation" -> "Organisationen";
                default -> "Det som nämns";
            };
            lines.add(new Line(null, what + " ”" + unknown.id() + "” finns inte i reskontran. En person som ska "
                    + "tillsättas behöver ett namn i formuläret första gången.", unknown.getMessage()));
        } else if (refusal instanceof InvalidChangeException invalid) {
            lines.add(new Line(null, "Uppgiften ”" + invalid.field() + "” godtas inte av reskontran.",
                    invalid.getMessage()));
        }
        return lines;
    }

    private static String subjects(List<String> ids, Names named) {
        return ids.isEmpty() ? "organisationen" : String.join(", ", ids.stream().map(named).toList());
    }

    private static void addNames(Map<String, String> names, UnitNode unit) {
        if (unit == null) {
            return;
        }
        names.putIfAbsent(unit.id(), unit.name());
        unit.chefRoles().forEach(role -> {
            names.putIfAbsent(role.id(), role.title() + " för " + unit.name());
            if (role.holder() != null) {
                names.putIfAbsent(role.holder().id(), role.holder().name());
            }
        });
        unit.children().forEach(child -> addNames(names, child));
    }
}
