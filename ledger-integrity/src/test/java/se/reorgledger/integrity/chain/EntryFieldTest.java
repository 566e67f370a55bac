package se.reorgledger.integrity.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of {@link EntryField} is the order of the encoding: every path that hashes an entry takes it there. */
class EntryFieldTest {

    private static final StoredEvent EVENT = EntryHashingTest.UNIT_ESTABLISHED;

    @Test
    void theFieldsAreGivenInTheOrderOfTheEnumeration() {
        List<EntryField> given = new ArrayList<>();
        EntryHashing.fields(5, EVENT, "p", "d", "e", new EntryHashing.FieldSink() {
            public void number(EntryField field, long value) {
                given.add(field);
            }

            public void text(EntryField field, String value) {
                given.add(field);
            }

            public void bytes(EntryField field, byte[] value) {
                given.add(field);
            }
        });

        assertThat(given).containsExactly(EntryField.values());
    }

    @Test
    void theEncoderFedInThatOrderGivesTheEntryHash() {
        EntryHashing.Encoder encoder = new EntryHashing.Encoder();
        feedInOrder(encoder);

        assertThat(HexFormat.of().formatHex(encoder.hash())).isEqualTo(EntryHashing.entryHash(5, EVENT));
    }

    @Test
    void theEncoderFedOutOfOrderOrTwiceGivesNoHash() {
        EntryHashing.Encoder encoder = new EntryHashing.Encoder();
        encoder.start(5);
        encoder.number(EntryField.GLOBAL_INDEX, EVENT.globalIndex());
        encoder.bytes(EntryField.AGGREGATE_IDENTIFIER, new byte[0], 0, 0);
        assertThat(encoder.hash()).isNull();

        encoder.reset();
        feedInOrder(encoder);
        encoder.start(5);
        assertThat(encoder.hash()).as("a second position abandons the entry").isNull();
    }

    private static void feedInOrder(EntryHashing.Encoder encoder) {
        encoder.reset();
        encoder.start(5);
        for (EntryField field : EntryField.NAMED.subList(1, EntryField.NAMED.size())) {
            switch (field.kind()) {
                case NUMBER -> encoder.number(field, field == EntryField.GLOBAL_INDEX ? EVENT.globalIndex()
                        : EVENT.sequenceNumber());
                case TEXT -> {
                    byte[] text = utf8(field);
                    encoder.bytes(field, text, 0, text.length);
                }
                case BYTES -> {
                    byte[] bytes = field == EntryField.PAYLOAD ? EVENT.payload() : EVENT.metaData();
                    encoder.bytes(field, bytes, 0, bytes.length);
                }
            }
        }
    }

    private static byte[] utf8(EntryField field) {
        String text = switch (field) {
            case EVENT_IDENTIFIER -> EVENT.eventIdentifier();
            case AGGREGATE_IDENTIFIER -> EVENT.aggregateIdentifier();
            case PAYLOAD_TYPE -> EVENT.payloadType();
            case PAYLOAD_REVISION -> EVENT.payloadRevision();
            case RECORDED_AT -> EVENT.recordedAt();
            case PRINCIPAL -> EntryHashing.principal(EVENT.metaData());
            case DECISION_ID -> EntryHashing.decisionId(EVENT.payload());
            case EFFECTIVE_DATE -> EntryHashing.effectiveDate(EVENT.payload());
            default -> throw new IllegalArgumentException(field.name());
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
