package se.reorgledger.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitState;

/**
 * Replays a whole timeline of changes in effective order and checks every hard rule on every date on which
 * anything changes, which is every date on which a rule could start to be broken. A retroactive change is thus
 * checked against all that was recorded after its date, not only against the organisation of its own day.
 */
public final class TimelineCheck {

    private TimelineCheck() {
    }

    /** Sees the organisation as it stands from one change date until the next. */
    @FunctionalInterface
    public interface Observer {

        /**
         * @param nextDate the next date on which anything changes, or null after the last
         * @param state    the organisation from {@code date} until the day before {@code nextDate}; it goes on
         *                 changing after the call, so an observer copies what it needs
         */
        void endOf(LocalDate date, LocalDate nextDate, OrganisationState state);
    }

    /** @return the violations of the first date on which any rule is broken, or none */
    public static List<RuleViolation> run(OrganisationState state, List<TimedChange> timeline, Observer observer) {
        List<TimedChange> ordered = new ArrayList<>(timeline);
        ordered.sort(ChangePhase.EFFECTIVE_ORDER);
        return runInOrder(state, ordered, observer);
    }

    /**
     * {@link #run} for a timeline already in {@link ChangePhase#EFFECTIVE_ORDER}, as a caller that keeps it so
     * has it, without sorting it again.
     */
    public static List<RuleViolation> runInOrder(OrganisationState state, List<TimedChange> ordered,
                                                 Observer observer) {
        // Only a violation's text needs the establishment dates, so they are looked up only for one.
        Subjects subjects = new Subjects(state, () -> establishmentDates(ordered));
        ChangeRules rules = new ChangeRules(state, subjects);

        int i = 0;
        while (i < ordered.size()) {
            LocalDate date = ordered.get(i).effectiveDate();
            List<RuleViolation> violations = new ArrayList<>();
            Map<String, String> movedBy = new HashMap<>();
            for (; i < ordered.size() && ordered.get(i).effectiveDate().equals(date); i++) {
                TimedChange change = ordered.get(i);
                Optional<RuleViolation> violation = rules.check(change.event(), date);
                if (violation.isPresent()) {
                    violations.add(violation.get());
                    continue;
                }
                state.apply(change.event(), change.effectiveDate());
                if (change.event() instanceof UnitMovedEvent movedEvent) {
                    movedBy.put(movedEvent.unitId(), movedEvent.changeId());
                }
            }
            movedBy.forEach((unitId, changeId) ->
                    cycleThrough(state, subjects, unitId, changeId, date).ifPresent(violations::add));
            if (!violations.isEmpty()) {
                return violations;
            }
            observer.endOf(date, i < ordered.size() ? ordered.get(i).effectiveDate() : null, state);
        }
        return List.of();
    }

    private static Optional<RuleViolation> cycleThrough(OrganisationState state, Subjects subjects, String unitId,
                                                        String changeId, LocalDate date) {
        Set<String> seen = new HashSet<>();
        List<String> path = new ArrayList<>();
        String current = unitId;
        while (current != null && seen.add(current)) {
            path.add(current);
            current = state.unit(current).map(UnitState::parentId).orElse(null);
        }
        if (!unitId.equals(current)) {
            // No cycle, or one this unit merely hangs under: a unit moved into that cycle reports it.
            return Optional.empty();
        }
        List<String> cycle = path;
        return Optional.of(new RuleViolation(HardRule.NO_CYCLES, date, changeId, cycle,
                "On " + date + ", " + subjects.unit(unitId) + " would end up under itself: "
                        + String.join(" → ", cycle.stream().map(subjects::unit).toList()) + " → "
                        + subjects.unit(current)));
    }

    private static Map<String, LocalDate> establishmentDates(List<TimedChange> ordered) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (TimedChange change : ordered) {
            if (change.event() instanceof UnitEstablishedEvent unit) {
                dates.putIfAbsent(unit.unitId(), change.effectiveDate());
            } else if (change.event() instanceof ChefRoleEstablishedEvent role) {
                dates.putIfAbsent(role.chefRoleId(), change.effectiveDate());
            } else if (change.event() instanceof CommitteeRegisteredEvent committee) {
                dates.putIfAbsent(committee.committeeId(), change.effectiveDate());
            }
        }
        return dates;
    }
}
