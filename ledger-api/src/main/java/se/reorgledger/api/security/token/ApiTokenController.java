package se.reorgledger.api.security.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.CurrentPrincipal;
import se.reorgledger.api.security.LedgerRole;
import se.reorgledger.core.change.InvalidChangeException;

@RestController
@RequestMapping("/api/v1/admin/tokens")
@Tag(name = "Administration")
public class ApiTokenController {

    private static final int LONGEST_NAME = 200;

    private final ApiTokens tokens;
    private final CurrentPrincipal principal;

    public ApiTokenController(ApiTokens tokens, CurrentPrincipal principal) {
        this.tokens = tokens;
        this.principal = principal;
    }

    public record IssueTokenRequest(String name, LedgerRole role, Instant expiresAt) {
    }

    /** A token as listed: everything but its text, which the ledger does not keep. */
    public record TokenView(String id, String name, LedgerRole role, Instant issuedAt, String issuedBy,
                            Instant expiresAt, Instant revokedAt, String revokedBy) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.role(), token.issuedAt(), token.issuedBy(),
                    token.expiresAt(), token.revokedAt(), token.revokedBy());
        }
    }

    /** The token just issued, with its text: shown in this answer only. */
    public record IssuedTokenView(String id, String name, LedgerRole role, Instant issuedAt, String issuedBy,
                                  Instant expiresAt, String token) {
    }

    @PostMapping
    @Operation(summary = "Issue an API token for a role, shown once",
            description = "A REST client sends it as 'Authorization: Bearer <token>'. The ledger keeps only its "
                    + "SHA-256: keep the token now, it cannot be shown again. Roles: reader, registrar.")
    public ResponseEntity<IssuedTokenView> issue(@RequestBody IssueTokenRequest request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            throw new InvalidChangeException("name", "is required, at most " + LONGEST_NAME + " characters");
        }
        ApiTokens.Issued issued = tokens.issue(name, request.role(), request.expiresAt(), principal.name());
        ApiToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/admin/tokens/" + token.id()))
                .header("Cache-Control", "no-store")
                .body(new IssuedTokenView(token.id(), token.name(), token.role(), token.issuedAt(),
                        token.issuedBy(), token.expiresAt(), issued.text()));
    }

    @GetMapping
    @Operation(summary = "Every token issued, revoked and expired ones too, without their texts")
    public List<TokenView> list() {
        return tokens.all().stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token: refused from now on; it stays listed with who revoked it and when")
    public ResponseEntity<Void> revoke(@PathVariable String id) {
        tokens.revoke(id, principal.name());
        return ResponseEntity.noContent().build();
    }
}
