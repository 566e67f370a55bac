package se.reorgledger.projections.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
        return days(Standing.of(index, epoch));
    }

    /**
     * The part of the calendar a page of the organisation on {@code date} shows, as {@link #of} would give it:
     * the {@code eachSide} change days up to and including the date and as many after it, the largest change day
     * (the first day aside, the organisation's start), and the change days just before and after the date. The
     * days are counted once an epoch and kept by the index until its next event ({@link CountedDays}), and only
     * the days shown make their decisions' references: a kommun of 250,000 changes is not counted per page.
     */
    public static CalendarExcerpt around(OrganisationIndex index, int epoch, LocalDate date, int eachSide) {
        CountedDays counted = CountedDays.of(index, epoch);
        int asked = Days.of(date);
        int firstAfter = counted.firstAtOrAfter(asked + 1);
        int firstOnOrAfter = counted.firstAtOrAfter(asked);
        int from = Math.max(0, firstAfter - eachSide);
        int to = Math.min(counted.size(), firstAfter + eachSide);
        List<ChangeDay> window = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            window.add(counted.changeDay(i));
        }
        int largest = counted.largest();
        return new CalendarExcerpt(List.copyOf(window), from, counted.size() - to,
                largest < 0 ? null : counted.changeDay(largest),
                firstOnOrAfter == 0 ? null : Days.date(counted.day(firstOnOrAfter - 1)),
                firstAfter == counted.size() ? null : Days.date(counted.day(firstAfter)));
    }

    /**
     * The standing changes known at an epoch, each as its decision and its effective day as then corrected, in
     * the index's order: read once, so that a page's excerpt counts the days and gathers the days it shows
     * without asking each change about the epoch twice.
     */
    static final class Standing {

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

        int size() {
            return size;
        }

        int day(int i) {
            return days[i];
        }

        DecisionEntry decision(int i) {
            return decisions[i];
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

    /** The calendar's days. */
    private static List<ChangeDay> days(Standing standing) {
        Map<Integer, Map<String, DecisionRef>> decisionsByDay = new TreeMap<>();
        Map<Integer, Integer> changesByDay = new TreeMap<>();
        Map<DecisionEntry, DecisionRef> refs = new IdentityHashMap<>();
        for (int i = 0; i < standing.size; i++) {
            int day = standing.days[i];
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
