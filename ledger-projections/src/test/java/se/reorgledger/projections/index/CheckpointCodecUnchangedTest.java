package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.scenario.AskersundLedger;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The checkpoint's decoding and the binary digest were made faster, not different: a checkpoint written by one
 * build is read and checked by the next, so the bytes an index is written as and the digests of its state must
 * stay exactly what they were. Askersund's ledger (committees, cooperations, corrections, documents, names with
 * å, ä and ö), a synthetic kommun, and one whose event ids are not UUIDs.
 */
class CheckpointCodecUnchangedTest {

    private static LedgerProjection projection;

    @BeforeAll
    static void project() {
        List<RecordedEvent> events = new ArrayList<>(AskersundLedger.recordedWithCooperation().events());
        long after = events.get(events.size() - 1).position();
        SyntheticLedger.organisation("syntetisk", 3_000, 60, 5).forEach(event -> events.add(new RecordedEvent(
                after + 1 + event.position(), event.eventId(), event.recordedAt(), event.principal(),
                event.payload())));
        SyntheticLedger.organisation("egna-id", 600, 20, 9).forEach(event -> events.add(new RecordedEvent(
                events.size() + after + 10_000, "händelse-" + events.size(), event.recordedAt(), event.principal(),
                event.payload())));
        projection = Projected.from(events);
    }

    @Test
    void theBinaryDigestOfEveryIndexIsTheOneTheFormerWalkGave() {
        assertThat(projection.indexes()).hasSize(3);
        for (OrganisationIndex index : projection.indexes()) {
            ContentDigest now = ContentDigest.binary();
            now.add(index);
            FormerContentDigest before = FormerContentDigest.binary();
            before.add(index);
            assertThat(now.hex()).as(index.id()).isEqualTo(before.hex());
        }
    }

    @Test
    void theTextDigestOfEveryIndexIsTheOneTheFormerWalkGave() {
        for (OrganisationIndex index : projection.indexes()) {
            ContentDigest now = new ContentDigest();
            now.add(index);
            FormerContentDigest before = new FormerContentDigest();
            before.add(index);
            assertThat(now.hex()).as(index.id()).isEqualTo(before.hex());
        }
    }

    @Test
    void anIndexReadBackIsWrittenAsTheBytesItWasReadFromAndDigestsAlike() throws IOException {
        for (OrganisationIndex index : projection.indexes()) {
            byte[] written = bytesOf(index);
            OrganisationIndex read = new OrganisationIndex(new CheckpointInput(written));

            assertThat(bytesOf(read)).as(index.id()).isEqualTo(written);
            ContentDigest original = ContentDigest.binary();
            original.add(index);
            FormerContentDigest readBefore = FormerContentDigest.binary();
            readBefore.add(read);
            assertThat(readBefore.hex()).as(index.id()).isEqualTo(original.hex());
        }
    }

    @Test
    void textsAreEncodedAsGetBytesEncodesThemSurrogatesAndAll() {
        Random random = new Random(11);
        String[] pieces = {"a", "-", "å", "Ö", "é", "€", "\u0800", "\u07ff", "\uffff", "😀", "\ud83d", "\ude00",
            "\u0000"};
        byte[] buffer = new byte[Utf8.MAX_BYTES_PER_CHAR * 64];
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(20); p > 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] expected = text.toString().getBytes(StandardCharsets.UTF_8);
            int end = Utf8.encode(text.toString(), buffer, 7);
            assertThat(java.util.Arrays.copyOfRange(buffer, 7, end)).as(text.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aUuidIsFedAsItsTextWouldBe() {
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        ContentDigest bits = ContentDigest.binary();
        bits.addUuid(EventId.high(uuid), EventId.low(uuid));
        assertThat(bits.hex()).isEqualTo(ContentDigest.binary().add(uuid).hex());
        assertThat(EventId.text(EventId.high(uuid), EventId.low(uuid))).isEqualTo(uuid);
    }

    private static byte[] bytesOf(OrganisationIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CheckpointOutput out = new CheckpointOutput(bytes)) {
            index.writeTo(out);
        }
        return bytes.toByteArray();
    }
}
