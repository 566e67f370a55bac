package se.reorgledger.projections.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return days(Standing.of(index, epoch), null);
    }

    /**
     * The part of the calendar a page of the organisation on {@code date} shows, as {@link #of} would give it:
     * the {@code eachSide} change days up to and including the date and as many after it, the largest change day
     * (the first day aside, the organisation's start), and the change days just before and after the date. Only
     * the days shown gather their decisions, so a kommun with thousands of change days costs one count of its
     * changes, not a calendar.
     */
    public static CalendarExcerpt around(OrganisationIndex index, int epoch, LocalDate date, int eachSide) {
        Standing standing = Standing.of(index, epoch);
        Map<Integer, int[]> counts = new HashMap<>();
        for (int i = 0; i < standing.size; i++) {
            counts.computeIfAbsent(standing.days[i], d -> new int[1])[0]++;
        }
        int[] days = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int asked = Days.of(date);
        int firstAfter = insertionPoint(days, asked + 1);
        int firstOnOrAfter = insertionPoint(days, asked);
        int from = Math.max(0, firstAfter - eachSide);
        int to = Math.min(days.length, firstAfter + eachSide);
        Integer largest = null;
        for (int i = 1; i < days.length; i++) {
            if (largest == null || counts.get(days[i])[0] > counts.get(largest)[0]) {
                largest = days[i];
            }
        }
        Set<Integer> shown = new HashSet<>();
        for (int i = from; i < to; i++) {
            shown.add(days[i]);
        }
        if (largest != null) {
            shown.add(largest);
        }
        Map<LocalDate, ChangeDay> gathered = new HashMap<>();
        for (ChangeDay day : days(standing, shown)) {
            gathered.put(day.date(), day);
        }
        List<ChangeDay> window = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            window.add(gathered.get(Days.date(days[i])));
        }
        return new CalendarExcerpt(List.copyOf(window), from, days.length - to,
                largest == null ? null : gathered.get(Days.date(largest)),
                firstOnOrAfter == 0 ? null : Days.date(days[firstOnOrAfter - 1]),
                firstAfter == days.length ? null : Days.date(days[firstAfter]));
    }

    /** The index of the first of the sorted {@code days} at or after {@code day}. */
    private static int insertionPoint(int[] days, int day) {
        int found = Arrays.binarySearch(days, day);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * The standing changes known at an epoch, each as its decision and its effective day as then corrected, in
     * the index's order: read once, so that a page's excerpt counts the days and gathers the days it shows
     * without asking each change about the epoch twice.
     */
    private static final class Standing {

        private DecisionEntry[] decisions = new DecisionEntry[1024];
        private int[] days = new int[1024];
        private int size;

        static Standing of(OrganisationIndex index, int epoch) {
            Standing standing = new Standing();
            for (DecisionEntry decision : index.decisions()) {
                if (decision.epoch() > epoch) {
                    continue;
                }
                for (ChangeEntry change : decision.changes()) {
                    if (change.knownAt(epoch) && !change.annulledAt(epoch)) {
                        standing.add(decision, change.effectiveDayAt(epoch));
                    }
                }
            }
            return standing;
        }

        private void add(DecisionEntry decision, int day) {
            if (size == days.length) {
                decisions = Arrays.copyOf(decisions, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            decisions[size] = decision;
            days[size++] = day;
        }
    }

    /** The calendar's days, only those in {@code only} unless it is null. */
    private static List<ChangeDay> days(Standing standing, Set<Integer> only) {
        Map<Integer, Map<String, DecisionRef>> decisionsByDay = new TreeMap<>();
        Map<Integer, Integer> changesByDay = new TreeMap<>();
        Map<DecisionEntry, DecisionRef> refs = new IdentityHashMap<>();
        for (int i = 0; i < standing.size; i++) {
            int day = standing.days[i];
            if (only != null && !only.contains(day)) {
                continue;
            }
            DecisionRef ref = refs.computeIfAbsent(standing.decisions[i], d -> DecisionRef.of(d.decision()));
            changesByDay.merge(day, 1, Integer::sum);
            decisionsByDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).putIfAbsent(ref.id(), ref);
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
