package se.reorgledger.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the ledger knows who is asking. With a JWT issuer configured, it is an OAuth2 resource server; otherwise
 * (the embedded default) it knows the users given here, or generates an admin password at first start.
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(List<User> users, Jwt jwt, long maxRequestBytes, int maxChangesPerPackage,
                                 List<String> corsAllowedOrigins) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        jwt = jwt == null ? new Jwt(null, null, null, null, null) : jwt;
        maxRequestBytes = maxRequestBytes <= 0 ? 1_048_576 : maxRequestBytes;
        maxChangesPerPackage = maxChangesPerPackage <= 0 ? 1_000 : maxChangesPerPackage;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }

    /** A user of the embedded default; the password is stored encoded ({bcrypt}...). */
    public record User(String name, String password, List<LedgerRole> roles) {
    }

    /**
     * The production setting: tokens from {@code issuer}, for {@code audience}, roles in the claim
     * {@code rolesClaim}. {@code jwkSetUri} and {@code publicKeyLocation} override discovery from the issuer.
     */
    public record Jwt(String issuer, String audience, String rolesClaim, String jwkSetUri, String publicKeyLocation) {

        public boolean enabled() {
            return notBlank(issuer) || notBlank(jwkSetUri) || notBlank(publicKeyLocation);
        }

        public String rolesClaimOrDefault() {
            return notBlank(rolesClaim) ? rolesClaim : "roles";
        }

        static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }
}
