package se.reorgledger.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kommunförvaltningen", "Äldreomsorg & Öppen förskola", "Sámi giella", "Łódź",
            "Ελληνικά", "日本語", "emoji 👩‍💼", "§ 145", "KS 2025/321"})
    void lettersOfEveryScriptAreAllowed(String text) {
        assertThat(TextRules.refusal(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001B[31mb", "a\r\nb", "a\tb", "a\u0085b", "evil\u202Egnp.exe", "a\u2066b",
            "a\u200Fb", "lone \uD800 surrogate", "lone \uDC00 low", "non\uFFFEchar", "non\uFDD0char"})
    void controlAndBidiCharactersAndInvalidUnicodeAreRefused(String text) {
        assertThat(TextRules.refusal(text)).isNotNull();
    }

    @Test
    void wellFormedUtf8PassesAndOverlongOrStrayBytesDoNot() throws Exception {
        new StrictUtf8().accept("Å ä ö 日本 👩".getBytes(StandardCharsets.UTF_8), 0, 17);
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC3, 'a'}}) {
            StrictUtf8 check = new StrictUtf8();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> check.accept(bad, 0, bad.length)))
                    .as("%s", java.util.HexFormat.of().formatHex(bad)).isInstanceOf(StrictUtf8.InvalidUtf8Exception.class);
        }
        StrictUtf8 unfinished = new StrictUtf8();
        unfinished.accept(new byte[] {(byte) 0xC3}, 0, 1);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(unfinished::end))
                .isInstanceOf(StrictUtf8.InvalidUtf8Exception.class);
    }
}
