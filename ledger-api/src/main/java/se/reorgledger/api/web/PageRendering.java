package se.reorgledger.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.reorgledger.api.integrity.LedgerDigests;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.LedgerProjection;

/**
 * The pages' server-side work without HTTP, sign-in or a database: the same controllers fill the same models from
 * given read models, and the same templates render them. For the page benchmark (ledger-benchmarks), which
 * measures what the server does for a page; the network, the security filters and the session are not in it.
 */
public final class PageRendering {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final OrganisationPages organisationPages;
    private final ComparePage comparePage;
    private final UnitPages unitPages;
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    /**
     * Pages over {@code projection} with the clock at {@code now} (a synthetic ledger's recorded times may lie past
     * the machine's clock, which a page would refuse as the future); a PDF names {@code head} as its ledger head.
     */
    public PageRendering(LedgerProjection projection, LedgerDigest head, Instant now) {
        LedgerReads reads = new LedgerReads(() -> projection, () -> { }, new ReadTime("Europe/Stockholm") {
            @Override
            public LocalDate asOf(LocalDate requested) {
                return requested != null ? super.asOf(requested) : LocalDate.ofInstant(now, SWEDEN);
            }

            @Override
            public Instant knownAt(Instant requested) {
                return requested == null ? now : moment("knownAt", requested);
            }

            @Override
            public Instant moment(String parameter, Instant requested) {
                return requested.isAfter(now) ? super.moment(parameter, requested) : requested;
            }
        });
        this.organisationPages = new OrganisationPages(reads);
        this.comparePage = new ComparePage(reads);
        this.unitPages = new UnitPages(reads, new LedgerDigests(null, null) {
            @Override
            public LedgerDigest current() {
                return head;
            }
        });
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageRendering.class.getClassLoader());
        // As Spring Boot configures Thymeleaf for the service: classpath:/templates/*.html, cached.
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base,
                                                Map<String, Object> parameters) {
                return "";
            }
        });
    }

    /** {@code /organisationer/{id}?asOf=&knownAt=}: the tree, the org chart and the timeline. */
    public String organisationPage(String organisationId, String asOf, Instant knownAt) {
        Model model = signedIn();
        String view = organisationPages.organisation(organisationId, asOf, text(knownAt), null, model);
        return render(view, model);
    }

    /** {@code /organisationer/{id}/jamfor?from=&to=&knownAt=}. */
    public String comparisonPage(String organisationId, String from, String to, Instant knownAt) {
        Model model = signedIn();
        String view = comparePage.compare(organisationId, from, to, text(knownAt), model);
        return render(view, model);
    }

    /** {@code /organisationer/{id}/enheter/{unit}/beslutsspar.pdf?knownAt=}. */
    public byte[] unitTrailPdf(String organisationId, String unitId, Instant knownAt) {
        return unitPages.trailPdf(organisationId, unitId, text(knownAt)).getBody();
    }

    private static Model signedIn() {
        Model model = new ExtendedModelMap();
        model.addAttribute("user", "benchmark");
        model.addAttribute("mayRecord", false);
        return model;
    }

    private String render(String view, Model model) {
        return templates.process(view, new Context(Locale.forLanguageTag("sv-SE"), model.asMap()));
    }

    private static String text(Instant knownAt) {
        return knownAt == null ? null : knownAt.toString();
    }
}
