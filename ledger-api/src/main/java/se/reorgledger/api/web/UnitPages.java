package se.reorgledger.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.reorgledger.api.integrity.LedgerDigests;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.structure.UnitNotInForceException;
import se.reorgledger.projections.structure.UnitView;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.trail.DecisionTrailView;
import se.reorgledger.projections.trail.TrailDecision;

/** A unit's page (path, chef roles and holders over time, history, lineage) and its decision trail. */
@Controller
class UnitPages {

    private static final Set<String> CHEF_CHANGES = Set.of("chefRoleEstablished", "chefRoleEnded", "chefAppointed",
            "chefLeft");

    private final LedgerReads reads;
    private final LedgerDigests digests;

    UnitPages(LedgerReads reads, LedgerDigests digests) {
        this.reads = reads;
        this.digests = digests;
    }

    /** A predecessor in the unit's lineage, told by the change that dissolved it. */
    record Predecessor(String id, LocalDate lastDay, String dissolution) {
    }

    @GetMapping("/organisationer/{organisationId}/enheter/{unitId}")
    String unit(@PathVariable String organisationId, @PathVariable String unitId,
                @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                Model model) {
        DateField dates = reads.dates();
        LocalDate date = dates.asOf(asOf);
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        LedgerProjection ledger = reads.current();
        List<ChangeView> history = ledger.history(organisationId, unitId, known).changes();
        try {
            UnitView unit = ledger.unit(organisationId, unitId, date, known);
            model.addAttribute("unit", unit);
            model.addAttribute("marks", UnitMarks.of(unit, ledger.committees(organisationId, date, known)));
        } catch (UnitNotInForceException e) {
            model.addAttribute("notInForce", true);
        }
        DecisionTrailView trail = ledger.decisionTrail(organisationId, unitId, known);
        model.addAttribute("unitId", unitId);
        model.addAttribute("title", title(ledger, organisationId, unitId, known, history));
        model.addAttribute("asOf", date);
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        model.addAttribute("errors", dates.errors());
        model.addAttribute("history", history);
        model.addAttribute("chefChanges", history.stream().filter(c -> CHEF_CHANGES.contains(c.type())).toList());
        model.addAttribute("predecessors", predecessors(ledger, organisationId, trail, known));
        model.addAttribute("trailDecisions", trail.decisions().size());
        return "unit";
    }

    /**
     * The unit's name for a page that is not about one date: its name today, or, for a unit no longer (or not
     * yet) in the organisation, the name its establishing change gave it.
     */
    private String title(LedgerProjection ledger, String organisationId, String unitId, Instant known,
                         List<ChangeView> history) {
        try {
            return ledger.unit(organisationId, unitId, reads.dates().asOf(null), known).name();
        } catch (UnitNotInForceException e) {
            return history.stream().filter(change -> change.type().equals("unitEstablished")).findFirst()
                    .map(change -> change.summary().split(" inrättas som ")[0]).orElse(unitId);
        }
    }

    private static List<Predecessor> predecessors(LedgerProjection ledger, String organisationId,
                                                  DecisionTrailView trail, Instant known) {
        List<Predecessor> predecessors = new ArrayList<>();
        for (String id : trail.lineage().subList(1, trail.lineage().size())) {
            ledger.history(organisationId, id, known).changes().stream()
                    .filter(change -> change.type().equals("unitDissolved") && !change.annulled())
                    .reduce((first, second) -> second)
                    .ifPresent(change -> predecessors.add(new Predecessor(id, change.effectiveDate().minusDays(1),
                            change.summary())));
        }
        return predecessors;
    }

    @GetMapping("/organisationer/{organisationId}/enheter/{unitId}/beslutsspar")
    String trail(@PathVariable String organisationId, @PathVariable String unitId,
                 @RequestParam(required = false) String knownAt, Model model) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        LedgerProjection ledger = reads.current();
        List<ChangeView> history = ledger.history(organisationId, unitId, known).changes();
        model.addAttribute("unitId", unitId);
        model.addAttribute("title", title(ledger, organisationId, unitId, known, history));
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        model.addAttribute("knownAtLabel", SwedishTime.of(known));
        model.addAttribute("errors", dates.errors());
        model.addAttribute("trail", ledger.decisionTrail(organisationId, unitId, known));
        return "trail";
    }

    @GetMapping("/organisationer/{organisationId}/enheter/{unitId}/beslutsspar.csv")
    ResponseEntity<byte[]> trailCsv(@PathVariable String organisationId, @PathVariable String unitId,
                                    @RequestParam(required = false) String knownAt) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        dates.requireValid();
        DecisionTrailView trail = reads.current().decisionTrail(organisationId, unitId, known);
        CsvFile csv = new CsvFile("Beslutsdatum", "Organ", "Paragraf", "Diarienummer", "Rubrik",
                "Illustrativt beslut", "Ändring", "Gäller från", "Annullerad", "Rättelser");
        for (TrailDecision decision : trail.decisions()) {
            var ref = decision.decision();
            for (ChangeView change : decision.changes()) {
                csv.row(ref.decidedOn(), ref.organ(), ref.paragraph(), ref.caseNumber(), ref.title(),
                        ref.illustrative() ? "ja" : "nej", change.summary(), change.effectiveDate(),
                        change.annulled() ? "ja" : "nej", corrections(change.corrections()));
            }
        }
        return csv.download("beslutsspar-" + unitId + ".csv");
    }

    @GetMapping(value = "/organisationer/{organisationId}/enheter/{unitId}/beslutsspar.pdf")
    ResponseEntity<byte[]> trailPdf(@PathVariable String organisationId, @PathVariable String unitId,
                                    @RequestParam(required = false) String knownAt) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        dates.requireValid();
        // The head first: the trail read after it holds at least what the head names.
        LedgerDigest head = digests.current();
        String organisation = reads.organisation(organisationId, known).name();
        LedgerProjection ledger = reads.current();
        String title = title(ledger, organisationId, unitId, known,
                ledger.history(organisationId, unitId, known).changes());
        byte[] pdf = TrailPdf.of(organisation, title, SwedishTime.of(known),
                ledger.decisionTrail(organisationId, unitId, known), head);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("beslutsspar-" + unitId + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** A change's corrections in one CSV cell. */
    static String corrections(List<CorrectionView> corrections) {
        return String.join(" | ", corrections.stream().map(c -> c.effectiveDate() == null
                ? "annullerad: " + c.reason() : "nytt datum " + c.effectiveDate() + ": " + c.reason()).toList());
    }
}
