package se.reorgledger.testkit.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * The (asOf, knownAt) points where an index is most likely to be wrong: knownAt just before, at and just after
 * each recorded time (each package boundary), and asOf the day before, of and after each effective date.
 */
public final class QueryPoints {

    private final List<Instant> knownAts;
    private final List<LocalDate> asOfs;

    public QueryPoints(List<RecordedEvent> events) {
        TreeSet<Instant> times = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)));
        Instant registered = events.get(0).recordedAt();
        for (RecordedEvent event : events) {
            Instant at = event.recordedAt();
            times.add(at);
            times.add(at.plusSeconds(30));
            if (at.isAfter(registered)) {
                times.add(at.minusNanos(1));
            }
            LocalDate date = event.payload() instanceof DatedChangeEvent change ? change.effectiveDate()
                    : event.payload() instanceof EffectiveDateCorrectedEvent corrected ? corrected.effectiveDate()
                    : null;
            if (date != null) {
                dates.add(date.minusDays(1));
                dates.add(date);
                dates.add(date.plusDays(1));
            }
        }
        this.knownAts = new ArrayList<>(times);
        this.asOfs = new ArrayList<>(dates);
    }

    public List<Instant> knownAts() {
        return knownAts;
    }

    public List<LocalDate> asOfs() {
        return asOfs;
    }

    public Instant knownAt(Random random) {
        return knownAts.get(random.nextInt(knownAts.size()));
    }

    public LocalDate asOf(Random random) {
        return asOfs.get(random.nextInt(asOfs.size()));
    }
}
