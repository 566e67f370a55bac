package se.reorgledger.core.document;

import java.util.Locale;
import java.util.regex.Pattern;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

/**
 * What the ledger records of a document: its name, media type, size in bytes and the SHA-256 of its bytes. The
 * hash is the document's identity; the bytes themselves are kept beside the ledger, when uploaded, under it.
 */
public record DocumentReference(String name, String mediaType, long size, String sha256) {

    /** A SHA-256 digest as the ledger writes it: 64 lowercase hexadecimal digits. */
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** type "/" subtype, each an RFC 9110 token, with optional parameters (charset and the like). */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9!#$&^_.+-]{1,64}/[A-Za-z0-9!#$&^_.+-]{1,64}"
                    + "(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]{1,64}=(\"[^\"\\\\\\p{Cntrl}]{0,64}\"|[A-Za-z0-9!#$&^_.+-]{1,64}))*");
    private static final int MAX_NAME = 255;

    public DocumentReference {
        name = name(name);
        mediaType = mediaType(mediaType);
        if (size < 0) {
            throw new InvalidChangeException("size", "must be the number of bytes, 0 or more (got " + size + ")");
        }
        sha256 = sha256("sha256", sha256);
    }

    /** A SHA-256 digest as given by a client: 64 hexadecimal digits, normalised to lowercase. */
    public static String sha256(String field, String value) {
        Require.present(field, value);
        String hex = value.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hex).matches()) {
            throw new InvalidChangeException(field, "must be a SHA-256 digest: 64 hexadecimal digits (got '"
                    + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "')");
        }
        return hex;
    }

    /** A media type such as {@code application/pdf}, lowercase in its type and subtype. */
    public static String mediaType(String value) {
        Require.present("mediaType", value);
        String type = value.strip();
        if (!MEDIA_TYPE.matcher(type).matches()) {
            throw new InvalidChangeException("mediaType",
                    "must be a media type such as application/pdf or text/plain; charset=utf-8 (got '" + value + "')");
        }
        int parameters = type.indexOf(';');
        return parameters < 0 ? type.toLowerCase(Locale.ROOT)
                : type.substring(0, parameters).strip().toLowerCase(Locale.ROOT) + type.substring(parameters);
    }

    private static String name(String value) {
        String name = Require.text("name", value);
        if (name.length() > MAX_NAME) {
            throw new InvalidChangeException("name", "must be at most " + MAX_NAME + " characters");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw new InvalidChangeException("name",
                    "must be a plain file name: no control characters and no / or \\");
        }
        return name;
    }
}
