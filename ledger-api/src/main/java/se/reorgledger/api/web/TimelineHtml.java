package se.reorgledger.api.web;

import java.time.LocalDate;
import java.util.List;
import org.unbescape.uri.UriEscape;
import se.reorgledger.projections.calendar.ChangeDay;
import se.reorgledger.projections.history.DecisionRef;

/**
 * The organisation page's timeline items written without a template: a large kommun's change days each list tens
 * of decisions, and Thymeleaf spent more on those few hundred lines than on the whole tree written in Java. It
 * writes the markup the template {@code timeline.html} in the test resources writes with the shared
 * {@code fragments :: decisionRef} (whitespace between elements as one space), which {@code TimelineHtmlTest}
 * holds it to.
 */
final class TimelineHtml {

    private final StringBuilder out = new StringBuilder(16_384);
    private final String organisation;
    private final LocalDate asOf;
    private final String knownAt;

    private TimelineHtml(String organisationId, LocalDate asOf, String knownAt) {
        this.organisation = "/organisationer/" + UriEscape.escapeUriPath(organisationId);
        this.asOf = asOf;
        this.knownAt = UriEscape.escapeUriQueryParam(knownAt == null ? "" : knownAt);
    }

    /**
     * The items of the page's {@code ol.tidslinje}: each change day a link to the organisation on that day (the
     * day asked about marked current), its count of changes, a link comparing it with the day before, and its
     * decisions. {@code knownAt} as typed, empty when none was.
     */
    static String of(List<ChangeDay> days, String organisationId, LocalDate asOf, String knownAt) {
        TimelineHtml timeline = new TimelineHtml(organisationId, asOf, knownAt);
        for (int i = 0; i < days.size(); i++) {
            timeline.out.append(i == 0 ? "" : " ");
            timeline.day(days.get(i));
        }
        return timeline.out.toString();
    }

    private void day(ChangeDay day) {
        boolean chosen = day.date().equals(asOf);
        String date = UriEscape.escapeUriQueryParam(day.date().toString());
        out.append(chosen ? "<li class=\"vald\"> <a href=\"" : "<li> <a href=\"");
        Html.attribute(out, organisation + "?asOf=" + date + "&knownAt=" + knownAt)
                .append(chosen ? "\" aria-current=\"date\">" : "\">");
        Html.text(out, day.date().toString()).append("</a> <span>").append(day.changes())
                .append(day.changes() == 1 ? " ändring" : " ändringar")
                .append("</span> <a class=\"jamfor-lank\" href=\"");
        Html.attribute(out, organisation + "/jamfor?from=" + UriEscape.escapeUriQueryParam(
                day.date().minusDays(1).toString()) + "&to=" + date + "&knownAt=" + knownAt)
                .append("\">jämför med dagen före</a> <ul class=\"beslut-lista\"> ");
        for (int i = 0; i < day.decisions().size(); i++) {
            out.append(i == 0 ? "" : " ");
            decision(day.decisions().get(i));
        }
        out.append(day.decisions().isEmpty() ? "</ul> </li>" : " </ul> </li>");
    }

    private void decision(DecisionRef decision) {
        out.append("<li> <span class=\"beslut-ref\"> <a href=\"");
        Html.attribute(out, organisation + "/beslut/" + UriEscape.escapeUriPath(decision.id())).append("\">");
        String reference = decision.organ() + " " + decision.decidedOn()
                + (decision.paragraph() != null ? " " + decision.paragraph() : "")
                + (decision.caseNumber() != null ? ", " + decision.caseNumber() : "");
        Html.text(out, reference).append("</a> ");
        if (decision.illustrative()) {
            out.append("<span class=\"illustrativ-markering\" title=\"Beslutets datum, organ, § eller diarienummer "
                    + "anges inte i källan\">illustrativ</span> ");
        }
        out.append("</span>: <span>");
        Html.text(out, decision.title()).append("</span> </li>");
    }
}
