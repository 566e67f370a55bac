package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import se.reorgledger.api.security.LedgerRole;
import se.reorgledger.api.security.SecurityProperties;

/**
 * Sign-in for people in a browser, apart from the API's stateless chain: a session cookie, CSRF tokens on every
 * form, sign-out. On the embedded default a form checks the same users as the API; with an OpenID Connect client
 * configured (production) the browser signs in with the issuer the API already trusts for its tokens, and the
 * roles come from the same claim.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebSecurityConfiguration {

    /** The addresses of the web application; everything else (the API, actuator, API docs) is the API's chain. */
    static final String[] WEB_PATHS = {"/", "/organisationer", "/organisationer/**", "/logga-in", "/logga-ut",
            "/atkomst-nekad", "/reskontra", "/reskontra/**", "/webb/**", "/oauth2/**", "/login/oauth2/**"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain web(HttpSecurity http, SecurityProperties properties,
                            @Value("${ledger.web.oidc.client-id:}") String clientId,
                            @Value("${ledger.web.oidc.client-secret:}") String clientSecret) throws Exception {
        http.securityMatcher(WEB_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/logga-in", "/atkomst-nekad", "/webb/**").permitAll()
                        .requestMatchers("/organisationer/*/registrera/**").hasRole(LedgerRole.registrar.name())
                        .anyRequest().hasRole(LedgerRole.reader.name()))
                .logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/logga-in?utloggad")
                        .deleteCookies("JSESSIONID"))
                // A redirect, not a forward: the filters run again on a forward, and the logout filter would then
                // take a refused POST to /logga-ut (one without its CSRF token) for a sign-out after all.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) ->
                        response.sendRedirect(request.getContextPath() + "/atkomst-nekad")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; frame-ancestors 'none'; object-src 'none'; "
                                + "base-uri 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        if (!clientId.isBlank() && properties.jwt().issuer() != null && !properties.jwt().issuer().isBlank()) {
            ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.jwt().issuer())
                    .registrationId("ledger").clientId(clientId).clientSecret(clientSecret)
                    .scope("openid", "profile").build();
            http.oauth2Login(login -> login.loginPage("/logga-in")
                    .clientRegistrationRepository(new InMemoryClientRegistrationRepository(registration))
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(
                            roles(properties.jwt().rolesClaimOrDefault()))));
        } else {
            http.formLogin(form -> form.loginPage("/logga-in").failureUrl("/logga-in?fel"));
        }
        return http.build();
    }

    /** The ledger roles named in the ID token's roles claim; a user with none of them may not read. */
    static GrantedAuthoritiesMapper roles(String claim) {
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(ledgerRoles(oidc.getIdToken().getClaims(), claim));
                }
            }
            return mapped;
        };
    }

    static Collection<GrantedAuthority> ledgerRoles(Map<String, Object> claims, String claim) {
        Object values = claims.get(claim);
        List<GrantedAuthority> roles = new ArrayList<>();
        for (LedgerRole role : LedgerRole.values()) {
            boolean named = values instanceof Collection<?> list ? list.contains(role.name())
                    : role.name().equals(values);
            if (named) {
                roles.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        return roles;
    }
}
