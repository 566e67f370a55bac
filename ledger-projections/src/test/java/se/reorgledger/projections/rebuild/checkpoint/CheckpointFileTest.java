package se.reorgledger.projections.rebuild.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.core.document.DocumentAttachedEvent;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentReference;
import se.reorgledger.core.document.DocumentRole;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.Header;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.LedgerAnchor;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.Loaded;
import se.reorgledger.projections.scenario.AskersundLedger;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

class CheckpointFileTest {

    private static final Function<Header, Optional<String>> LEDGER_MATCHES = header -> Optional.empty();

    @TempDir
    Path folder;

    @Test
    void aCheckpointLoadedAndCaughtUpAnswersAsAReplayOfTheWholeLedger() throws IOException {
        AskersundLedger askersund = AskersundLedger.recordedWithCooperation();
        List<RecordedEvent> events = askersund.events();
        int cut = events.size() / 2;
        CheckpointFile.write(folder, Projected.from(events.subList(0, cut)), CheckpointFileTest::anchor);

        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);
        assertThat(loaded.rejectedBecause()).isNull();
        LedgerProjection restarted = loaded.projection().orElseThrow();
        events.subList(cut, events.size()).forEach(restarted::apply);
        LedgerProjection replayed = askersund.projection();

        assertThat(restarted.checksum()).isEqualTo(replayed.checksum());
        Instant now = askersund.latest();
        for (LocalDate asOf : List.of(AskersundLedger.OLD_ORGANISATION, AskersundLedger.NEW_YEAR_2026,
                AskersundLedger.FEBRUARY_2026)) {
            assertThat(restarted.structure(AskersundLedger.KOMMUN, asOf, now))
                    .isEqualTo(replayed.structure(AskersundLedger.KOMMUN, asOf, now));
            assertThat(restarted.committees(AskersundLedger.KOMMUN, asOf, now))
                    .isEqualTo(replayed.committees(AskersundLedger.KOMMUN, asOf, now));
        }
        assertThat(restarted.history(AskersundLedger.KOMMUN, AskersundLedger.SERVICE, now))
                .isEqualTo(replayed.history(AskersundLedger.KOMMUN, AskersundLedger.SERVICE, now));
        assertThat(restarted.decisions(AskersundLedger.KOMMUN, askersund.afterCorrection()))
                .isEqualTo(replayed.decisions(AskersundLedger.KOMMUN, askersund.afterCorrection()));
        assertThat(restarted.diff(AskersundLedger.KOMMUN, AskersundLedger.OLD_ORGANISATION,
                AskersundLedger.FEBRUARY_2026, now)).isEqualTo(replayed.diff(AskersundLedger.KOMMUN,
                AskersundLedger.OLD_ORGANISATION, AskersundLedger.FEBRUARY_2026, now));
    }

    @Test
    void aSyntheticKommunsReadModelsComeBackWhole() throws IOException {
        List<RecordedEvent> events = SyntheticLedger.generate(SyntheticSize.S, 3).toList();
        LedgerProjection built = Projected.from(events);
        CheckpointFile.Written written = CheckpointFile.write(folder, built, CheckpointFileTest::anchor);

        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);

        assertThat(loaded.rejectedBecause()).isNull();
        assertThat(written.header().anchor().position()).isEqualTo(events.get(events.size() - 1).position());
        assertThat(loaded.projection().orElseThrow().checksum()).isEqualTo(built.checksum());
    }

    @Test
    void theReadModelsOfSeveralOrganisationsComeBackWhole() throws IOException {
        List<RecordedEvent> askersund = AskersundLedger.recordedWithCooperation().events();
        long after = askersund.get(askersund.size() - 1).position();
        List<RecordedEvent> events = new java.util.ArrayList<>(askersund);
        SyntheticLedger.organisation("annan", 3_000, 60, 5).forEach(event -> events.add(new RecordedEvent(
                after + 1 + event.position(), event.eventId(), event.recordedAt(), event.principal(), event.payload())));
        LedgerProjection built = Projected.from(events);
        CheckpointFile.write(folder, built, CheckpointFileTest::anchor);

        LedgerProjection loaded = CheckpointFile.load(folder, LEDGER_MATCHES).projection().orElseThrow();

        assertThat(loaded.organisationIds()).containsExactly("annan", AskersundLedger.KOMMUN);
        assertThat(loaded.checksum()).isEqualTo(built.checksum());
    }

    @Test
    void theSectionsOfManyOrganisationsAreReadSideBySideIntoTheSameReadModels() throws IOException {
        List<RecordedEvent> events = new java.util.ArrayList<>();
        for (int kommun = 0; kommun < 12; kommun++) {
            SyntheticLedger.organisation("kommun-" + kommun, 400, 20, kommun).forEach(event -> events.add(
                    new RecordedEvent(events.size() + 1, event.eventId() + "-" + events.size(), event.recordedAt(),
                            event.principal(), event.payload())));
        }
        LedgerProjection built = Projected.from(events);
        CheckpointFile.write(folder, built, CheckpointFileTest::anchor);

        LedgerProjection loaded = CheckpointFile.load(folder, LEDGER_MATCHES).projection().orElseThrow();

        assertThat(loaded.organisationIds()).hasSize(12).isEqualTo(built.organisationIds());
        assertThat(loaded.position()).isEqualTo(built.position());
        assertThat(loaded.checksum()).isEqualTo(built.checksum());
    }

    @Test
    void aCheckpointOfTheFormatBeforeSectionsIsRebuiltNeverReadAsThisOne() throws Exception {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[11] = 2;
        resign(bytes);
        Files.write(file, bytes);

        assertRejected("format version 2 is not this code's (3)");
    }

    @Test
    void aCutShortCheckpointIsNamedByItsSha256ThoughItCannotBeDecoded() throws IOException {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOfRange(bytes, 0, bytes.length / 2);
        System.arraycopy(bytes, bytes.length - 32, cut, cut.length - 32, 32);
        Files.write(file, cut);

        assertRejected("SHA-256");
    }

    @Test
    void theDocumentsAttachedToADecisionComeBackWithIt() throws IOException {
        List<RecordedEvent> events = new java.util.ArrayList<>(AskersundLedger.recordedWithCooperation().events());
        RecordedEvent last = events.get(events.size() - 1);
        events.add(new RecordedEvent(last.position() + 1, "document-1", last.recordedAt().plusSeconds(60),
                "registratorn", new DocumentAttachedEvent(AskersundLedger.KOMMUN, AskersundLedger.NOVEMBER_DECISION,
                DocumentPart.decision, null, null, DocumentRole.protokollsutdrag, new DocumentReference(
                "Protokollsutdrag KS 2025-11-24.pdf", "application/pdf", 48_213,
                "3f0a9c4e2b7d1a6f5e8c0b9d4a3e2f1c7b6a5d4e3f2a1b0c9d8e7f6a5b4c3d2e"))));
        LedgerProjection built = Projected.from(events);
        CheckpointFile.write(folder, built, CheckpointFileTest::anchor);

        LedgerProjection loaded = CheckpointFile.load(folder, LEDGER_MATCHES).projection().orElseThrow();

        assertThat(loaded.checksum()).isEqualTo(built.checksum());
        Instant now = last.recordedAt().plusSeconds(120);
        assertThat(loaded.decision(AskersundLedger.KOMMUN, AskersundLedger.NOVEMBER_DECISION, now).documents())
                .hasSize(1)
                .isEqualTo(built.decision(AskersundLedger.KOMMUN, AskersundLedger.NOVEMBER_DECISION, now).documents());
    }

    @Test
    void noFileIsNoCheckpointAndNoRejection() {
        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);

        assertThat(loaded.projection()).isEmpty();
        assertThat(loaded.rejectedBecause()).isNull();
    }

    @Test
    void aFlippedByteIsDetected() throws IOException {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);

        assertRejected("SHA-256");
    }

    @Test
    void aCheckpointOfAnUnknownFormatVersionIsNotRead() throws IOException {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[11] = (byte) (CheckpointFile.FORMAT_VERSION + 1);
        Files.write(file, bytes);

        assertRejected("format version " + (CheckpointFile.FORMAT_VERSION + 1));
    }

    @Test
    void aCheckpointTheLedgerDoesNotMatchIsNotRead() throws IOException {
        written();

        Loaded loaded = CheckpointFile.load(folder, header -> Optional.of("the ledger's head is before "
                + header.anchor().position()));

        assertThat(loaded.projection()).isEmpty();
        assertThat(loaded.rejectedBecause()).startsWith("the ledger's head is before");
    }

    @Test
    void theLedgerIsCheckedAtTheAnchorTheCheckpointWasWrittenAt() throws IOException {
        LedgerProjection projection = written();

        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);

        assertThat(loaded.header().anchor()).isEqualTo(anchor(projection.position()));
        assertThat(loaded.header().stateDigest()).isEqualTo(projection.stateDigest());
    }

    @Test
    void readModelsWhoseStateDigestAfterLoadingDiffersAreNotTrusted() throws Exception {
        LedgerProjection projection = written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        String stateDigest = projection.stateDigest();
        int at = indexOf(bytes, stateDigest.getBytes(StandardCharsets.US_ASCII));
        bytes[at] = (byte) (stateDigest.charAt(0) == '0' ? '1' : '0');
        resign(bytes);
        Files.write(file, bytes);

        assertRejected("state digest");
    }

    @Test
    void aValueAlteredInsideTheReadModelsIsNotTrustedThoughTheBytesAreSignedAgain() throws Exception {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "Kommunledningskontoret".getBytes(StandardCharsets.UTF_8));
        bytes[at] = 'L';
        resign(bytes);
        Files.write(file, bytes);

        assertRejected("state digest");
    }

    @Test
    void theStateDigestIsTheSameForTheSameContentAndDiffersFromTheChecksum() {
        List<RecordedEvent> events = AskersundLedger.recorded().events();
        LedgerProjection projection = Projected.from(events);

        assertThat(projection.stateDigest()).isEqualTo(Projected.from(events).stateDigest())
                .isNotEqualTo(Projected.from(events.subList(0, events.size() - 1)).stateDigest())
                .isNotEqualTo(projection.checksum()).hasSize(64);
    }

    @Test
    void aRecordWhoseComponentsChangedSinceIsNotRead() throws Exception {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        byte[] component = "java.lang.String organisationId;".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, component);
        bytes[at + "java.lang.String organisation".length()] = 'X';
        resign(bytes);
        Files.write(file, bytes);

        assertRejected("has changed since the checkpoint was written");
    }

    @Test
    void aNewCheckpointReplacesThePreviousOneWhole() throws IOException {
        List<RecordedEvent> events = AskersundLedger.recorded().events();
        CheckpointFile.write(folder, Projected.from(events.subList(0, 10)), CheckpointFileTest::anchor);
        CheckpointFile.write(folder, Projected.from(events), CheckpointFileTest::anchor);

        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);

        assertThat(loaded.projection().orElseThrow().position()).isEqualTo(events.get(events.size() - 1).position());
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(CheckpointFile.fileIn(folder));
        }
    }

    private LedgerProjection written() throws IOException {
        LedgerProjection projection = AskersundLedger.recorded().projection();
        CheckpointFile.write(folder, projection, CheckpointFileTest::anchor);
        return projection;
    }

    private void assertRejected(String reason) {
        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);
        assertThat(loaded.projection()).isEmpty();
        assertThat(loaded.rejectedBecause()).contains(reason);
    }

    static LedgerAnchor anchor(long position) {
        return new LedgerAnchor(position, "event-" + position, "chain-" + position);
    }

    /** Signs altered bytes again, as only someone who knows the format would: the checks after the SHA-256 must hold. */
    private static void resign(byte[] bytes) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(bytes, 0, bytes.length - 32);
        System.arraycopy(sha256.digest(), 0, bytes, bytes.length - 32, 32);
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not in the checkpoint: " + new String(wanted, StandardCharsets.US_ASCII));
    }
}
