package se.reorgledger.api.security.token;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Signs a request in with an API token sent as a bearer token: its role, its name as the principal. Not a bean:
 * an AuthenticationProvider bean would replace the global user-and-password sign-in of every filter chain.
 */
public class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;

    public ApiTokenAuthenticationProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String text = ((BearerTokenAuthenticationToken) authentication).getToken();
        ApiToken token = tokens.check(text)
                .orElseThrow(() -> new BadCredentialsException("not a valid API token"));
        return new ApiTokenAuthentication(token.principal(),
                List.of(new SimpleGrantedAuthority(token.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
