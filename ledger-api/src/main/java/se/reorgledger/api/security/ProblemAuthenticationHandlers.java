package se.reorgledger.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 as problems, saying what is missing without saying anything about the credentials tried. */
@Component
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter writer;
    private final boolean bearer;

    public ProblemAuthenticationHandlers(ProblemWriter writer, SecurityProperties properties) {
        this.writer = writer;
        this.bearer = properties.jwt().enabled();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", bearer ? "Bearer" : "Basic realm=\"reorganisation-ledger\", Bearer");
        writer.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                bearer ? "Send a valid bearer token (a JWT issued for this service, or an API token)"
                        : "Send the credentials of a ledger user (HTTP Basic) or an API token (Bearer)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI()
                        + " (reader: reads; registrar: decisions, packages, persons, imports; admin: organisations"
                        + " and rebuilds)");
    }
}
