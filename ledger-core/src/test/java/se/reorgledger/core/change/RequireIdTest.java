package se.reorgledger.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written id checks answer exactly as the patterns they stand for. */
class RequireIdTest {

    private static final String ALPHABET = "az09-.1A_é";

    @Test
    void everyShortTextIsAnIdExactlyWhenThePatternMatchesIt() {
        for (String text : allTextsUpTo(5)) {
            assertThat(Require.isId(text)).as("'%s'", text).isEqualTo(Require.ID.matcher(text).matches());
            assertThat(Require.isChangeId(text)).as("'%s'", text)
                    .isEqualTo(Require.CHANGE_ID.matcher(text).matches());
        }
    }

    @Test
    void longAndRandomTextsAgreeWithThePatterns() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(List.of("a".repeat(80), "a".repeat(81), "a" + "-".repeat(78) + "a",
                "ks-2025-11-24-145.3", "ks-2025-11-24-145.999999", "ks-2025-11-24-145.1000000",
                "a".repeat(80) + ".1", "a".repeat(81) + ".1", "x.01", "x.1.2"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(90);
            for (int c = 0; c < length; c++) {
                // Mostly what ids are made of, so that many of them are ids.
                text.append(random.nextInt(10) < 8 ? "abc019-".charAt(random.nextInt(7))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        int ids = 0;
        for (String text : texts) {
            boolean id = Require.ID.matcher(text).matches();
            ids += id ? 1 : 0;
            assertThat(Require.isId(text)).as("'%s'", text).isEqualTo(id);
            assertThat(Require.isChangeId(text)).as("'%s'", text)
                    .isEqualTo(Require.CHANGE_ID.matcher(text).matches());
        }
        assertThat(ids).as("texts that are ids among those tried").isGreaterThan(100);
    }

    private static List<String> allTextsUpTo(int length) {
        List<String> texts = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int l = 1; l <= length; l++) {
            List<String> next = new ArrayList<>();
            for (String prefix : last) {
                for (char c : ALPHABET.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            texts.addAll(next);
            last = next;
        }
        return texts;
    }
}
