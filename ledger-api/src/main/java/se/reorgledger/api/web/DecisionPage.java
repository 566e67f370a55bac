package se.reorgledger.api.web;

import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.reorgledger.api.integrity.LedgerRows;
import se.reorgledger.projections.LedgerProjection;

/**
 * A decision: organ, date, §, diarienummer, its life, its documents, every change it caused in Swedish with its
 * corrections, and its place in the ledger (each event's position, with a link to its inclusion proof).
 */
@Controller
class DecisionPage {

    private final LedgerReads reads;
    private final LedgerRows rows;

    DecisionPage(LedgerReads reads, LedgerRows rows) {
        this.reads = reads;
        this.rows = rows;
    }

    @GetMapping("/organisationer/{organisationId}/beslut")
    String decisions(@PathVariable String organisationId, @RequestParam(required = false) String knownAt,
                     Model model) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        model.addAttribute("errors", dates.errors());
        model.addAttribute("decisions", reads.current().decisions(organisationId, known));
        return "decisions";
    }

    @GetMapping("/organisationer/{organisationId}/beslut/{decisionId}")
    String decision(@PathVariable String organisationId, @PathVariable String decisionId,
                    @RequestParam(required = false) String knownAt, Model model) {
        fill(model, organisationId, decisionId, knownAt);
        return "decision";
    }

    /** The decision page's model; a registrar's step form, when not given, is the usual next step. */
    void fill(Model model, String organisationId, String decisionId, String knownAt) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", dates.errors());
        }
        LedgerProjection ledger = reads.current();
        var view = ledger.decision(organisationId, decisionId, known);
        model.addAttribute("view", view);
        model.addAttribute("lifecycle", LifecycleTexts.facts(view.lifecycle()));
        model.addAttribute("documents", DecisionDocuments.of(view.documents()));
        model.addAttribute("places", LedgerPlaces.read(ledger, rows, organisationId, view, known));
        model.addAttribute("recordedAt", SwedishTime.of(view.recordedAt()));
        model.addAttribute("steps", LifecycleStepForm.stepsFor(view.decision().kind()));
        model.addAttribute("outcomes", LifecycleStepForm.OUTCOMES);
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", LifecycleStepForm.next(view.lifecycle(), view.decision().kind()));
        }
    }
}
