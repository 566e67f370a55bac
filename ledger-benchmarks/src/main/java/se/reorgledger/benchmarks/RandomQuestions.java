package se.reorgledger.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.RecordedTimes;

/**
 * Seeded random questions about one organisation: dates across the span of effective dates its ledger holds,
 * moments across the span of its recorded times, units among all it ever had. The same seed asks the same
 * questions, so every baseline of a run, and every run, is asked alike.
 */
public final class RandomQuestions {

    /** A point of the bitemporal plane: the organisation on {@code asOf} as known at {@code knownAt}. */
    public record Point(LocalDate asOf, Instant knownAt) {
    }

    private final Random random;
    private final RecordedTimes times;
    private final Instant firstRecorded;
    private final Instant lastRecorded;
    private final long firstDay;
    private final long lastDay;
    private final List<EntityTimeline<UnitState>> units = new ArrayList<>();

    public RandomQuestions(OrganisationIndex index, long seed) {
        this.random = new Random(seed);
        this.times = index.times();
        this.firstRecorded = index.registeredAt();
        this.lastRecorded = index.times().at(index.times().latest());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (ChangeEntry change : index.changeLog()) {
            long day = change.event().effectiveDate().toEpochDay();
            first = Math.min(first, day);
            last = Math.max(last, day);
        }
        this.firstDay = first;
        this.lastDay = last;
        index.units().forEach(timeline -> {
            if (!timeline.id().equals(index.id())) {
                units.add(timeline);
            }
        });
    }

    /**
     * Points whose moment has passed, for questions to a running service: the synthetic ledger's recorded times run
     * years ahead of the clock, and the service refuses a knownAt later than now (the ledger cannot know the future).
     */
    public List<Point> pastPoints(int count) {
        Instant now = Instant.now();
        List<Point> points = new ArrayList<>(count);
        for (int tries = 0; points.size() < count && tries < count * 100; tries++) {
            Point point = points(1).get(0);
            if (point.knownAt().isBefore(now)) {
                points.add(point);
            }
        }
        if (points.isEmpty()) {
            throw new IllegalStateException("the ledger's recorded times all lie ahead of the clock");
        }
        return points;
    }

    public List<Point> points(int count) {
        List<Point> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(new Point(date(), knownAt()));
        }
        return points;
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(firstDay + (long) (random.nextDouble() * (lastDay - firstDay + 1)));
    }

    public Instant knownAt() {
        return between(firstRecorded, lastRecorded);
    }

    /** A unit, and a moment at which the ledger knew it: a question with an answer rather than a 404. */
    public UnitQuestion unitQuestion() {
        EntityTimeline<UnitState> unit = units.get(random.nextInt(units.size()));
        List<ChangeEntry> entries = unit.entries();
        Instant recorded = entries.isEmpty() ? firstRecorded : entries.get(0).recording(times).recordedAt();
        return new UnitQuestion(unit.id(), between(recorded, lastRecorded));
    }

    public record UnitQuestion(String unitId, Instant knownAt) {
    }

    private Instant between(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return from.plusSeconds((long) (random.nextDouble() * (seconds + 1)));
    }
}
