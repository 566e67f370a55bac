package se.reorgledger.projections.structure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Matches names as a person types them: case-insensitive, and å, ä, é... match a, ö matches o. */
public final class NameSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String query;

    public NameSearch(String query) {
        this.query = query == null ? "" : fold(query.strip());
    }

    public boolean matches(String name) {
        return query.isEmpty() || fold(name).contains(query);
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
