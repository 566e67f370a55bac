package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.projections.structure.IllustrativeFacts;
import se.reorgledger.projections.structure.TreeView;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The tree written without a template is the tree the template {@code reference-templates/tree.html} (the page's
 * template before) writes, whitespace between elements as one space: on hostile names and ids, and on a generated
 * kommun at many dates and knownAt times.
 */
class TreeHtmlTest {

    private static final String HOSTILE = "<Kultur & fritid> \"Gamla\" l'Öster, åäö";

    private final SpringTemplateEngine reference = referenceEngine();

    @Test
    void hostileNamesAndIdsAreEscapedAsTheTemplateEscapedThem() {
        UnitNode leaf = new UnitNode("enhet/å ä?&=+#", HOSTILE, UnitKind.enhet, true,
                List.of(new ChefRoleNode("roll-1", "Chef " + HOSTILE, new PersonRef("p1", "Åsa \"Lill\" <Ek> & O'Neil")),
                        new ChefRoleNode("roll-2", "Biträdande chef", null)), List.of());
        UnitNode root = new UnitNode("kommun'\"", "Kommun " + HOSTILE, UnitKind.kommun, false, List.of(),
                List.of(leaf, new UnitNode("stab", "Stab", UnitKind.stab, false, List.of(), List.of())));
        IllustrativeFacts marks = new IllustrativeFacts(Set.of(leaf.id()), Set.of("roll-2"));

        for (String knownAt : List.of("", "2026-01-15T10:00:00+01:00", "<&\"'>")) {
            String written = TreeHtml.of(root, new UnitHref("ö rg", LocalDate.of(2026, 1, 1), knownAt), marks,
                    Set.of("roll-1"));

            assertThat(written).as("as known at '%s'", knownAt)
                    .isEqualTo(referenceTree(root, "ö rg", LocalDate.of(2026, 1, 1), knownAt, marks, Set.of("roll-1")));
            assertThat(written).contains(">&lt;Kultur &amp; fritid&gt; &quot;Gamla&quot; l&#39;Öster, åäö</a>")
                    .contains("<span>Åsa &quot;Lill&quot; &lt;Ek&gt; &amp; O&#39;Neil</span>")
                    .doesNotContain("<Kultur", "<Ek>");
        }
    }

    @Test
    void eachMarkCombinationOfAUnitAndItsChefRolesIsWrittenAsTheTemplateWroteIt() {
        PersonRef holder = new PersonRef("p", "Malin Rosén");
        List<ChefRoleNode> roles = List.of(new ChefRoleNode("a", "Kontorschef", holder),
                new ChefRoleNode("b", "Avdelningschef", null), new ChefRoleNode("c", "Enhetschef", holder),
                new ChefRoleNode("d", "Stabschef", holder));
        UnitNode marked = new UnitNode("marked", "Märkt", UnitKind.kontor, true, roles, List.of());
        UnitNode plain = new UnitNode("plain", "Omärkt", UnitKind.avdelning, false, roles, List.of());
        UnitNode root = new UnitNode("k", "Kommunen", UnitKind.kommun, false, List.of(), List.of(marked, plain));
        IllustrativeFacts marks = new IllustrativeFacts(Set.of("marked"), Set.of("a", "b", "d"));
        Set<String> holders = Set.of("a", "b", "c");

        String written = TreeHtml.of(root, new UnitHref("k", LocalDate.of(2025, 12, 31), ""), marks, holders);

        assertThat(written).isEqualTo(referenceTree(root, "k", LocalDate.of(2025, 12, 31), "", marks, holders));
        assertThat(written).contains("illustrativ-markering innehavare").contains("<em>ingen innehavare</em>");
    }

    @Test
    void aGeneratedKommunAtAnyDateAsKnownAtAnyTimeIsWrittenAsTheTemplateWroteIt() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 4_000, 150, 3).toList();
        LedgerProjection projection = new LedgerProjection();
        events.forEach(projection::apply);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(17);

        for (int i = 0; i < 25; i++) {
            Instant knownAt = i == 0 ? events.get(events.size() - 1).recordedAt() : points.knownAt(random);
            LocalDate asOf = points.asOf(random);
            TreeView tree = projection.tree("kommun-1", asOf, knownAt);
            String typed = i % 2 == 0 ? "" : knownAt.toString();

            assertThat(TreeHtml.of(tree.root(), new UnitHref("kommun-1", asOf, typed), tree.illustrative(),
                    tree.illustrativeHolders())).as("on %s as known at %s", asOf, knownAt)
                    .isEqualTo(referenceTree(tree.root(), "kommun-1", asOf, typed, tree.illustrative(),
                            tree.illustrativeHolders()));
        }
    }

    /** The reference template's tree inside its {@code ul}, whitespace between elements as one space. */
    private String referenceTree(UnitNode root, String organisationId, LocalDate asOf, String knownAt,
                                 IllustrativeFacts illustrative, Set<String> illustrativeHolders) {
        Context context = new Context(Locale.forLanguageTag("sv-SE"), Map.of(
                "organisation", new OrganisationRef(organisationId, "Kommunen"), "asOf", asOf, "knownAt", knownAt,
                "root", root, "illustrative", illustrative, "illustrativeHolders", new HashSet<>(illustrativeHolders)));
        String html = reference.process("tree-list", context).replaceAll("\\s+", " ").strip();
        assertThat(html).startsWith("<ul class=\"trad\">").endsWith("</ul>");
        return html.substring("<ul class=\"trad\">".length(), html.length() - "</ul>".length());
    }

    /** The templates in {@code reference-templates/} and the service's own, links as the service writes them. */
    static SpringTemplateEngine referenceEngine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        // The reference templates first, then the service's own (the shared fragments they include).
        engine.addTemplateResolver(resolver("reference-templates/", 1));
        engine.addTemplateResolver(resolver("templates/", 2));
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base,
                                                Map<String, Object> parameters) {
                return "";
            }
        });
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String prefix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(TreeHtmlTest.class.getClassLoader());
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
