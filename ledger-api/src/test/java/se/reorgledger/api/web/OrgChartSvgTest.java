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
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The org chart written without a template is the drawing the template {@code reference-templates/chart.html}
 * (the page's markup before) writes, whitespace between elements as one space.
 */
class OrgChartSvgTest {

    private static final String HOSTILE = "<Kultur & fritid> \"Gamla\" l'Öster, åäö";

    private final SpringTemplateEngine reference = TreeHtmlTest.referenceEngine();

    @Test
    void hostileNamesAndIdsAreEscapedAsTheTemplateEscapedThem() {
        UnitNode root = new UnitNode("kommun'\"", "Kommun " + HOSTILE, UnitKind.kommun, false, List.of(), List.of(
                new UnitNode("förv/å ä?&=+#", HOSTILE, UnitKind.forvaltning, false, List.of(), List.of(
                        new UnitNode("a", "Avdelningen för " + HOSTILE, UnitKind.avdelning, false, List.of(),
                                List.of()))),
                new UnitNode("k", "Kontoret", UnitKind.kontor, false, List.of(), List.of())));
        OrgChart chart = OrgChart.of(root);

        for (String knownAt : List.of("", "2026-01-15T10:00:00+01:00", "<&\"'>")) {
            String written = OrgChartSvg.of(chart, new UnitHref("ö rg", LocalDate.of(2026, 1, 1), knownAt));

            assertThat(written).as("as known at '%s'", knownAt)
                    .isEqualTo(referenceChart(chart, "ö rg", LocalDate.of(2026, 1, 1), knownAt));
            assertThat(written).contains("<title>&lt;Kultur &amp; fritid&gt; &quot;Gamla&quot; l&#39;Öster, åäö "
                    + "(förvaltning)</title>").contains("…</text>").doesNotContain("<Kultur");
        }
    }

    @Test
    void theChartOfAGeneratedKommunAtAnyDateIsDrawnAsTheTemplateDrewIt() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 4_000, 150, 3).toList();
        LedgerProjection projection = new LedgerProjection();
        events.forEach(projection::apply);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(19);
        int boxes = 0;

        for (int i = 0; i < 20; i++) {
            Instant knownAt = i == 0 ? events.get(events.size() - 1).recordedAt() : points.knownAt(random);
            LocalDate asOf = points.asOf(random);
            OrgChart chart = OrgChart.of(projection.tree("kommun-1", asOf, knownAt).root());
            String typed = i % 2 == 0 ? "" : knownAt.toString();

            assertThat(OrgChartSvg.of(chart, new UnitHref("kommun-1", asOf, typed)))
                    .as("on %s as known at %s", asOf, knownAt)
                    .isEqualTo(referenceChart(chart, "kommun-1", asOf, typed));
            boxes += chart.boxes().size();
        }
        assertThat(boxes).as("boxes drawn in all").isGreaterThan(100);
    }

    /** The reference template's drawing, the inside of its {@code div}, whitespace between elements as one space. */
    private String referenceChart(OrgChart chart, String organisationId, LocalDate asOf, String knownAt) {
        Context context = new Context(Locale.forLanguageTag("sv-SE"), Map.of("chart", chart,
                "organisation", new OrganisationRef(organisationId, "Kommunen"), "asOf", asOf, "knownAt", knownAt));
        String html = reference.process("chart", context).replaceAll("\\s+", " ");
        String start = "<div class=\"schema-ram\"> ";
        return html.substring(html.indexOf(start) + start.length(), html.indexOf(" </div>"));
    }
}
