package se.reorgledger.projections.rebuild.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.rebuild.RebuildProgress;
import se.reorgledger.projections.index.IndexAsSection;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.UnloadedOrganisation;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/** A start from a checkpoint loads each organisation at its first use; what it loads is what was written. */
class LazyOrganisationsTest {

    private static final int KOMMUNER = 6;

    @TempDir
    Path folder;

    @Test
    void noOrganisationIsLoadedAtTheStartAndTheirListingNeedsNone() throws IOException {
        LedgerProjection built = written(events());

        LedgerProjection loaded = loaded();

        assertThat(loaded.pendingOrganisationIds()).isEqualTo(built.organisationIds()).hasSize(KOMMUNER);
        assertThat(loaded.organisations(Instant.MAX)).isEqualTo(built.organisations(Instant.MAX));
        assertThat(loaded.newestRecordedAt()).isEqualTo(built.newestRecordedAt()).isNotNull();
        assertThat(loaded.newestRecordedAt("kommun-2")).isEqualTo(built.newestRecordedAt("kommun-2"));
        assertThat(loaded.pendingOrganisationIds()).as("still none loaded").hasSize(KOMMUNER);
    }

    @Test
    void organisationsLoadedAtFirstUseAnswerAndDigestAsThoseWritten() throws IOException {
        LedgerProjection built = written(events());
        LedgerProjection loaded = loaded();
        Instant now = built.newestRecordedAt().plusSeconds(60);
        LocalDate asOf = LocalDate.of(2025, 6, 1);

        assertThat(loaded.structure("kommun-3", asOf, now)).isEqualTo(built.structure("kommun-3", asOf, now));
        assertThat(loaded.pendingOrganisationIds()).as("only the one asked about is loaded")
                .hasSize(KOMMUNER - 1).doesNotContain("kommun-3");
        assertThat(loaded.changeDays("kommun-1", now)).isEqualTo(built.changeDays("kommun-1", now));

        assertThat(loaded.stateDigest()).isEqualTo(built.stateDigest());
        assertThat(loaded.pendingOrganisationIds()).isEmpty();
        assertThat(loaded.checksum()).isEqualTo(built.checksum());
        for (String id : built.organisationIds()) {
            assertThat(loaded.structure(id, asOf, now)).isEqualTo(built.structure(id, asOf, now));
            assertThat(loaded.decisions(id, now)).isEqualTo(built.decisions(id, now));
        }
    }

    @Test
    void anEventAppliedToAnOrganisationNotYetLoadedLoadsItFirst() throws IOException {
        List<RecordedEvent> events = events();
        int cut = events.size() - 40;
        written(events.subList(0, cut));
        LedgerProjection loaded = loaded();
        RecordedEvent next = events.get(cut);

        loaded.apply(next);

        String touched = next.eventId().substring(0, next.eventId().lastIndexOf('-'));
        assertThat(loaded.pendingOrganisationIds()).hasSize(KOMMUNER - 1).doesNotContain(touched);
        events.subList(cut + 1, events.size()).forEach(loaded::apply);
        LedgerProjection replayed = Projected.from(events);
        assertThat(loaded.checksum()).isEqualTo(replayed.checksum());
        assertThat(loaded.stateDigest()).isEqualTo(replayed.stateDigest());
    }

    @Test
    void sectionsAreReadFromTheFileWhoseTableWasCheckedEvenWhenANewerOneIsRenamedOverIt() throws IOException {
        List<RecordedEvent> events = events();
        LedgerProjection older = written(events.subList(0, events.size() - 60));
        CheckpointFile.Read read = CheckpointFile.read(folder);

        written(events);
        LedgerProjection loaded = read.checkedAgainst(header -> Optional.empty()).projection().orElseThrow();

        assertThat(loaded.stateDigest()).isEqualTo(older.stateDigest());
        assertThat(loaded.rejectedSection()).isEmpty();
    }

    @Test
    void readModelsReplacedByARebuildLetGoOfTheirCheckpointFile() throws IOException {
        List<RecordedEvent> events = events();
        written(events);
        Path file = CheckpointFile.fileIn(folder).toRealPath();
        LedgerProjection loaded = loaded();
        ProjectionHolder holder = new ProjectionHolder(loaded);
        assertThat(descriptorsOpenOn(file)).as("held open for the organisations still pending").isEqualTo(1);
        List<Runnable> ran = new ArrayList<>();
        loaded.whenReplaced(() -> ran.add(() -> { }));

        holder.rebuild(after -> events.stream().filter(event -> event.position() > after), RebuildProgress.NONE);

        assertThat(holder.current()).isNotSameAs(loaded);
        assertThat(ran).hasSize(1);
        assertThat(descriptorsOpenOn(file)).isZero();
    }

    /** How many of this JVM's file descriptors are open on {@code file} (Linux's /proc; -1 elsewhere). */
    private static long descriptorsOpenOn(Path file) throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(descriptors));
        try (var each = java.nio.file.Files.list(descriptors)) {
            return each.filter(fd -> {
                try {
                    return java.nio.file.Files.readSymbolicLink(fd).equals(file);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    void theBackgroundLoaderLoadsEveryOrganisationAndSaysWhenItIsDone() throws Exception {
        LedgerProjection built = written(events());
        LedgerProjection loaded = loaded();
        loaded.load("kommun-0");

        BackgroundLoading loading = BackgroundLoading.start(loaded, 2, () -> true);
        BackgroundLoading.Done done = loading.done().get(60, TimeUnit.SECONDS);

        assertThat(done.loaded()).isEqualTo(KOMMUNER - 1);
        assertThat(done.rejected()).isZero();
        assertThat(loading.queued()).isEqualTo(KOMMUNER - 1);
        assertThat(loaded.pendingOrganisationIds()).isEmpty();
        assertThat(loaded.stateDigest()).isEqualTo(built.stateDigest());
    }

    @Test
    void anEventForAnOrganisationWhoseSectionFailsItsChecksIsNotAppliedToItAndTheOthersGoOn() throws Exception {
        List<RecordedEvent> events = events();
        int cut = events.size() - 60;
        written(events.subList(0, cut));
        java.nio.file.Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        // A byte of the section of the organisation the first event after the checkpoint touches: its id, where
        // its section names it (the sections lie in id order, and no other section names it).
        RecordedEvent first = events.get(cut);
        String touched = first.eventId().substring(0, first.eventId().lastIndexOf('-'));
        int from = CheckpointFileTest.sectionsFrom(bytes);
        String sections = new String(bytes, from, CheckpointFileTest.tableFrom(bytes) - from,
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(sections.indexOf(touched)).as("its section names it").isNotNegative();
        bytes[from + sections.indexOf(touched) + touched.length() - 1] ^= 0x10;
        java.nio.file.Files.write(file, bytes);
        LedgerProjection loaded = loaded();
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        loaded.whenASectionIsRejected(rejected -> told.add(rejected.organisationId()));

        events.subList(cut, events.size()).forEach(loaded::apply);

        assertThat(told).as("one section altered, found by the events that touched it").containsExactly(touched);
        Instant now = Instant.MAX;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loaded.structure(touched, LocalDate.of(2025, 6, 1),
                now)).isInstanceOf(se.reorgledger.projections.index.RejectedSectionException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loaded.organisationDigest(touched))
                .isInstanceOf(se.reorgledger.projections.index.RejectedSectionException.class);
        assertThat(loaded.position()).isEqualTo(events.get(events.size() - 1).position());
        LedgerProjection replayed = Projected.from(events);
        for (String id : replayed.organisationIds()) {
            if (!id.equals(told.get(0))) {
                assertThat(loaded.organisationDigest(id)).isEqualTo(replayed.organisationDigest(id));
            }
        }
        assertThat(loaded.rejectedSection()).hasValueSatisfying(rejected ->
                assertThat(rejected.organisationId()).isEqualTo(told.get(0)));
    }

    @Test
    void concurrentFirstUsesOfAnOrganisationLoadItOnce() throws Exception {
        LedgerProjection built = Projected.from(events());
        OrganisationIndex index = built.indexesInIdOrder().get(0);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        UnloadedOrganisation slow = IndexAsSection.of(index, () -> {
            loads.incrementAndGet();
            loading.countDown();
            sleep();
            return index;
        });
        LedgerProjection projection = LedgerProjection.fromCheckpoint(built.position(), List.of(slow));
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        ExecutorService users = Executors.newFixedThreadPool(8);
        try {
            List<Future<StructureView>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(users.submit(() -> projection.structure(index.id(), asOf, Instant.MAX)));
            }
            assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
            for (Future<StructureView> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(built.structure(index.id(), asOf, Instant.MAX));
            }
        } finally {
            users.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LedgerProjection written(List<RecordedEvent> events) throws IOException {
        LedgerProjection built = Projected.from(events);
        CheckpointFile.write(folder, built, CheckpointFileTest::anchor);
        return built;
    }

    private LedgerProjection loaded() {
        return CheckpointFile.load(folder, header -> Optional.empty()).projection().orElseThrow();
    }

    /** Several kommuner's events interleaved as a ledger records them; each event id names its kommun. */
    private static List<RecordedEvent> events() {
        List<List<RecordedEvent>> kommuner = new ArrayList<>();
        for (int kommun = 0; kommun < KOMMUNER; kommun++) {
            kommuner.add(SyntheticLedger.organisation("kommun-" + kommun, 300, 15, kommun).toList());
        }
        int longest = kommuner.stream().mapToInt(List::size).max().orElse(0);
        List<RecordedEvent> events = new ArrayList<>();
        for (int i = 0; i < longest; i++) {
            for (int kommun = 0; kommun < KOMMUNER; kommun++) {
                List<RecordedEvent> of = kommuner.get(kommun);
                if (i < of.size()) {
                    RecordedEvent event = of.get(i);
                    events.add(new RecordedEvent(events.size() + 1, "kommun-" + kommun + "-" + events.size(),
                            event.recordedAt(), event.principal(), event.payload()));
                }
            }
        }
        return events;
    }
}
