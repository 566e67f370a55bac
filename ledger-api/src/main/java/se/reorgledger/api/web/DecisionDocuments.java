package se.reorgledger.api.web;

import java.util.List;
import java.util.Locale;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentRole;
import se.reorgledger.projections.documents.DocumentView;

/** A decision's documents as its page lists them: what each is and what part of the decision it belongs to. */
final class DecisionDocuments {

    private DecisionDocuments() {
    }

    /** One document on the page, in Swedish. */
    record Line(String name, String role, String belongsTo, String mediaType, String size, String sha256) {
    }

    static List<Line> of(List<DocumentView> documents) {
        return documents.stream().map(d -> new Line(d.name(), role(d.role()),
                part(d.attachedTo(), d.committeeId(), d.reglementeVersion()), d.mediaType(), size(d.size()),
                d.sha256())).toList();
    }

    static String role(DocumentRole role) {
        return switch (role) {
            case protokollsutdrag -> "Protokollsutdrag";
            case anslag -> "Anslag";
            case reglemente -> "Reglemente";
            case dom -> "Dom";
            case other -> "Annan handling";
        };
    }

    static String part(DocumentPart part, String committeeId, String reglementeVersion) {
        return switch (part) {
            case decision -> "Beslutet";
            case justering -> "Justeringen";
            case anslag -> "Anslaget";
            case appeal -> "Överklagandet";
            case ruling -> "Domen";
            case lagaKraft -> "Laga kraft";
            case revocation -> "Återkallelsen";
            case reglemente -> "Reglemente för " + committeeId + ", version " + reglementeVersion;
        };
    }

    /** Bytes below 1 kB, else kB or MB with one decimal and a decimal comma, as Swedish text writes them. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " byte";
        }
        double kilo = bytes / 1000.0;
        if (kilo < 1000) {
            return String.format(Locale.forLanguageTag("sv-SE"), "%.1f kB", kilo);
        }
        return String.format(Locale.forLanguageTag("sv-SE"), "%.1f MB", kilo / 1000.0);
    }
}
