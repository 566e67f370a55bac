package se.reorgledger.projections.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * The dates on which an organisation changed, as known at an epoch, oldest first: each standing change counts on
 * its effective date as then corrected; annulled changes do not count.
 */
public final class ChangeCalendar {

    private ChangeCalendar() {
    }

    public static List<ChangeDay> of(OrganisationIndex index, int epoch) {
        Map<Integer, Map<String, DecisionRef>> decisionsByDay = new TreeMap<>();
        Map<Integer, Integer> changesByDay = new TreeMap<>();
        for (DecisionEntry decision : index.decisions()) {
            if (decision.epoch() > epoch) {
                continue;
            }
            DecisionRef ref = DecisionRef.of(decision.decision());
            for (ChangeEntry change : decision.changes()) {
                if (!change.knownAt(epoch) || change.annulledAt(epoch)) {
                    continue;
                }
                int day = change.effectiveDayAt(epoch);
                changesByDay.merge(day, 1, Integer::sum);
                decisionsByDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).putIfAbsent(ref.id(), ref);
            }
        }
        List<ChangeDay> days = new ArrayList<>(changesByDay.size());
        changesByDay.forEach((day, count) -> {
            List<DecisionRef> decisions = new ArrayList<>(decisionsByDay.get(day).values());
            decisions.sort(Comparator.comparing(DecisionRef::decidedOn).thenComparing(DecisionRef::id));
            LocalDate date = Days.date(day);
            days.add(new ChangeDay(date, count, List.copyOf(decisions)));
        });
        return days;
    }
}
