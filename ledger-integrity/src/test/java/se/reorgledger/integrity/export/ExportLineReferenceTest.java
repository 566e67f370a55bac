package se.reorgledger.integrity.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.chain.LedgerRow;

/**
 * Lines at the edges of JSON, each read by the fast parser and by the reference: both refuse it, or both read the
 * same row from it. The differential property finds such lines at random; these are the ones worth naming.
 */
class ExportLineReferenceTest {

    private static final String EVENT = "\"eventIdentifier\":\"e\",\"sequenceNumber\":0,\"payload\":\"{}\"";

    @Test
    void aNumberWithALeadingZeroIsNoNumber() {
        assertBothRefuse("{\"position\":01,\"globalIndex\":1," + EVENT + "}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"x\":00}");
    }

    @Test
    void theSmallestLongIsALong() {
        LedgerRow row = assertBothRead("{\"globalIndex\":-9223372036854775808," + EVENT + "}");

        assertThat(row.globalIndex()).isEqualTo(Long.MIN_VALUE);
        assertBothRefuse("{\"globalIndex\":-9223372036854775809," + EVENT + "}");
    }

    @Test
    void anUnknownFieldMayHoldAnyJsonButNothingElse() {
        assertBothRead("{\"globalIndex\":1," + EVENT + ",\"x\":[1,{\"a\":null,\"b\":[true,\"\\u00e4\"]},-0.5e+3]}");
        assertBothRead("{\"globalIndex\":1," + EVENT + ",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"x\":[1,,2]}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"x\":{\"a\" 1}}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"x\":1.}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"x\":[@]}");
    }

    @Test
    void bytesGivenBothAsTextAndAsBase64AreAmbiguous() {
        assertBothRefuse("{\"globalIndex\":1,\"eventIdentifier\":\"e\",\"sequenceNumber\":0,\"payload\":\"{}\","
                + "\"payloadBase64\":\"e30=\"}");
    }

    @Test
    void aKnownFieldGivenTwiceIsRefusedWhateverItsFirstValue() {
        assertBothRefuse("{\"position\":1,\"globalIndex\":1.0,\"globalIndex\":1," + EVENT + "}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"payload\":\"{\\\"x\\\":1}\"}");
        assertBothRead("{\"globalIndex\":1," + EVENT + ",\"x\":1,\"x\":[2]}");
    }

    @Test
    void halfASurrogatePairIsNoCharacterAnywhere() {
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"principal\":\"\\ud800\"}");
        assertBothRefuse("{\"globalIndex\":1," + EVENT + ",\"x\\udc00\":1}");
        assertThat(assertBothRead("{\"globalIndex\":1," + EVENT + ",\"principal\":\"\\ud83d\\ude00\"}").entry()
                .principal()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void aHeadLineIsJsonToo() {
        assertThat(ExportLineReference.row(utf8("{\"head\":{\"position\":1},\"x\":[]}"), 1)).isNull();
        assertBothRefuse("{\"head\":{},\"x\":01}");
    }

    private static LedgerRow assertBothRead(String line) {
        List<LedgerRow> fast = ExportLineParser.parseAll(utf8(line), utf8(line).length, 1).rows();
        LedgerRow reference = ExportLineReference.row(utf8(line), 1);
        assertThat(fast).hasSize(1);
        assertThat(describe(fast.get(0))).isEqualTo(describe(reference));
        return reference;
    }

    private static void assertBothRefuse(String line) {
        Throwable fast = catchThrowable(() -> ExportLineParser.parseAll(utf8(line), utf8(line).length, 1));
        Throwable reference = catchThrowable(() -> ExportLineReference.row(utf8(line), 1));
        assertThat(fast).as("the fast parser on %s", line).isInstanceOf(MalformedExportException.class);
        assertThat(reference).as("the reference on %s", line).isInstanceOf(MalformedExportException.class);
    }

    private static String describe(LedgerRow row) {
        return row.globalIndex() + " " + row.link() + " " + (row.entry() == null ? null : row.entry().stored()
                .eventIdentifier() + " " + row.entry().principal() + " "
                + HexFormat.of().formatHex(row.entry().stored().payload()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
