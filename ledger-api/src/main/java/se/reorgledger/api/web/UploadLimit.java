package se.reorgledger.api.web;

import java.util.Locale;
import java.util.Map;

/**
 * The file form's answer to an upload over the service's request limit: the limit filter sends the browser back to
 * the form with {@code ?forStor=<limit in bytes>}, and the form says, by the file field, what was refused and why.
 */
final class UploadLimit {

    private UploadLimit() {
    }

    /** The message for the file field, or no message when the form was not sent back for its size. */
    static Map<String, String> refusal(String limit) {
        if (limit == null) {
            return Map.of();
        }
        long bytes;
        try {
            bytes = Long.parseLong(limit.strip());
        } catch (NumberFormatException e) {
            return Map.of();
        }
        if (bytes <= 0) {
            return Map.of();
        }
        return Map.of("fil", "Filen var för stor och togs inte emot: en fil får vara högst " + size(bytes)
                + " (" + String.format(Locale.ROOT, "%,d", bytes).replace(',', ' ') + " byte) med formuläret. "
                + "Dela upp scenariot i flera filer med några beslut i varje, och registrera dem en i taget.");
    }

    private static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? String.format(Locale.forLanguageTag("sv-SE"), "%.1f kB", bytes / 1024.0)
                : bytes + " byte";
    }
}
