package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.change.ChangeIds;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.CorrectionEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.rules.Guidelines;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.rules.TimelineCheck;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.structure.StructureTree;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitState;

/**
 * The package check as plainly as it can be written, to hold the organisation's own against: the whole
 * history in ledger order with the package applied to it, sorted and replayed from the kommun alone, the tree
 * built on the last touched date at once. Whatever this decides, the organisation must decide.
 */
final class FullReplayReview {

    private FullReplayReview() {
    }

    /** What a package check decided: refused (and how) or accepted (and what it reports). */
    record Decision(String refusal, List<RuleViolation> violations, LocalDate asOf, UnitNode structure,
                    List<GuidelineFinding> guidelines) {
    }

    static Decision decide(String organisationId, String name, String decisionId, List<Change> changes,
                           ChangeLog log, Map<String, String> personNames) {
        List<ChangeEvent> events = new ArrayList<>();
        int number = log.nextNumber(decisionId);
        for (Change change : changes) {
            events.add(change.toEvent(organisationId, decisionId, ChangeIds.of(decisionId, number++)));
        }
        Set<String> inPackage = new HashSet<>();
        for (ChangeEvent event : events) {
            String id = event instanceof DatedChangeEvent dated ? ChangeLog.establishedId(dated) : null;
            if (id != null && (log.isUsed(id) || id.equals(organisationId) || !inPackage.add(id))) {
                return new Decision(ConflictException.class.getSimpleName() + ": " + id, List.of(), null, null,
                        List.of());
            }
        }
        Map<String, TimedChange> timeline = new LinkedHashMap<>();
        log.timeline().forEach(change -> timeline.put(change.event().changeId(), change));
        Set<LocalDate> dates = new TreeSet<>();
        Set<String> corrected = new HashSet<>();
        long order = log.size();
        for (ChangeEvent event : events) {
            if (event instanceof DatedChangeEvent dated) {
                timeline.put(dated.changeId(), new TimedChange(dated, dated.effectiveDate(), order++));
                dates.add(dated.effectiveDate());
            } else if (event instanceof CorrectionEvent correction) {
                String target = correction.targetChangeId();
                String problem = log.isCorrection(target)
                        ? "it is itself a correction; record a new correction of the original change instead"
                        : log.find(target).isEmpty() ? "no earlier package recorded a change with that id"
                        : !timeline.containsKey(target) ? "it has been annulled"
                        : !corrected.add(target) ? "this package already corrects it" : null;
                if (problem != null) {
                    return new Decision(PackageRefusedException.class.getSimpleName(), List.of(new RuleViolation(
                            HardRule.CORRECTION_TARGET, null, correction.changeId(), List.of(target),
                            "Change " + target + " cannot be corrected: " + problem)), null, null, List.of());
                }
                TimedChange before = timeline.get(target);
                dates.add(before.effectiveDate());
                if (correction instanceof EffectiveDateCorrectedEvent dateCorrected) {
                    timeline.put(target, new TimedChange(before.event(), dateCorrected.effectiveDate(),
                            before.ledgerOrder()));
                    dates.add(dateCorrected.effectiveDate());
                } else if (correction instanceof ChangeAnnulledEvent) {
                    timeline.remove(target);
                }
            }
        }
        return review(new OrganisationState(UnitState.root(organisationId, name), personNames::get),
                new ArrayList<>(timeline.values()), dates);
    }

    private static Decision review(OrganisationState state, List<TimedChange> timeline, Set<LocalDate> dates) {
        LocalDate asOf = dates.stream().max(LocalDate::compareTo).orElseThrow();
        Map<String, GuidelineFinding> findings = new LinkedHashMap<>();
        UnitNode[] structure = {StructureTree.of(state)};
        List<RuleViolation> violations = TimelineCheck.run(state, timeline, (date, nextDate, organisation) -> {
            for (LocalDate touched : dates) {
                if (holdsOn(touched, date, nextDate)) {
                    Guidelines.evaluate(organisation, touched).forEach(finding -> findings.putIfAbsent(
                            finding.guideline() + "|" + finding.subjects(), finding));
                }
            }
            if (holdsOn(asOf, date, nextDate)) {
                structure[0] = StructureTree.of(organisation);
            }
        });
        if (!violations.isEmpty()) {
            return new Decision(PackageRefusedException.class.getSimpleName(), violations, null, null, List.of());
        }
        return new Decision(null, List.of(), asOf, structure[0], new ArrayList<>(findings.values()));
    }

    private static boolean holdsOn(LocalDate day, LocalDate date, LocalDate nextDate) {
        return !day.isBefore(date) && (nextDate == null || day.isBefore(nextDate));
    }
}
