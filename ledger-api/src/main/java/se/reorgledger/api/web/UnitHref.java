package se.reorgledger.api.web;

import java.time.LocalDate;
import org.unbescape.uri.UriEscape;

/**
 * The address of a unit's page on the date an organisation page shows, written into an attribute as the page's
 * template link {@code @{/organisationer/{o}/enheter/{u}(o=…,u=…,asOf=…,knownAt=…)}} wrote it: path and query
 * encoded with the library Thymeleaf encodes them with (unbescape), then escaped for the attribute. Only the
 * unit's part differs from unit to unit; the rest is encoded once a page.
 */
final class UnitHref {

    private final String start;
    private final String end;

    /** {@code knownAt} as typed, empty when none was (the template then wrote an empty {@code knownAt=}). */
    UnitHref(String organisationId, LocalDate asOf, String knownAt) {
        this.start = Html.attribute(new StringBuilder("/organisationer/"), UriEscape.escapeUriPath(organisationId))
                .append("/enheter/").toString();
        String query = "?asOf=" + UriEscape.escapeUriQueryParam(asOf.toString()) + "&knownAt="
                + UriEscape.escapeUriQueryParam(knownAt == null ? "" : knownAt);
        this.end = Html.attribute(new StringBuilder(), query).toString();
    }

    /** Appends {@code href="…"} for the unit. */
    StringBuilder append(StringBuilder out, String unitId) {
        out.append("href=\"").append(start);
        return Html.attribute(out, UriEscape.escapeUriPath(unitId)).append(end).append('"');
    }
}
