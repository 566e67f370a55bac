package se.reorgledger.api.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioPerson;
import se.reorgledger.api.scenario.ScenarioPreview;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.committee.CommitteeChangeEvent;
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
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.rules.RuleFinding;

/**
 * What a preview shows, in Swedish: the refusals (each naming its date, its units and the rule), the guidelines
 * departed from (warnings; the package may still be recorded), and the organisation before and after.
 */
record PreviewReport(boolean refused, String refusedDecision, List<Line> refusals, List<Line> warnings,
                     LocalDate asOf, StructureComparison comparison, CommitteeComparison committees,
                     List<String> packageLines, int packages, boolean alreadyRecorded) {

    /**
     * One finding: its date (null when the rule has none), the sentence, the ledger's own wording, for a
     * guideline whether the organisation departed from it on that date already before the package, and whether
     * one of its subjects rests on an illustrative decision (recorded, or the package's own).
     */
    record Line(LocalDate date, String text, String detail, boolean before, boolean illustrative) {

        Line(LocalDate date, String text, String detail) {
            this(date, text, detail, false, false);
        }
    }

    /** Names by id, for the units, chef roles, nämnder and persons a finding is about. */
    interface Names extends Function<String, String> {
    }

    /**
     * The organisation as recorded, by date.
     *
     * @param structure    the tree on a date, for names and for the "before" side
     * @param findings     the rules report on a date: the guidelines the recorded organisation departs from
     * @param illustrative the ids of the units and chef roles whose facts on a date rest on an illustrative decision
     * @param committees   the nämnder on a date, for their names and for the "before" side
     */
    record Recorded(Function<LocalDate, UnitNode> structure, Function<LocalDate, List<RuleFinding>> findings,
                    Function<LocalDate, Set<String>> illustrative,
                    Function<LocalDate, List<CommitteeView>> committees) {
    }

    static PreviewReport of(Scenario scenario, ScenarioPreview.Result result, Recorded recorded) {
        Function<LocalDate, UnitNode> structureOn = recorded.structure();
        Map<String, String> names = new HashMap<>();
        Set<String> illustrativeInPackage = new HashSet<>();
        scenario.persons().forEach((ScenarioPerson person) -> names.put(person.id(), person.name()));
        for (ScenarioDecision decision : scenario.decisions()) {
            boolean illustrative = scenario.illustrative() || decision.decision().illustrative();
            if (illustrative) {
                illustrativeInPackage.add(decision.decision().id());
            }
            for (ScenarioChange change : decision.changes()) {
                if (change.change() instanceof EstablishUnit unit) {
                    names.put(unit.unitId(), unit.name());
                } else if (change.change() instanceof EstablishChefRole role) {
                    names.put(role.chefRoleId(), role.title());
                } else if (change.change() instanceof RegisterCommittee committee) {
                    names.put(committee.committeeId(), committee.name());
                }
                if (illustrative) {
                    illustrativeInPackage.addAll(touched(change.change()));
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
                RuleFinding earlier = recorded.findings().apply(finding.date()).stream().filter(found ->
                        found.guideline() == finding.guideline() && found.subjects().equals(finding.subjects()))
                        .findFirst().orElse(null);
                Set<String> illustrativeRecorded = recorded.illustrative().apply(finding.date());
                boolean illustrative = (earlier != null && earlier.illustrative()) || finding.subjects().stream()
                        .anyMatch(id -> illustrativeInPackage.contains(id) || illustrativeRecorded.contains(id));
                warnings.add(new Line(finding.date(), subjects(finding.subjects(), named) + ": "
                        + RuleTexts.guideline(finding.guideline()), finding.message(), earlier != null,
                        illustrative));
            }
        }
        boolean alreadyRecorded = !result.packages().isEmpty() && result.packages().stream()
                .allMatch(outcome -> outcome.status() == PackageOutcome.Status.ALREADY_RECORDED);
        addCommitteeNames(names, scenario, recorded);
        if (result.refused()) {
            List<Line> refusals = refusals(result.refusal(), names, named, structureOn);
            return new PreviewReport(true, result.refusedAt() == null ? null : result.refusedAt().decision().id(),
                    refusals, warnings, null, null, null, List.of(), result.packages().size(), false);
        }
        List<String> packageLines = PackageLines.of(scenario.decisions(), id -> names.getOrDefault(id, id));
        PackageOutcome last = result.packages().stream().filter(outcome -> outcome.structure() != null)
                .reduce((first, second) -> second).orElse(null);
        if (last == null) {
            return new PreviewReport(false, null, List.of(), warnings, null, null, null, packageLines,
                    result.packages().size(), alreadyRecorded);
        }
        StructureComparison comparison = StructureComparison.of(structureOn.apply(last.asOf()), last.structure());
        CommitteeComparison committees = result.committeesAfter() == null ? null : CommitteeComparison.of(
                recorded.committees().apply(last.asOf()), result.committeesAfter().apply(last.asOf()));
        return new PreviewReport(false, null, List.of(), warnings, last.asOf(), comparison, committees,
                packageLines, result.packages().size(), alreadyRecorded);
    }

    /** The id whose facts a change makes: a unit's, a chef role's or a nämnd's; none for a correction. */
    static Set<String> touched(Change change) {
        Set<String> ids = new HashSet<>();
        ChangeEvent event = change.toEvent("organisation", "beslut", "beslut.1");
        if (event instanceof UnitChangeEvent unit) {
            ids.add(unit.unitId());
        } else if (event instanceof ChefRoleChangeEvent role) {
            ids.add(role.chefRoleId());
        } else if (event instanceof CommitteeChangeEvent committee) {
            ids.add(committee.committeeId());
        }
        return ids;
    }

    /**
     * The names of the nämnder and units the package's nämnd changes name, as recorded on their dates: the
     * refusal and the package's lines call them by name.
     */
    private static void addCommitteeNames(Map<String, String> names, Scenario scenario, Recorded recorded) {
        for (ScenarioDecision decision : scenario.decisions()) {
            for (ScenarioChange change : decision.changes()) {
                if (change.change().toEvent("organisation", "beslut", "beslut.1")
                        instanceof CommitteeChangeEvent event) {
                    recorded.committees().apply(event.effectiveDate())
                            .forEach(committee -> names.putIfAbsent(committee.id(), committee.name()));
                    addNames(names, recorded.structure().apply(event.effectiveDate()));
                }
            }
        }
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
            String hint = "person".equals(unknown.kind()) ? " En person som ska tillsättas behöver ett namn i "
                    + "formuläret första gången." : "";
            lines.add(new Line(null, what + " ”" + unknown.id() + "” finns inte i reskontran." + hint,
                    unknown.getMessage()));
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
