package se.reorgledger.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.reorgledger.api.integrity.LedgerDigests;
import se.reorgledger.api.integrity.LedgerRows;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.structure.TreeView;

/**
 * The archivable downloads beside the unit's trail: the organisation on a date as PDF/A, and a decision's trail as
 * PDF/A and CSV. Each PDF names the ledger head it was read from, read before what it shows.
 */
@Controller
class DecisionDownloads {

    private final LedgerReads reads;
    private final LedgerDigests digests;
    private final LedgerRows rows;

    DecisionDownloads(LedgerReads reads, LedgerDigests digests, LedgerRows rows) {
        this.reads = reads;
        this.digests = digests;
        this.rows = rows;
    }

    @GetMapping("/organisationer/{organisationId}/organisation.pdf")
    ResponseEntity<byte[]> organisationPdf(@PathVariable String organisationId,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) String knownAt) {
        DateField dates = reads.dates();
        LocalDate date = dates.asOf(asOf);
        Instant known = dates.knownAt(knownAt);
        dates.requireValid();
        LedgerDigest head = digests.current();
        String organisation = reads.organisation(organisationId, known).name();
        LedgerProjection ledger = reads.current();
        TreeView tree = ledger.tree(organisationId, date, known);
        byte[] pdf = OrganisationPdf.of(organisation, date, SwedishTime.of(known), tree.root(), tree.illustrative(),
                head);
        return pdf(pdf, organisationId + "-" + date + ".pdf");
    }

    @GetMapping("/organisationer/{organisationId}/beslut/{decisionId}/beslutsspar.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable String organisationId, @PathVariable String decisionId,
                                       @RequestParam(required = false) String knownAt) {
        Instant known = knownAt(knownAt);
        LedgerDigest head = digests.current();
        String organisation = reads.organisation(organisationId, known).name();
        LedgerProjection ledger = reads.current();
        DecisionView view = ledger.decision(organisationId, decisionId, known);
        byte[] pdf = DecisionTrailPdf.of(organisation, SwedishTime.of(known), view,
                LedgerPlaces.read(ledger, rows, organisationId, view, known), head);
        return pdf(pdf, "beslut-" + decisionId + ".pdf");
    }

    @GetMapping("/organisationer/{organisationId}/beslut/{decisionId}/beslutsspar.csv")
    ResponseEntity<byte[]> decisionCsv(@PathVariable String organisationId, @PathVariable String decisionId,
                                       @RequestParam(required = false) String knownAt) {
        Instant known = knownAt(knownAt);
        reads.organisation(organisationId, known);
        LedgerProjection ledger = reads.current();
        DecisionView view = ledger.decision(organisationId, decisionId, known);
        DecisionRef d = view.decision();
        CsvFile csv = new CsvFile("Beslutsdatum", "Organ", "Paragraf", "Diarienummer", "Rubrik",
                "Illustrativt beslut", "Slag", "Händelse", "Gäller från", "Annullerad", "Rättelser",
                "Position i reskontran", "Registrerad");
        List<LedgerPlaces.Place> places = LedgerPlaces.read(ledger, rows, organisationId, view, known);
        Map<String, DecidedChange> changes = new HashMap<>();
        view.changes().forEach(change -> changes.put(change.eventId(), change));
        for (LedgerPlaces.Place place : places) {
            DecidedChange change = changes.get(place.eventId());
            csv.row(d.decidedOn(), d.organ(), d.paragraph(), d.caseNumber(), d.title(),
                    d.illustrative() ? "ja" : "nej", place.kind(),
                    change == null ? place.what() : change.summary(),
                    change == null ? "" : change.effectiveDate(),
                    change == null ? "" : change.annulled() ? "ja" : "nej",
                    change == null ? "" : UnitPages.corrections(change.corrections()),
                    place.position(), place.recordedAt());
        }
        return csv.download("beslut-" + decisionId + ".csv");
    }

    private Instant knownAt(String knownAt) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        dates.requireValid();
        return known;
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
