package se.reorgledger.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page, and the page for a request refused (no right to it, or a form without its CSRF token). */
@Controller
class SignInPage {

    private final boolean oidc;

    SignInPage(@Value("${ledger.web.oidc.client-id:}") String clientId) {
        this.oidc = !clientId.isBlank();
    }

    @GetMapping("/logga-in")
    String signIn(Model model) {
        model.addAttribute("oidc", oidc);
        return "signin";
    }

    @RequestMapping("/atkomst-nekad")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "denied";
    }
}
