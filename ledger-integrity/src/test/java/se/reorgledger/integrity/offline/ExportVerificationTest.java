package se.reorgledger.integrity.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.FindingKind;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.export.ExportReader;
import se.reorgledger.integrity.export.ExportTrailer;
import se.reorgledger.integrity.export.ExportWriter;
import se.reorgledger.integrity.export.MalformedExportException;

/**
 * An export verifies offline from its bytes alone, and any edit of the file, not only of the database it came
 * from, is named by kind and position.
 */
class ExportVerificationTest {

    static final int EVENTS = 10;

    @TempDir
    Path folder;

    @Test
    void anUntouchedExportIsIntactAndMatchesTheHeadsChainHashAndMerkleRoot() throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        Path export = ExportFiles.write(ledger, folder.resolve("export.ndjson"));

        Verification verification = ExportVerification.verify(export, TrustedDigest.of(ExportFiles.headOf(ledger)));

        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.checkedEvents()).isEqualTo(EVENTS);
        assertThat(verification.message()).contains("It matches the digest", "Merkle root");
    }

    @Test
    void oneCharacterOfAPayloadChangedInTheFileIsTheAlteredEvent() throws IOException {
        for (int p = 1; p <= EVENTS; p++) {
            Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("altered" + p + ".ndjson"));
            List<String> lines = ExportFiles.lines(export);
            lines.set(p - 1, lines.get(p - 1).replace("Enhet " + p, "Enhet X"));
            assertOnly(ExportVerification.verify(ExportFiles.rewrite(export, lines), null), FindingKind.ALTERED, p);
        }
    }

    @Test
    void anEventRemovedAndTheNextOneRepeatedInItsPlaceIsReportedAtEveryPosition() throws IOException {
        for (int p = 1; p < EVENTS; p++) {
            Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("repeated" + p + ".ndjson"));
            List<String> lines = ExportFiles.lines(export);
            lines.set(p - 1, lines.get(p));

            Verification verification = ExportVerification.verify(ExportFiles.rewrite(export, lines), null);

            assertThat(verification.intact()).as("line %d", p).isFalse();
            assertThat(verification.firstBrokenPosition()).as("line %d", p).isEqualTo(p);
        }
    }

    @Test
    void aReadableFieldThatNoLongerSaysWhatThePayloadSaysIsTheAlteredEvent() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("export.ndjson"));
        List<String> lines = ExportFiles.lines(export);
        lines.set(3, lines.get(3).replace("\"decisionId\":\"ks-1\"", "\"decisionId\":\"ks-9\""));

        assertOnly(ExportVerification.verify(ExportFiles.rewrite(export, lines), null), FindingKind.ALTERED, 4);
    }

    @Test
    void aDeletedLineIsTheRemovedEvent() throws IOException {
        for (int p = 1; p <= EVENTS; p++) {
            Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("removed" + p + ".ndjson"));
            List<String> lines = ExportFiles.lines(export);
            lines.remove(p - 1);
            assertOnly(ExportVerification.verify(ExportFiles.rewrite(export, lines), null), FindingKind.REMOVED, p);
        }
    }

    @Test
    void twoSwappedLinesAreReorderedAtTheFirst() throws IOException {
        for (int p = 1; p <= EVENTS; p++) {
            for (int q = p + 1; q <= EVENTS; q++) {
                Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("swap.ndjson"));
                List<String> lines = ExportFiles.lines(export);
                Collections.swap(lines, p - 1, q - 1);
                assertOnly(ExportVerification.verify(ExportFiles.rewrite(export, lines), null),
                        FindingKind.REORDERED, p);
            }
        }
    }

    @Test
    void aCopiedLineIsInsertedWhereTheCopyStands() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("export.ndjson"));
        List<String> lines = ExportFiles.lines(export);
        lines.add(6, lines.get(2));

        assertOnly(ExportVerification.verify(ExportFiles.rewrite(export, lines), null), FindingKind.INSERTED, 7);
    }

    @Test
    void anExportWithoutItsHeadLineIsIncomplete() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("export.ndjson"));
        List<String> lines = ExportFiles.lines(export);
        lines.remove(lines.size() - 1);
        lines.remove(lines.size() - 1);

        assertOnly(ExportVerification.verify(ExportFiles.rewrite(export, lines), null), FindingKind.INCOMPLETE,
                EVENTS);
    }

    @Test
    void anExportOfALedgerRewrittenSinceADigestDoesNotMatchTheDigest() throws IOException {
        SyntheticLedger before = SyntheticLedger.of(EVENTS);
        TrustedDigest published = TrustedDigest.of(ExportFiles.headOf(before));
        SyntheticLedger rewritten = SyntheticLedger.of(EVENTS);
        rewritten.editEvent(3, event -> SyntheticLedger.withPayload(event, "{}".getBytes()));
        rewritten.rechainEverything();
        Path export = ExportFiles.write(rewritten, folder.resolve("export.ndjson"));

        assertThat(ExportVerification.verify(export, null).intact()).isTrue();
        Verification verification = ExportVerification.verify(export, published);
        assertOnly(verification, FindingKind.DIGEST_MISMATCH, EVENTS);
    }

    @Test
    void payloadBytesThatAreNotUtf8TravelAsBase64AndVerify() throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        ledger.editEvent(5, event -> SyntheticLedger.withPayload(event, new byte[] {'{', (byte) 0xC3, '}'}));
        ledger.rechainEverything();
        Path export = ExportFiles.write(ledger, folder.resolve("export.ndjson"));

        assertThat(ExportFiles.lines(export).get(4)).contains("\"payloadBase64\":\"e8N9\"");
        assertThat(ExportVerification.verify(export, TrustedDigest.of(ExportFiles.headOf(ledger))).intact()).isTrue();
    }

    @Test
    void aPartOfTheLedgerIsCheckedFromTheChainHashBeforeIt() throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        Path export = folder.resolve("part.ndjson");
        try (OutputStream out = Files.newOutputStream(export); ExportWriter writer = new ExportWriter(out)) {
            for (LedgerRow row : ledger.rows().subList(3, 7)) {
                writer.write(row);
            }
            writer.write(new ExportTrailer(ledger.head, 4, 7, ledger.linkAt(3).chainHash()));
        }

        assertThat(ExportVerification.verify(export, null).intact()).isTrue();
        assertThatThrownBy(() -> ExportVerification.verify(export, TrustedDigest.of(ledger.head)))
                .hasMessageContaining("from position 1");
    }

    @Test
    void aLineThatIsNotJsonIsNamedByItsLineNumber() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("export.ndjson"));
        List<String> lines = ExportFiles.lines(export);
        lines.set(2, "[1, 2]");

        assertThatThrownBy(() -> ExportVerification.verify(ExportFiles.rewrite(export, lines), null))
                .isInstanceOf(MalformedExportException.class).hasMessageContaining("line 3");
    }

    @Test
    void aLineThatBeginsWithTheByteFfIsNamedNotTakenForTheEndOfTheChunk() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("export.ndjson"));
        byte[] bytes = Files.readAllBytes(export);
        int thirdLine = 0;
        for (int newlines = 0; newlines < 2; thirdLine++) {
            newlines += bytes[thirdLine] == '\n' ? 1 : 0;
        }
        bytes[thirdLine] = (byte) 0xff;
        Files.write(export, bytes);

        for (int chunkBytes : new int[] {256, 1 << 20}) {
            assertThatThrownBy(() -> ExportVerification.verify(export, null, chunkBytes))
                    .isInstanceOf(MalformedExportException.class).hasMessageStartingWith("line 3 ");
        }
    }

    @Test
    void aHeadLineWithoutAChainHashIsRefusedWithTheRuleNotComparedAsAHead() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("export.ndjson"));
        List<String> lines = ExportFiles.lines(export);
        String head = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, head.replaceFirst("\"chainHash\":\"[0-9a-f]{64}\"", "\"chainHash\":null"));

        assertThatThrownBy(() -> ExportVerification.verify(ExportFiles.rewrite(export, lines), null))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageContaining("the last line is not the head line").hasMessageContaining("chain hash");
    }

    @Test
    void aHeadLineWhosePositionsPassTheHeadIsRefused() throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        Path export = folder.resolve("beyond.ndjson");
        try (OutputStream out = Files.newOutputStream(export); ExportWriter writer = new ExportWriter(out)) {
            for (LedgerRow row : ledger.rows()) {
                writer.write(row);
            }
            writer.write(new ExportTrailer(ledger.head, 1, EVENTS + 5, EntryHashing.GENESIS));
        }

        assertThatThrownBy(() -> ExportVerification.verify(export, null))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageContaining("positions 1 to " + (EVENTS + 5) + " are no range");
    }

    @Test
    void whereverChunksEndTheVerificationIsTheSame() throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        TrustedDigest head = TrustedDigest.of(ExportFiles.headOf(ledger));
        TrustedDigest chainHash = TrustedDigest.chainHash(ledger.head.chainHash());
        List<UnaryOperator<List<String>>> edits = List.of(
                lines -> lines,
                lines -> {
                    lines.set(4, lines.get(4).replace("Enhet 5", "Enhet X"));
                    return lines;
                },
                lines -> {
                    lines.set(2, lines.get(2).replace("\"chainHash\":\"", "\"chainHash\":\"0"));
                    return lines;
                },
                lines -> {
                    lines.remove(6);
                    return lines;
                },
                lines -> {
                    Collections.swap(lines, 3, 7);
                    return lines;
                },
                lines -> {
                    lines.add(8, lines.get(1));
                    lines.remove(lines.size() - 1);
                    return lines;
                });
        for (int e = 0; e < edits.size(); e++) {
            Path export = ExportFiles.write(ledger, folder.resolve("chunks" + e + ".ndjson"));
            ExportFiles.rewrite(export, edits.get(e).apply(ExportFiles.lines(export)));
            for (TrustedDigest trusted : Arrays.asList(null, head, chainHash)) {
                // A chunk of one byte holds one line: each row is hashed alone, with nothing computed from the row
                // before it, and walked as a row.
                Verification lineByLine = ExportVerification.verify(export, trusted, 1,
                        ExportVerification.Lanes.ROWS_ONLY);
                for (int chunkBytes : new int[] {1, 700, 1500, 2500, 4000, ExportReader.CHUNK_BYTES}) {
                    assertThat(ExportVerification.verify(export, trusted, chunkBytes))
                            .as("edit %d, chunks of %d bytes, digest %s", e, chunkBytes, trusted)
                            .isEqualTo(lineByLine);
                }
            }
        }
    }

    static void assertOnly(Verification verification, FindingKind kind, long position) {
        assertThat(verification.findings()).as(verification.message()).hasSize(1);
        assertThat(verification.finding()).as(verification.message()).isEqualTo(kind.slug());
        assertThat(verification.firstBrokenPosition()).as(verification.message()).isEqualTo(position);
    }
}
