package se.reorgledger.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;

/**
 * A registrar records the next step of a decision's life from its page: the API's command
 * ({@code POST .../decisions/{id}/lifecycle}) under the signed-in user, after the form's fields are checked. Under
 * {@code /registrera}, so the web chain lets registrars only reach it.
 */
@Controller
class LifecycleStepRecording {

    /** The form's fields are named {@code ls-<field>} on the page, apart from the page's other ids. */
    static final String PREFIX = "ls-";

    private final DecisionPage page;
    private final LedgerCommands commands;

    LifecycleStepRecording(DecisionPage page, LedgerCommands commands) {
        this.page = page;
        this.commands = commands;
    }

    @PostMapping("/organisationer/{organisationId}/registrera/beslut/{decisionId}/livscykel")
    String record(@PathVariable String organisationId, @PathVariable String decisionId,
                  @ModelAttribute("stepForm") LifecycleStepForm form, Model model, HttpServletResponse response) {
        Map<String, String> errors = form.check();
        if (errors.isEmpty()) {
            try {
                boolean recordedNow = commands.send(new RecordLifecycleStepCommand(organisationId, decisionId,
                        form.toStep()));
                return "redirect:/organisationer/" + organisationId + "/beslut/" + decisionId + "?steg="
                        + (recordedNow ? "registrerat" : "fanns") + "#beslutets-gang";
            } catch (PackageRefusedException e) {
                RuleViolation violation = e.violations().get(0);
                model.addAttribute("stepRefusal", new Refusal(RuleTexts.rule(e.rule()), violation.message()));
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            } catch (UnknownEntityException e) {
                if (!e.id().equals(form.getAterkallandeBeslut().strip())) {
                    throw e;
                }
                errors = Map.of("aterkallandeBeslut", "Inget beslut med id ”" + e.id() + "” finns i reskontran.");
            } catch (InvalidChangeException e) {
                errors = Map.of(LifecycleStepForm.formField(e), "Steget godtas inte: " + e.rule());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Map<String, String> onPage = new LinkedHashMap<>();
        errors.forEach((field, message) -> onPage.put(PREFIX + field, message));
        model.addAttribute("errors", onPage);
        page.fill(model, organisationId, decisionId, null);
        return "decision";
    }

    /** A step the ledger refused: its rule in Swedish, and the ledger's own words. */
    record Refusal(String rule, String ledgerWords) {
    }
}
