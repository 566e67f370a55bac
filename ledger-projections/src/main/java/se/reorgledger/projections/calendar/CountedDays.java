package se.reorgledger.projections.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * An organisation's change days as known at one epoch, counted once: each day's number of standing changes and
 * its decisions, oldest day first. The index keeps it for the epoch until the next event (see
 * {@link OrganisationIndex#derived}), so a page about one date cuts its excerpt from it instead of counting a
 * large kommun's changes again. A day's {@link ChangeDay} (its decisions as references) is made when shown.
 */
final class CountedDays {

    /** The key the index keeps the counted days of an epoch under. */
    private record Key(int epoch) {
    }

    private final int[] days;
    private final int[] changes;
    private final DecisionEntry[][] decisions;
    private final int largest;

    private CountedDays(int[] days, int[] changes, DecisionEntry[][] decisions) {
        this.days = days;
        this.changes = changes;
        this.decisions = decisions;
        int found = -1;
        for (int i = 1; i < days.length; i++) {
            if (found < 0 || changes[i] > changes[found]) {
                found = i;
            }
        }
        this.largest = found;
    }

    /** The counted days at {@code epoch}, kept by the index; call under its read lock. */
    static CountedDays of(OrganisationIndex index, int epoch) {
        return index.derived(new Key(epoch), () -> count(ChangeCalendar.Standing.of(index, epoch)));
    }

    private static CountedDays count(ChangeCalendar.Standing standing) {
        Map<Integer, Day> byDay = new HashMap<>();
        for (int i = 0; i < standing.size(); i++) {
            byDay.computeIfAbsent(standing.day(i), d -> new Day()).add(standing.decision(i));
        }
        int[] days = byDay.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] changes = new int[days.length];
        DecisionEntry[][] decisions = new DecisionEntry[days.length][];
        for (int i = 0; i < days.length; i++) {
            Day day = byDay.get(days[i]);
            changes[i] = day.changes;
            decisions[i] = day.decisions.toArray(DecisionEntry[]::new);
        }
        return new CountedDays(days, changes, decisions);
    }

    /** A day's count and its decisions as first met. */
    private static final class Day {

        private int changes;
        private final List<DecisionEntry> decisions = new ArrayList<>(2);

        void add(DecisionEntry decision) {
            changes++;
            // A decision's changes are met one after another (see Standing), so a repeat is always the last one.
            if (decisions.isEmpty() || decisions.get(decisions.size() - 1) != decision) {
                decisions.add(decision);
            }
        }
    }

    int size() {
        return days.length;
    }

    int day(int i) {
        return days[i];
    }

    /** The index of the largest change day after the first (the organisation's start), or -1 for one day. */
    int largest() {
        return largest;
    }

    /** The index of the first of the days at or after {@code day}. */
    int firstAtOrAfter(int day) {
        int found = Arrays.binarySearch(days, day);
        return found >= 0 ? found : -found - 1;
    }

    /** The change day at index {@code i}, its decisions in date and id order, as the whole calendar gives it. */
    ChangeDay changeDay(int i) {
        List<DecisionRef> refs = new ArrayList<>(decisions[i].length);
        for (DecisionEntry decision : decisions[i]) {
            refs.add(DecisionRef.of(decision.decision()));
        }
        refs.sort(Comparator.comparing(DecisionRef::decidedOn).thenComparing(DecisionRef::id));
        LocalDate date = Days.date(days[i]);
        return new ChangeDay(date, changes[i], List.copyOf(refs));
    }
}
