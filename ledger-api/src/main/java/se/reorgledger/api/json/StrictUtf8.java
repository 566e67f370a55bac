package se.reorgledger.api.json;

import java.io.IOException;

/**
 * Checks bytes as they stream past for well-formed UTF-8 (RFC 3629): no overlong forms (such as {@code C0 AF}
 * for '/'), no encoded surrogates, nothing past U+10FFFF, no stray or missing continuation bytes. A JSON parser
 * that decodes leniently would otherwise store what the client did not visibly send.
 */
public final class StrictUtf8 {

    /** The body is not UTF-8; the API answers it 400. */
    public static final class InvalidUtf8Exception extends IOException {
        InvalidUtf8Exception(long at) {
            super("The body is not valid UTF-8 (an invalid or overlong byte sequence at byte " + at + ")");
        }
    }

    private long offset;
    private int continuations;
    private int low = 0x80;
    private int high = 0xBF;

    public void accept(byte[] bytes, int from, int length) throws InvalidUtf8Exception {
        for (int i = from; i < from + length; i++) {
            accept(bytes[i] & 0xFF);
        }
    }

    public void accept(int b) throws InvalidUtf8Exception {
        if (continuations > 0) {
            if (b < low || b > high) {
                throw new InvalidUtf8Exception(offset);
            }
            continuations--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                continuations = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuations = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuations = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw new InvalidUtf8Exception(offset);
            }
        }
        offset++;
    }

    /** At the end of the body: a sequence left unfinished is invalid too. */
    public void end() throws InvalidUtf8Exception {
        if (continuations > 0) {
            throw new InvalidUtf8Exception(offset);
        }
    }
}
