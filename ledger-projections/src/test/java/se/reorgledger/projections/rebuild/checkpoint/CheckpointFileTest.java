package se.reorgledger.projections.rebuild.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import se.reorgledger.projections.index.RejectedSectionException;
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
    void aCheckpointOfTheFormatBeforeTheSectionTableIsRebuiltNeverReadAsThisOne() throws Exception {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[11] = 3;
        resign(bytes);
        Files.write(file, bytes);

        assertRejected("format version 3 is not this code's (4)");
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
    void aByteFlippedInTheHeaderIsDetectedAtTheStart() throws IOException {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[indexOf(bytes, "event-".getBytes(StandardCharsets.US_ASCII))] ^= 0x10;
        Files.write(file, bytes);

        assertRejected("its header and section table do not match their SHA-256");
    }

    @Test
    void aByteFlippedInTheSectionTableIsDetectedAtTheStart() throws IOException {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[tableFrom(bytes) + 3] ^= 0x10;
        Files.write(file, bytes);

        assertRejected("its header and section table do not match their SHA-256");
    }

    @Test
    void aByteFlippedInASectionIsNotReadAtTheStartAndNeverServed() throws IOException {
        written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        bytes[(sectionsFrom(bytes) + tableFrom(bytes)) / 2] ^= 0x10;
        Files.write(file, bytes);

        assertRejectedAtFirstUse("its section's bytes do not match their SHA-256 in the section table");
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
    void readModelsWhoseStateDigestInTheHeaderDiffersFromTheTablesAreNotTrusted() throws Exception {
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
        resealSection(bytes);
        Files.write(file, bytes);

        assertRejectedAtFirstUse("state digest");
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
        resealSection(bytes);
        Files.write(file, bytes);

        assertRejectedAtFirstUse("has changed since the checkpoint was written");
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

    @Test
    void aSectionWhoseStateDigestInTheTableIsNotItsOwnIsNeverServed() throws Exception {
        LedgerProjection projection = written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        String own = projection.stateDigest();
        String organisation = LedgerProjection.organisationStateDigest(projection.indexes().iterator().next());
        String forged = (organisation.charAt(0) == '0' ? "1" : "0") + organisation.substring(1);
        replace(bytes, organisation, forged);
        replace(bytes, own, LedgerProjection.combinedState(projection.position(), List.of(forged)));
        resign(bytes);
        Files.write(file, bytes);

        assertRejectedAtFirstUse("state digest");
    }

    @Test
    void aSectionWhoseNewestRecordedTimeInTheTableIsNotItsOwnIsNeverServed() throws Exception {
        LedgerProjection projection = written();
        Path file = CheckpointFile.fileIn(folder);
        byte[] bytes = Files.readAllBytes(file);
        Instant newest = projection.newestRecordedAt(AskersundLedger.KOMMUN);
        java.io.ByteArrayOutputStream encoded = new java.io.ByteArrayOutputStream();
        se.reorgledger.projections.index.CheckpointOutput out = new se.reorgledger.projections.index.CheckpointOutput(
                encoded);
        out.writeBoolean(true);
        out.writeLong(newest.getEpochSecond());
        out.writeInt(newest.getNano());
        out.flush();
        int at = indexOf(bytes, encoded.toByteArray(), tableFrom(bytes));
        // The seconds' lowest bit (zig-zag: the first byte's second bit): one second later, signed again.
        bytes[at + 1] ^= 0x02;
        resign(bytes);
        Files.write(file, bytes);

        assertRejectedAtFirstUse("newest recorded time");
    }

    private void assertRejectedAtFirstUse(String reason) {
        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);
        assertThat(loaded.rejectedBecause()).as("the start reads only the header and the table").isNull();
        LedgerProjection projection = loaded.projection().orElseThrow();
        List<RejectedSectionException> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        projection.whenASectionIsRejected(told::add);
        Instant now = Instant.now();

        assertThatThrownBy(() -> projection.structure(AskersundLedger.KOMMUN, AskersundLedger.NEW_YEAR_2026, now))
                .isInstanceOf(RejectedSectionException.class).hasMessageContaining(reason);
        assertThatThrownBy(() -> projection.decisions(AskersundLedger.KOMMUN, now))
                .as("never served, at the second use either").isInstanceOf(RejectedSectionException.class);
        assertThatThrownBy(projection::stateDigest).isInstanceOf(RejectedSectionException.class);
        assertThat(told).singleElement().satisfies(rejected -> {
            assertThat(rejected.organisationId()).isEqualTo(AskersundLedger.KOMMUN);
            assertThat(rejected.reason()).contains(reason);
        });
        assertThat(projection.rejectedSection()).isPresent();
        assertThat(projection.organisations(now)).as("its listing needs only the table")
                .extracting(ref -> ref.id()).containsExactly(AskersundLedger.KOMMUN);
    }

    private void assertRejected(String reason) {
        Loaded loaded = CheckpointFile.load(folder, LEDGER_MATCHES);
        assertThat(loaded.projection()).isEmpty();
        assertThat(loaded.rejectedBecause()).contains(reason);
    }

    static LedgerAnchor anchor(long position) {
        return new LedgerAnchor(position, "event-" + position, "chain-" + position);
    }

    /**
     * Signs altered bytes again, as only someone who knows the format would: the SHA-256 over the header and the
     * section table; the checks after it must hold.
     */
    static void resign(byte[] bytes) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(bytes, 0, sectionsFrom(bytes));
        sha256.update(bytes, tableFrom(bytes), bytes.length - 32 - tableFrom(bytes));
        System.arraycopy(sha256.digest(), 0, bytes, bytes.length - 32, 32);
    }

    /**
     * Puts the SHA-256 of the one organisation's altered section in the table in place of the one written, and signs
     * the table again: the section's own SHA-256 is then no obstacle, and its state digest must catch the change.
     */
    private void resealSection(byte[] bytes) throws Exception {
        byte[] written = Files.readAllBytes(CheckpointFile.fileIn(folder));
        replace(bytes, sectionSha256(written), sectionSha256(bytes));
        resign(bytes);
    }

    /** The SHA-256 of the sections of a file holding one organisation: its section. */
    private static String sectionSha256(byte[] bytes) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(bytes, sectionsFrom(bytes), tableFrom(bytes) - sectionsFrom(bytes));
        return java.util.HexFormat.of().formatHex(sha256.digest());
    }

    private static void replace(byte[] bytes, String written, String instead) {
        byte[] replacement = instead.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(replacement, 0, bytes, indexOf(bytes, written.getBytes(StandardCharsets.US_ASCII)),
                replacement.length);
    }

    static int sectionsFrom(byte[] bytes) {
        return 16 + java.nio.ByteBuffer.wrap(bytes, 12, 4).getInt();
    }

    static int tableFrom(byte[] bytes) {
        return bytes.length - 40 - (int) java.nio.ByteBuffer.wrap(bytes, bytes.length - 40, 8).getLong();
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        return indexOf(bytes, wanted, 0);
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= bytes.length - wanted.length; i++) {
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
