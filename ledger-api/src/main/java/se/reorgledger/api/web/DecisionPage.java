package se.reorgledger.api.web;

import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A decision: organ, date, §, diarienummer, and every change it caused in Swedish, with its corrections. */
@Controller
class DecisionPage {

    private final LedgerReads reads;

    DecisionPage(LedgerReads reads) {
        this.reads = reads;
    }

    @GetMapping("/organisationer/{organisationId}/beslut")
    String decisions(@PathVariable String organisationId, @RequestParam(required = false) String knownAt,
                     Model model) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        model.addAttribute("knownAt", knownAt == null || dates.errors().containsKey("knownAt") ? "" : knownAt);
        model.addAttribute("errors", dates.errors());
        model.addAttribute("decisions", reads.current().decisions(organisationId, known));
        return "decisions";
    }

    @GetMapping("/organisationer/{organisationId}/beslut/{decisionId}")
    String decision(@PathVariable String organisationId, @PathVariable String decisionId,
                    @RequestParam(required = false) String knownAt, Model model) {
        DateField dates = reads.dates();
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        model.addAttribute("knownAt", knownAt == null || dates.errors().containsKey("knownAt") ? "" : knownAt);
        model.addAttribute("errors", dates.errors());
        var view = reads.current().decision(organisationId, decisionId, known);
        model.addAttribute("view", view);
        model.addAttribute("recordedAt", SwedishTime.of(view.recordedAt()));
        return "decision";
    }
}
