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
        return of(index, epoch, null);
    }

    /**
     * The part of the calendar a page of the organisation on {@code date} shows, as {@link #of} would give it:
     * the {@code eachSide} change days up to and including the date and as many after it, the largest change day
     * (the first day aside, the organisation's start), and the change days just before and after the date. Only
     * the days shown gather their decisions, so a kommun with thousands of change days costs one count of its
     * changes, not a calendar.
     */
    public static CalendarExcerpt around(OrganisationIndex index, int epoch, LocalDate date, int eachSide) {
        Map<Integer, int[]> counts = new HashMap<>();
        forEachStanding(index, epoch, (decision, day) -> counts.computeIfAbsent(day, d -> new int[1])[0]++);
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
        for (ChangeDay day : of(index, epoch, shown)) {
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

    @FunctionalInterface
    private interface StandingChange {
        void on(DecisionEntry decision, int day);
    }

    /** Each standing change known at the epoch, with its decision and its effective day as then corrected. */
    private static void forEachStanding(OrganisationIndex index, int epoch, StandingChange action) {
        for (DecisionEntry decision : index.decisions()) {
            if (decision.epoch() > epoch) {
                continue;
            }
            for (ChangeEntry change : decision.changes()) {
                if (change.knownAt(epoch) && !change.annulledAt(epoch)) {
                    action.on(decision, change.effectiveDayAt(epoch));
                }
            }
        }
    }

    /** The calendar's days, only those in {@code only} unless it is null. */
    private static List<ChangeDay> of(OrganisationIndex index, int epoch, Set<Integer> only) {
        Map<Integer, Map<String, DecisionRef>> decisionsByDay = new TreeMap<>();
        Map<Integer, Integer> changesByDay = new TreeMap<>();
        Map<DecisionEntry, DecisionRef> refs = new IdentityHashMap<>();
        forEachStanding(index, epoch, (decision, day) -> {
            if (only != null && !only.contains(day)) {
                return;
            }
            DecisionRef ref = refs.computeIfAbsent(decision, d -> DecisionRef.of(d.decision()));
            changesByDay.merge(day, 1, Integer::sum);
            decisionsByDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).putIfAbsent(ref.id(), ref);
        });
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
