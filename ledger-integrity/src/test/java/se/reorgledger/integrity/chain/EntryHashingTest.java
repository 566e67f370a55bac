package se.reorgledger.integrity.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The v1 entry encoding is part of every hash ever stored: these tests freeze it. A failure here means that
 * existing ledgers no longer verify; the change needs a new encoding version, never an edit of v1.
 */
class EntryHashingTest {

    static final StoredEvent UNIT_ESTABLISHED = new StoredEvent(7, "6f1c2d3e-0000-4000-8000-000000000007",
            "askersund", 3, "se.reorgledger.core.organisation.UnitEstablishedEvent", "1", "2026-01-05T09:30:00.123Z",
            utf8("{\"organisationId\":\"askersund\",\"unitId\":\"klk\",\"name\":\"Kommunledningskontoret\","
                    + "\"effectiveDate\":\"2026-01-01\",\"decisionId\":\"ks-2025-11-24-145\"}"),
            utf8("{\"principal\":\"anna.andersson\",\"traceId\":\"t-1\"}"));

    @Test
    void theEntryHashOfAKnownEventNeverChanges() {
        assertThat(EntryHashing.entryHash(5, UNIT_ESTABLISHED))
                .isEqualTo("18087b5179c5e474c50794f531d76325f0d6f412cf47a339823ac601a7ffa007");
        assertThat(EntryHashing.chainHash(EntryHashing.GENESIS, EntryHashing.entryHash(5, UNIT_ESTABLISHED)))
                .isEqualTo("4b08e810498248d856bb10621db738d7c1408d230212ba12013163d5a7036975");
    }

    @Test
    void anEventWithoutRevisionMetadataOrDerivedFieldsHashesThemAsEmptyFields() {
        StoredEvent bare = new StoredEvent(1, "id", "agg", 0, "T", null, "2026-01-01T00:00:00Z", new byte[0], null);

        assertThat(EntryHashing.entryHash(1, bare))
                .isEqualTo("7a7c185ea1a3d1946770eaa56552e7c10c286f293b0f273b08dedf79f9fed47d");
    }

    @Test
    void theEncodingIsTheDocumentedSequenceOfLengthPrefixedFields() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String field : new String[] {"reorg-ledger-entry/1", "5", "7", "6f1c2d3e-0000-4000-8000-000000000007",
                "askersund", "3", "se.reorgledger.core.organisation.UnitEstablishedEvent", "1",
                "2026-01-05T09:30:00.123Z", "anna.andersson", "ks-2025-11-24-145", "2026-01-01"}) {
            lengthPrefixed(expected, utf8(field));
        }
        lengthPrefixed(expected, UNIT_ESTABLISHED.payload());
        lengthPrefixed(expected, UNIT_ESTABLISHED.metaData());

        assertThat(HexFormat.of().formatHex(EntryHashing.encode(5, UNIT_ESTABLISHED)))
                .isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
    }

    @Test
    void numbersAreEncodedAsTheirDecimalDigits() {
        for (long n : new long[] {0, 1, 9, 10, 99, 100, 12_345, -1, -10, -987_654_321, Long.MAX_VALUE,
                Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            StoredEvent event = new StoredEvent(n, "id", "agg", n, "T", null, "2026-01-01T00:00:00Z", new byte[0],
                    null);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (String field : new String[] {"reorg-ledger-entry/1", Long.toString(n), Long.toString(n), "id", "agg",
                    Long.toString(n), "T", "", "2026-01-01T00:00:00Z", "", "", "", ""}) {
                lengthPrefixed(expected, utf8(field));
            }
            lengthPrefixed(expected, new byte[0]);

            assertThat(EntryHashing.encode(n, event)).as("%d", n).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void statedFieldsThatEqualTheDerivedOnesEncodeExactlyAsV1() {
        assertThat(EntryHashing.encode(5, UNIT_ESTABLISHED, "anna.andersson", "ks-2025-11-24-145", "2026-01-01"))
                .isEqualTo(EntryHashing.encode(5, UNIT_ESTABLISHED));
        assertThat(EntryHashing.entryHash(5, UNIT_ESTABLISHED, "anna.andersson", "ks-2025-11-24-145", "2026-01-01"))
                .isEqualTo(EntryHashing.entryHash(5, UNIT_ESTABLISHED));
    }

    @Test
    void aStatedFieldThatDiffersFromThePayloadChangesTheHash() {
        assertThat(EntryHashing.entryHash(5, UNIT_ESTABLISHED, "anna.andersson", "ks-2025-11-24-146", "2026-01-01"))
                .isNotEqualTo(EntryHashing.entryHash(5, UNIT_ESTABLISHED));
    }

    @Test
    void theDerivedFieldsAreReadAsV1ReadsThemWhateverThePayloadHolds() {
        record Case(String json, String decisionId, String effectiveDate) {
        }
        for (Case c : List.of(
                new Case("{\"decisionId\":\"ks-1\",\"effectiveDate\":\"2026-01-01\"}", "ks-1", "2026-01-01"),
                new Case("{\"decisionId\":12,\"effectiveDate\":null}", "12", ""),
                new Case("{\"decisionId\":{\"a\":1},\"effectiveDate\":true}", "", "true"),
                new Case("{\"decisionId\":\"x\",\"decisionId\":\"y\"}", "y", ""),
                new Case("[\"decisionId\"]", "", ""),
                new Case("{\"decisionId\":", "", ""),
                new Case("", "", ""))) {
            String[] fields = EntryHashing.textFields(utf8(c.json()), "decisionId", "effectiveDate");
            assertThat(fields).as(c.json()).containsExactly(c.decisionId(), c.effectiveDate());
            assertThat(EntryHashing.decisionId(utf8(c.json()))).as(c.json()).isEqualTo(c.decisionId());
        }
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
