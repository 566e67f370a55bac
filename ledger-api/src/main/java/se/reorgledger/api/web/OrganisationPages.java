package se.reorgledger.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.projections.calendar.CalendarExcerpt;
import se.reorgledger.projections.structure.IllustrativeFacts;
import se.reorgledger.projections.structure.TreeView;

/** The start page, an organisation on a date (tree, org chart, timeline of changes), its CSV and unit search. */
@Controller
class OrganisationPages {

    private final LedgerReads reads;

    OrganisationPages(LedgerReads reads) {
        this.reads = reads;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("organisations", reads.current().organisations(Instant.now()));
        return "start";
    }

    @GetMapping("/organisationer/{organisationId}")
    String organisation(@PathVariable String organisationId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String knownAt,
                        @RequestParam(required = false) String tidslinje, Model model) {
        DateField dates = reads.dates();
        LocalDate date = dates.asOf(asOf);
        Instant known = dates.knownAt(knownAt);
        OrganisationRef organisation = reads.organisation(organisationId, known);
        LedgerProjection ledger = reads.current();
        TreeView tree = ledger.tree(organisationId, date, known);
        // The whole timeline is the same excerpt with every day on each side (half the largest int: the window's
        // ends are sums), so the calendar is read once either way.
        int eachSide = "hela".equals(tidslinje) ? Integer.MAX_VALUE / 2 : Timeline.EACH_SIDE;
        CalendarExcerpt calendar = ledger.changeDaysAround(organisationId, date, known, eachSide);
        model.addAttribute("organisation", organisation);
        model.addAttribute("asOf", date);
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        model.addAttribute("errors", dates.errors());
        model.addAttribute("units", tree.root().size());
        UnitHref unitHref = new UnitHref(organisation.id(), date, dates.knownAtAsTyped(knownAt));
        model.addAttribute("tree", TreeHtml.of(tree.root(), unitHref, tree.illustrative(),
                tree.illustrativeHolders()));
        model.addAttribute("chart", OrgChartSvg.of(OrgChart.of(tree.root()), unitHref));
        Timeline timeline = Timeline.of(calendar);
        model.addAttribute("timeline", timeline);
        model.addAttribute("timelineItems", TimelineHtml.of(timeline.days(), organisation.id(), date,
                dates.knownAtAsTyped(knownAt)));
        model.addAttribute("largest", calendar.largest());
        model.addAttribute("previous", calendar.previous());
        model.addAttribute("next", calendar.next());
        return "organisation";
    }

    @GetMapping("/organisationer/{organisationId}/organisation.csv")
    ResponseEntity<byte[]> organisationCsv(@PathVariable String organisationId,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) String knownAt) {
        DateField dates = reads.dates();
        LocalDate date = dates.asOf(asOf);
        Instant known = dates.knownAt(knownAt);
        dates.requireValid();
        LedgerProjection ledger = reads.current();
        TreeView tree = ledger.tree(organisationId, date, known);
        CsvFile csv = new CsvFile("Nivå", "Enhet", "Id", "Typ", "Överordnad", "Myndighetsutövning", "Chefsroll",
                "Innehavare", "Illustrativ uppgift");
        rows(csv, tree.root(), null, 0, tree.illustrative());
        return csv.download(organisationId + "-" + date + ".csv");
    }

    private static void rows(CsvFile csv, UnitNode unit, String parent, int level, IllustrativeFacts illustrative) {
        String mark = illustrative.units().contains(unit.id()) ? "ja" : "nej";
        String authority = unit.authority() ? "ja" : "nej";
        if (unit.chefRoles().isEmpty()) {
            csv.row(level, unit.name(), unit.id(), unit.kind().label(), parent, authority, "", "", mark);
        }
        for (ChefRoleNode role : unit.chefRoles()) {
            csv.row(level, unit.name(), unit.id(), unit.kind().label(), parent, authority, role.title(),
                    role.holder() == null ? "ingen innehavare" : role.holder().name(),
                    illustrative.chefRoles().contains(role.id()) ? "ja" : mark);
        }
        for (UnitNode child : unit.children()) {
            rows(csv, child, unit.name(), level + 1, illustrative);
        }
    }

    @GetMapping("/organisationer/{organisationId}/sok")
    String search(@PathVariable String organisationId, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                  Model model) {
        DateField dates = reads.dates();
        LocalDate date = dates.asOf(asOf);
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        model.addAttribute("asOf", date);
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        model.addAttribute("errors", dates.errors());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", q == null || q.isBlank() ? List.of()
                : reads.current().units(organisationId, date, known, q));
        return "search";
    }
}
