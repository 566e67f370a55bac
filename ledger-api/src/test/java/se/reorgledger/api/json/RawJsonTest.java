package se.reorgledger.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawJsonTest {

    private static final String JSON = "{\"decisions\":[\"ks Å \\\"1\\\"\"],\"illustrative\":true}";
    private final RawJson raw = new RawJson(JSON.getBytes(StandardCharsets.UTF_8));
    private final SerializedString jackson = new SerializedString(JSON);

    @Test
    void copiesItsBytesWhereTheyFitAndSaysSoWhereTheyDoNot() throws Exception {
        byte[] buffer = new byte[100];
        int length = raw.appendUnquotedUTF8(buffer, 3);

        assertThat(new String(buffer, 3, length, StandardCharsets.UTF_8)).isEqualTo(JSON);
        assertThat(raw.appendUnquotedUTF8(new byte[length + 2], 3)).isNegative();
        assertThat(raw.putUnquotedUTF8(ByteBuffer.allocate(length - 1))).isNegative();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(raw.writeUnquotedUTF8(out)).isEqualTo(length);
        assertThat(out.toByteArray()).isEqualTo(jackson.asUnquotedUTF8()).isEqualTo(raw.asUnquotedUTF8());
    }

    @Test
    void itsTextFormsAreJacksonsForTheSameText() throws Exception {
        assertThat(raw.getValue()).isEqualTo(JSON).isEqualTo(raw.toString());
        assertThat(raw.charLength()).isEqualTo(jackson.charLength());
        assertThat(raw.asQuotedChars()).isEqualTo(jackson.asQuotedChars());
        assertThat(raw.asQuotedUTF8()).isEqualTo(jackson.asQuotedUTF8());
        char[] chars = new char[100];
        char[] expected = new char[100];
        assertThat(raw.appendQuoted(chars, 1)).isEqualTo(jackson.appendQuoted(expected, 1));
        assertThat(chars).isEqualTo(expected);
    }
}
