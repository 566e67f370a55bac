package se.reorgledger.integrity.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hashes are written and read as java.util.HexFormat writes and reads them; the table is only faster. */
class HexTest {

    @Test
    void hexIsWrittenInLowerCaseAndReadInEitherCaseAsHexFormatDoes() {
        Random random = new Random(20260101);
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            String hex = HexFormat.of().formatHex(bytes);
            assertThat(Hex.format(bytes)).isEqualTo(hex);
            assertThat(Hex.parse(hex)).isEqualTo(bytes);
            assertThat(Hex.parse(hex.toUpperCase())).isEqualTo(bytes);
        }
    }

    @Test
    void aHashIsReadOnlyWhenWrittenExactlyAsFormatWritesIt() {
        Random random = new Random(1129);
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String hex = HexFormat.of().formatHex(bytes);
            assertThat(Hex.parseHash(hex)).isEqualTo(bytes);
            if (!hex.equals(hex.toUpperCase())) {
                assertThat(Hex.parseHash(hex.toUpperCase())).isNull();
            }
            int at = random.nextInt(64);
            for (char c : new char[] {'g', 'G', 'A', 'F', '/', ':', '`', 'é', ' '}) {
                assertThat(Hex.parseHash(hex.substring(0, at) + c + hex.substring(at + 1))).isNull();
            }
        }
        assertThat(Hex.parseHash(null)).isNull();
        assertThat(Hex.parseHash("ab".repeat(31))).isNull();
        assertThat(Hex.parseHash("ab".repeat(33))).isNull();
    }

    @Test
    void whatIsNotHexIsRefused() {
        for (String notHex : new String[] {"0", "0g", "zz", "é0", "0 "}) {
            assertThatThrownBy(() -> Hex.parse(notHex)).as(notHex).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
