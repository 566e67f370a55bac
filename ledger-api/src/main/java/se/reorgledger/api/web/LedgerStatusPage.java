package se.reorgledger.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.reorgledger.api.integrity.LedgerDigests;
import se.reorgledger.api.integrity.LedgerVerifyController;

/**
 * The ledger's status for auditors: its head (what to write down), and on request a verification of the whole
 * chain (the API's own, run on the server), with links to the export and to the offline verification.
 */
@Controller
class LedgerStatusPage {

    private final LedgerDigests digests;
    private final LedgerVerifyController verification;

    LedgerStatusPage(LedgerDigests digests, LedgerVerifyController verification) {
        this.digests = digests;
        this.verification = verification;
    }

    @GetMapping("/reskontra")
    String status(@RequestParam(required = false) String verifiera, Model model) {
        var head = digests.current();
        model.addAttribute("head", head);
        model.addAttribute("recordedAt", SwedishTime.of(head.recordedAt()));
        if (verifiera != null) {
            model.addAttribute("verification", verification.verify().verification());
        }
        return "ledger-status";
    }
}
