package se.reorgledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import se.reorgledger.api.document.AlteredDocumentAlarm;
import se.reorgledger.api.document.DocumentAlteredException;
import se.reorgledger.api.document.DocumentNotHeldException;
import se.reorgledger.api.readmodel.ReadModelsUnavailableException;
import se.reorgledger.projections.index.RejectedSectionException;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.UnknownEntityException;

/**
 * The pages' answer to what they cannot show: a Swedish page with the status and a way on, never a stack trace,
 * a blank or the API's JSON. Ordered before the API's problem handler, and for the pages' controllers only.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    @ExceptionHandler(UnknownEntityException.class)
    ModelAndView unknown(UnknownEntityException e, HttpServletRequest request) {
        String what = switch (e.kind()) {
            case "organisation" -> "Organisationen";
            case "unit" -> "Enheten";
            case "decision" -> "Beslutet";
            case "document" -> "Handlingen med SHA-256";
            default -> "Det du sökte";
        };
        ModelAndView page = page(HttpStatus.NOT_FOUND, "Hittades inte",
                what + " ”" + e.id() + "” finns inte i reskontran (vid den tidpunkt som frågan gäller).");
        if (!e.kind().equals("organisation")
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
            page.addObject("searchIn", path.get("organisationId"));
        }
        return page;
    }

    @ExceptionHandler(DocumentNotHeldException.class)
    ModelAndView notHeld(DocumentNotHeldException e) {
        return page(HttpStatus.NOT_FOUND, "Handlingen finns inte i tjänsten", "Beslutet anger handlingen med "
                + "SHA-256 " + e.sha256() + ", men dess innehåll har inte laddats upp till tjänsten. Fråga "
                + "registratorn eller diariet efter den.");
    }

    /** As the API: logged and counted for the operator, the bytes never served. */
    @ExceptionHandler(DocumentAlteredException.class)
    ModelAndView altered(DocumentAlteredException e) {
        AlteredDocumentAlarm.raise(e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Handlingen är ändrad", "Innehållet som tjänsten har för "
                + "handlingen med SHA-256 " + e.sha256() + " stämmer inte längre med sin hash och lämnas inte ut. "
                + "Driften har fått veta det.");
    }

    @ExceptionHandler(PageInputException.class)
    ModelAndView input(PageInputException e) {
        return page(HttpStatus.BAD_REQUEST, "Felaktig fråga", e.getMessage());
    }

    @ExceptionHandler(InvalidChangeException.class)
    ModelAndView invalid(InvalidChangeException e) {
        return page(HttpStatus.BAD_REQUEST, "Felaktig fråga", "Uppgiften ”" + e.field() + "” kan inte besvaras: "
                + e.rule());
    }

    @ExceptionHandler(ReadModelsUnavailableException.class)
    ModelAndView catchingUp(ReadModelsUnavailableException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Tjänsten läser in reskontran",
                "Sidan kan inte visas just nu: tjänsten läser fortfarande in reskontran. Försök igen om en stund.");
    }

    @ExceptionHandler(RejectedSectionException.class)
    ModelAndView rebuilding(RejectedSectionException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Tjänsten läser in reskontran",
                "Sidan kan inte visas just nu: tjänsten läser in organisationens uppgifter på nytt ur reskontran. "
                        + "Försök igen om en stund.");
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e) {
        log.error("a page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel",
                "Sidan kunde inte visas. Felet är loggat; försök igen senare.");
    }

    private static ModelAndView page(HttpStatus status, String heading, String message) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }
}
