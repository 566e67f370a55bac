package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
 * recorded, in {@link se.reorgledger.core.state.ChangePhase#EFFECTIVE_ORDER}: earlier changes at their corrected
 * dates, without those it annuls, with its own.
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

        List<TimedChange> added = new ArrayList<>();
        List<TimedChange> left = new ArrayList<>();
        Set<String> annulledHere = new HashSet<>();
        Set<LocalDate> dates = new TreeSet<>();
        Set<String> corrected = new HashSet<>();
        long order = log.size();
        for (ChangeEvent event : events) {
            if (event instanceof DatedChangeEvent dated) {
                added.add(new TimedChange(dated, dated.effectiveDate(), order++));
                dates.add(dated.effectiveDate());
            } else if (event instanceof CorrectionEvent correction) {
                TimedChange target = requireCorrectable(correction, log, corrected, annulledHere);
                dates.add(target.effectiveDate());
                left.add(target);
                if (correction instanceof EffectiveDateCorrectedEvent dateCorrected) {
                    added.add(new TimedChange(target.event(), dateCorrected.effectiveDate(), target.ledgerOrder()));
                    dates.add(dateCorrected.effectiveDate());
                } else if (correction instanceof ChangeAnnulledEvent) {
                    annulledHere.add(target.event().changeId());
                }
            }
        }
        return new PackagePlan(List.copyOf(events),
                Collections.unmodifiableList(EffectiveOrder.merge(log.inEffectiveOrder(), added, left)), dates);
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

    /** The change a correction targets, as the timeline holds it before this package. */
    private static TimedChange requireCorrectable(CorrectionEvent correction, ChangeLog log, Set<String> corrected,
                                                  Set<String> annulledHere) {
        String target = correction.targetChangeId();
        ChangeLog.Entry entry = log.find(target).orElse(null);
        String problem = null;
        if (log.isCorrection(target)) {
            problem = "it is itself a correction; record a new correction of the original change instead";
        } else if (entry == null) {
            problem = "no earlier package recorded a change with that id";
        } else if (entry.annulled || annulledHere.contains(target)) {
            problem = "it has been annulled";
        } else if (!corrected.add(target)) {
            problem = "this package already corrects it";
        }
        if (problem != null) {
            throw new PackageRefusedException(List.of(new RuleViolation(HardRule.CORRECTION_TARGET, null,
                    correction.changeId(), List.of(target), "Change " + target + " cannot be corrected: " + problem)));
        }
        return entry.timed();
    }
}
