package se.reorgledger.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import se.reorgledger.api.integrity.LedgerExportController;
import se.reorgledger.api.integrity.LedgerProofController;
import se.reorgledger.api.integrity.OutOfRangeException;
import se.reorgledger.integrity.merkle.InclusionProof;

/**
 * The inclusion proof of the event at a position, for a person: the API's own proof shown, and as files to keep
 * (the proof, and the event's line of the export) with the offline command that checks them together.
 */
@Controller
class ProofPage {

    private final LedgerProofController proofs;
    private final LedgerExportController export;
    private final ObjectMapper json;

    ProofPage(LedgerProofController proofs, LedgerExportController export, ObjectMapper json) {
        this.proofs = proofs;
        this.export = export;
        this.json = json;
    }

    @GetMapping("/reskontra/bevis/{position}")
    String proof(@PathVariable long position, Model model) {
        model.addAttribute("proof", proofs.proof(position, null));
        return "proof";
    }

    @GetMapping("/reskontra/bevis/{position}/bevis.json")
    ResponseEntity<byte[]> proofFile(@PathVariable long position) throws JsonProcessingException {
        InclusionProof proof = proofs.proof(position, null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bevis-" + position + ".json", StandardCharsets.UTF_8).build().toString())
                .body(json.writeValueAsBytes(proof));
    }

    /**
     * The event's line of the export (and the export's closing line with the head), as the API exports it, under
     * the export's own file name: {@code ledger-export-<position>-<position>.ndjson}.
     */
    @GetMapping("/reskontra/bevis/{position}/handelse.ndjson")
    void eventLine(@PathVariable long position, HttpServletResponse response) {
        export.export(position, position, response);
    }

    @ExceptionHandler(OutOfRangeException.class)
    ModelAndView outOfRange(OutOfRangeException e) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("heading", "Hittades inte");
        // The API's words say which range the ledger has; the page says what that means.
        page.addObject("message", "Reskontran har ingen händelse i den positionen att bevisa, eller så har kedjan "
                + "ändrats där sedan beviset byggdes (sidan Reskontrans status verifierar kedjan).");
        return page;
    }
}
