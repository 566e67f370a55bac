package se.reorgledger.api.change;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a package is conditional on, from its {@code If-Match} header: one strong entity tag holding an
 * organisation's version, as {@code GET /api/v1/organisations/{id}} gives it. {@code *} (any current version) and
 * no header make the package unconditional.
 */
final class IfMatch {

    private static final Pattern ONE_VERSION = Pattern.compile("\\s*\"(0|[1-9][0-9]{0,17})\"\\s*");

    private IfMatch() {
    }

    /** @return the expected version, or null when the package is unconditional */
    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher version = ONE_VERSION.matcher(header);
        if (!version.matches()) {
            throw new InvalidIfMatchException(header);
        }
        return Long.parseLong(version.group(1));
    }
}
