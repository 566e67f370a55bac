package se.reorgledger.api.readmodel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A kept JSON answer about now, cut at its top-level {@code knownAt} value, so that each read is answered with its
 * own moment: the same organisation as first worked out (nothing was applied since) as known at the moment of the
 * read, exactly what working it out again would give.
 */
final class KnownAtStamp {

    private static final byte[] FIELD = "\"knownAt\":\"".getBytes(StandardCharsets.US_ASCII);

    private final byte[] before;
    private final byte[] after;

    private KnownAtStamp(byte[] before, byte[] after) {
        this.before = before;
        this.after = after;
    }

    /**
     * Cuts {@code json} at the first {@code "knownAt":"…"}: the views answered about now write their own
     * organisation id (a slug), asOf and knownAt before any nested value, so the first is the answer's own.
     *
     * @throws IllegalArgumentException if the answer holds no knownAt, which no kept view may lack
     */
    static KnownAtStamp of(byte[] json) {
        int field = indexOf(json, FIELD, 0);
        if (field < 0) {
            throw new IllegalArgumentException("an answer about now names its knownAt");
        }
        int valueStart = field + FIELD.length - 1;
        int valueEnd = indexOf(json, new byte[] {'"'}, valueStart + 1) + 1;
        return new KnownAtStamp(Arrays.copyOfRange(json, 0, valueStart), Arrays.copyOfRange(json, valueEnd,
                json.length));
    }

    /** The answer with {@code quotedMoment} (a JSON string, quotes included) as its knownAt. */
    byte[] at(byte[] quotedMoment) {
        byte[] answer = new byte[before.length + quotedMoment.length + after.length];
        System.arraycopy(before, 0, answer, 0, before.length);
        System.arraycopy(quotedMoment, 0, answer, before.length, quotedMoment.length);
        System.arraycopy(after, 0, answer, before.length + quotedMoment.length, after.length);
        return answer;
    }

    int weight() {
        return before.length + after.length;
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        outer:
        for (int i = from; i <= bytes.length - sought.length; i++) {
            for (int j = 0; j < sought.length; j++) {
                if (bytes[i + j] != sought[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
