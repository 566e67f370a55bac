package se.reorgledger.testkit.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * Reproducible synthetic ledgers for benchmarks: the same size and seed give the same events, positions, ids and
 * recorded times. Events are produced lazily, command by command, so even L (about 11 million events over 900
 * organisations, interleaved as a shared ledger would hold them) is never held in memory as a whole.
 */
public final class SyntheticLedger {

    private static final Instant FIRST_RECORDED = Instant.parse("2014-12-01T08:00:00Z");
    private static final Duration SPAN = Duration.ofDays(12 * 365);
    private static final int ROUNDS = 400;

    private SyntheticLedger() {
    }

    public static Stream<RecordedEvent> generate(SyntheticSize size, long seed) {
        return stream(new Recorder(organisations(size, seed), size.events(), seed));
    }

    /** One organisation of the given size, for tests that want something smaller than S. */
    public static Stream<RecordedEvent> organisation(String organisationId, long events, int units, long seed) {
        List<OrganisationSimulator> one = List.of(new OrganisationSimulator(organisationId,
                SyntheticNames.kommun(0), events, units, seed));
        return stream(new Recorder(new Schedule(one, List.of(events)), events, seed));
    }

    private static Stream<RecordedEvent> stream(Iterator<RecordedEvent> events) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Kommuner of varied size whose sizes add up to the ledger's: a few large, many small. */
    private static Schedule organisations(SyntheticSize size, long seed) {
        Random random = new Random(seed);
        int count = size.organisations();
        if (count == 1) {
            return new Schedule(List.of(new OrganisationSimulator("kommun-1", SyntheticNames.kommun(0),
                    size.events(), size.units(), random.nextLong())), List.of(size.events()));
        }
        double[] weights = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 0.7);
            total += weights[i];
        }
        List<OrganisationSimulator> simulators = new ArrayList<>(count);
        List<Long> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long events = Math.max(500, Math.round(size.events() * weights[i] / total));
            simulators.add(new OrganisationSimulator("kommun-" + (i + 1), SyntheticNames.kommun(i), events,
                    (int) Math.max(20, events / 40), random.nextLong()));
            targets.add(events);
        }
        return new Schedule(simulators, targets);
    }

    /**
     * Interleaves the organisations' commands: in each round every organisation records its share, so all of
     * them move through their years together, as kommuner in one shared ledger do.
     */
    private static final class Schedule implements Iterator<SyntheticCommand> {
        private final List<OrganisationSimulator> simulators;
        private final List<Long> targets;
        private final List<Integer> order;
        private int round = 1;
        private int current;
        private int unfinished;

        Schedule(List<OrganisationSimulator> simulators, List<Long> targets) {
            this.simulators = simulators;
            this.targets = targets;
            List<Integer> shuffled = new ArrayList<>();
            for (int i = 0; i < simulators.size(); i++) {
                shuffled.add(i);
            }
            Collections.shuffle(shuffled, new Random(simulators.size()));
            this.order = shuffled;
            this.unfinished = simulators.size();
        }

        @Override
        public boolean hasNext() {
            return unfinished > 0;
        }

        @Override
        public SyntheticCommand next() {
            while (round <= ROUNDS + 1) {
                for (; current < order.size(); current++) {
                    int i = order.get(current);
                    OrganisationSimulator simulator = simulators.get(i);
                    if (simulator.hasNext()
                            && (round > ROUNDS || simulator.emitted() < targets.get(i) * round / ROUNDS)) {
                        SyntheticCommand command = simulator.next();
                        if (!simulator.hasNext()) {
                            unfinished--;
                        }
                        return command;
                    }
                }
                current = 0;
                round++;
            }
            throw new NoSuchElementException();
        }
    }

    /** Gives every event its position, identifier and recorded time: one time per command, rising steadily. */
    private static final class Recorder implements Iterator<RecordedEvent> {
        private final Schedule schedule;
        private final Random ids;
        private final long tickNanos;
        private final Deque<RecordedEvent> buffer = new ArrayDeque<>();
        private long position;
        private Instant now = FIRST_RECORDED;

        Recorder(Schedule schedule, long events, long seed) {
            this.schedule = schedule;
            this.ids = new Random(seed ^ 0x5DEECE66DL);
            this.tickNanos = Math.max(1_000_000_000L, SPAN.toNanos() / Math.max(1, events / 3));
        }

        @Override
        public boolean hasNext() {
            return !buffer.isEmpty() || schedule.hasNext();
        }

        @Override
        public RecordedEvent next() {
            if (buffer.isEmpty()) {
                SyntheticCommand command = schedule.next();
                now = now.plusNanos(tickNanos);
                for (Object payload : command.payloads()) {
                    buffer.add(new RecordedEvent(position++, new UUID(ids.nextLong(), ids.nextLong()).toString(), now,
                            command.principal(), payload));
                }
            }
            return buffer.poll();
        }
    }
}
