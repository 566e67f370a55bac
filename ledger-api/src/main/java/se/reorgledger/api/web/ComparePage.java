package se.reorgledger.api.web;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation on two dates compared: every difference with the decision that caused it. */
@Controller
class ComparePage {

    private final LedgerReads reads;

    ComparePage(LedgerReads reads) {
        this.reads = reads;
    }

    @GetMapping("/organisationer/{organisationId}/jamfor")
    String compare(@PathVariable String organisationId, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String knownAt,
                   Model model) {
        DateField dates = reads.dates();
        LocalDate later = dates.date("to", to, dates.asOf(null));
        LocalDate earlier = dates.date("from", from, later.minusDays(1));
        if (earlier.isAfter(later)) {
            dates.error("from", "Från-datumet " + earlier + " ligger efter till-datumet " + later
                    + ". Byt plats på dem eller välj ett tidigare från-datum.");
            earlier = later;
        }
        Instant known = dates.knownAt(knownAt);
        model.addAttribute("organisation", reads.organisation(organisationId, known));
        model.addAttribute("from", earlier);
        model.addAttribute("to", later);
        model.addAttribute("knownAt", dates.knownAtAsTyped(knownAt));
        model.addAttribute("errors", dates.errors());
        model.addAttribute("diff", reads.current().diff(organisationId, earlier, later, known));
        return "compare";
    }
}
