package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.calendar.ChangeDay;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The timeline written without a template is the list the template {@code reference-templates/timeline.html}
 * (the page's markup before, with the service's {@code fragments :: decisionRef}) writes, whitespace between
 * elements as one space.
 */
class TimelineHtmlTest {

    private static final String HOSTILE = "<Kultur & fritid> \"Gamla\" l'Öster, åäö";
    private static final LocalDate CUT_OVER = LocalDate.of(2026, 1, 1);

    private final SpringTemplateEngine reference = TreeHtmlTest.referenceEngine();

    @Test
    void hostileDecisionsAndTheChosenDayAreWrittenAsTheTemplateWroteThem() {
        DecisionRef hostile = new DecisionRef("ks/2025 §1?&", "Kommun" + HOSTILE, LocalDate.of(2025, 11, 24),
                "§ 145", "KS 2025/" + HOSTILE, "Rubrik " + HOSTILE, true, DecisionKind.beslut, null, null);
        DecisionRef plain = new DecisionRef("kd-1", "Kommundirektören", LocalDate.of(2025, 12, 1), null, null,
                "Delegationsbeslut", false, DecisionKind.delegationsbeslut, "Kommundirektören", "4.2");
        List<ChangeDay> days = List.of(new ChangeDay(CUT_OVER.minusDays(1), 1, List.of(plain)),
                new ChangeDay(CUT_OVER, 120, List.of(hostile, plain)), new ChangeDay(CUT_OVER.plusDays(3), 2, List.of()));

        for (String knownAt : List.of("", "2026-01-15T10:00:00+01:00", "<&\"'>")) {
            String written = TimelineHtml.of(days, "ö rg", CUT_OVER, knownAt);

            assertThat(written).as("as known at '%s'", knownAt).isEqualTo(referenceTimeline(days, "ö rg", knownAt));
            assertThat(written).contains("<span>Rubrik &lt;Kultur &amp; fritid&gt; &quot;Gamla&quot; l&#39;Öster, "
                    + "åäö</span>").contains("aria-current=\"date\">2026-01-01</a>").doesNotContain("<Kultur");
        }
    }

    @Test
    void theChangeDaysOfAGeneratedKommunAreWrittenAsTheTemplateWroteThem() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 4_000, 150, 5).toList();
        LedgerProjection projection = new LedgerProjection();
        events.forEach(projection::apply);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(31);
        int decisions = 0;

        for (int i = 0; i < 20; i++) {
            Instant knownAt = i == 0 ? events.get(events.size() - 1).recordedAt() : points.knownAt(random);
            LocalDate asOf = points.asOf(random);
            List<ChangeDay> days = projection.changeDaysAround("kommun-1", asOf, knownAt, 6).days();
            String typed = i % 2 == 0 ? "" : knownAt.toString();

            assertThat(TimelineHtml.of(days, "kommun-1", asOf, typed)).as("on %s as known at %s", asOf, knownAt)
                    .isEqualTo(referenceTimeline(days, "kommun-1", asOf, typed));
            decisions += days.stream().mapToInt(day -> day.decisions().size()).sum();
        }
        assertThat(decisions).as("decisions listed in all").isGreaterThan(100);
    }

    private String referenceTimeline(List<ChangeDay> days, String organisationId, String knownAt) {
        return referenceTimeline(days, organisationId, CUT_OVER, knownAt);
    }

    /** The reference template's list, the inside of its {@code ol}, whitespace between elements as one space. */
    private String referenceTimeline(List<ChangeDay> days, String organisationId, LocalDate asOf, String knownAt) {
        Context context = new Context(Locale.forLanguageTag("sv-SE"), Map.of("timeline", new Timeline(days, 0, 0),
                "organisation", new OrganisationRef(organisationId, "Kommunen"), "asOf", asOf, "knownAt", knownAt));
        String html = reference.process("timeline", context).replaceAll("\\s+", " ");
        String start = "<ol class=\"tidslinje\"> ";
        return html.substring(html.indexOf(start) + start.length(), html.indexOf(" </ol>"));
    }
}
