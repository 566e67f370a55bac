package se.reorgledger.api.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of an API token: {@code rlt_}, a public id of 16 hex digits, {@code _}, and 32 random bytes in
 * base64url. It has no dot, so it can never be taken for a JWT sent in the same header. The id finds the stored
 * record; the SHA-256 of the whole text must then equal the stored hash, compared in constant time.
 */
final class TokenText {

    static final String PREFIX = "rlt_";
    private static final int ID_LENGTH = 16;
    private static final int LENGTH = PREFIX.length() + ID_LENGTH + 1 + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenText() {
    }

    static String newId() {
        byte[] id = new byte[ID_LENGTH / 2];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    static String newToken(String id) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static boolean looksLikeOne(String text) {
        return text.length() == LENGTH && text.startsWith(PREFIX) && text.charAt(PREFIX.length() + ID_LENGTH) == '_';
    }

    /** The id of a text that {@link #looksLikeOne looks like a token}. */
    static String idOf(String text) {
        return text.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean matches(String text, byte[] storedHash) {
        return MessageDigest.isEqual(sha256(text), storedHash);
    }
}
