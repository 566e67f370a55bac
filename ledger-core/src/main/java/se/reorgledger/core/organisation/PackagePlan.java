package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.state.TimedChange;

/**
 * A package turned into the events it would record, and the timeline the organisation would have if it were
 * recorded: earlier changes at their corrected dates, without those it annuls, followed by its own.
 */
record PackagePlan(List<ChangeEvent> events, List<TimedChange> timeline, Set<LocalDate> dates) {

    static PackagePlan of(String organisationId, String decisionId, List<Change> changes, ChangeLog log,
                          String rootId) {
        List<ChangeEvent> events = new ArrayList<>();
        int number = log.nextNumber(decisionId);
        for (Change change : changes) {
            events.add(change.toEvent(organisationId, decisionId, ChangeIds.of(decisionId, number++)));
        }
        requireFreshIdentifiers(events, log, rootId);

        Map<String, TimedChange> timeline = new java.util.LinkedHashMap<>();
        log.timeline().forEach(change -> timeline.put(change.event().changeId(), change));
        Set<LocalDate> dates = new TreeSet<>();
        Set<String> corrected = new HashSet<>();
        long order = log.size();
        for (ChangeEvent event : events) {
            if (event instanceof DatedChangeEvent dated) {
                timeline.put(dated.changeId(), new TimedChange(dated, dated.effectiveDate(), order++));
                dates.add(dated.effectiveDate());
            } else if (event instanceof CorrectionEvent correction) {
                TimedChange target = requireCorrectable(correction, log, corrected, timeline);
                dates.add(target.effectiveDate());
                if (correction instanceof EffectiveDateCorrectedEvent dateCorrected) {
                    timeline.put(target.event().changeId(),
                            new TimedChange(target.event(), dateCorrected.effectiveDate(), target.ledgerOrder()));
                    dates.add(dateCorrected.effectiveDate());
                } else if (correction instanceof ChangeAnnulledEvent) {
                    timeline.remove(target.event().changeId());
                }
            }
        }
        return new PackagePlan(List.copyOf(events), List.copyOf(timeline.values()), dates);
    }

    private static void requireFreshIdentifiers(List<ChangeEvent> events, ChangeLog log, String rootId) {
        Set<String> inPackage = new HashSet<>();
        for (ChangeEvent event : events) {
            if (!(event instanceof DatedChangeEvent dated)) {
                continue;
            }
            String id = ChangeLog.establishedId(dated);
            if (id == null) {
                continue;
            }
            if (log.isUsed(id) || id.equals(rootId) || !inPackage.add(id)) {
                throw new ConflictException(HardRule.IDENTIFIER_UNUSED, List.of(id),
                        "The identifier '" + id + "' is already in use in this organisation; identifiers are never "
                                + "reused, so choose another (change " + event.changeId() + ")");
            }
        }
    }

    private static TimedChange requireCorrectable(CorrectionEvent correction, ChangeLog log, Set<String> corrected,
                                                  Map<String, TimedChange> timeline) {
        String target = correction.targetChangeId();
        String problem = null;
        if (log.isCorrection(target)) {
            problem = "it is itself a correction; record a new correction of the original change instead";
        } else if (log.find(target).isEmpty()) {
            problem = "no earlier package recorded a change with that id";
        } else if (!timeline.containsKey(target)) {
            problem = "it has been annulled";
        } else if (!corrected.add(target)) {
            problem = "this package already corrects it";
        }
        if (problem != null) {
            throw new PackageRefusedException(List.of(new RuleViolation(HardRule.CORRECTION_TARGET, null,
                    correction.changeId(), List.of(target), "Change " + target + " cannot be corrected: " + problem)));
        }
        return timeline.get(target);
    }
}
