package se.reorgledger.projections.rebuild.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * Read models loaded from a checkpoint taken anywhere in a random history, then fed the rest, are the read
 * models of the whole history: the same checksum (which digests every field the read models hold) and the same
 * answers. A field the checkpoint forgets shows here as a different checksum.
 */
class CheckpointProperties {

    @Property(tries = 30)
    void aCheckpointTakenAnywhereAndCaughtUpIsTheReplayOfTheWholeLedger(@ForAll long seed) throws IOException {
        List<RecordedEvent> events = RecordedHistory.of(seed, 40);
        Random random = new Random(seed);
        int cut = 1 + random.nextInt(events.size());
        Path folder = Files.createTempDirectory("checkpoint");
        try {
            LedgerProjection before = Projected.from(events.subList(0, cut));
            CheckpointFile.write(folder, before, CheckpointFileTest::anchor);
            CheckpointFile.Loaded loaded = CheckpointFile.load(folder, header -> Optional.empty());
            assertThat(loaded.rejectedBecause()).isNull();
            LedgerProjection restarted = loaded.projection().orElseThrow();
            assertThat(restarted.checksum()).isEqualTo(before.checksum());
            events.subList(cut, events.size()).forEach(restarted::apply);

            LedgerProjection replayed = Projected.from(events);
            assertThat(restarted.checksum()).isEqualTo(replayed.checksum());
            QueryPoints points = new QueryPoints(events);
            for (int i = 0; i < 20; i++) {
                LocalDate asOf = points.asOf(random);
                Instant knownAt = points.knownAt(random);
                assertThat(restarted.structure(RandomHistory.KOMMUN, asOf, knownAt))
                        .isEqualTo(replayed.structure(RandomHistory.KOMMUN, asOf, knownAt));
                assertThat(restarted.assignments(RandomHistory.KOMMUN, asOf, knownAt))
                        .isEqualTo(replayed.assignments(RandomHistory.KOMMUN, asOf, knownAt));
                assertThat(restarted.cooperations(RandomHistory.KOMMUN, asOf, knownAt))
                        .isEqualTo(replayed.cooperations(RandomHistory.KOMMUN, asOf, knownAt));
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }
}
