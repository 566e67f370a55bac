package se.reorgledger.api.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.reorgledger.api.security.LedgerRole;

/** Who is signed in, for every page's header: the name to show, and whether write controls are theirs. */
@ControllerAdvice(basePackageClasses = SignedInUser.class)
class SignedInUser {

    @ModelAttribute("user")
    String user() {
        Authentication authentication = signedIn();
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("mayRecord")
    boolean mayRecord() {
        Authentication authentication = signedIn();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(authority ->
                authority.getAuthority().equals(LedgerRole.registrar.authority())
                        || authority.getAuthority().equals(LedgerRole.admin.authority()));
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}
