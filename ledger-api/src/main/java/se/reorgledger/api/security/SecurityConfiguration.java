package se.reorgledger.api.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import se.reorgledger.api.security.token.ApiTokenAuthenticationProvider;
import se.reorgledger.api.security.token.ApiTokens;

/**
 * Who may do what: health is open, and so is the published part of the ledger when public reads are on
 * ({@link PublicReads}); everything else needs a user. Reads need {@code reader}; recording decisions,
 * packages, persons and imports needs {@code registrar}; registering organisations and rebuilding read models
 * needs {@code admin}; so do API tokens and importing scenarios (an import may register organisations). Sessions
 * are not kept: every request proves who it is (HTTP Basic on the embedded default, a JWT bearer token in
 * production, an API token in either).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final String ORGANISATION = "/api/v1/organisations/*/**";
    private static final String DOCUMENTS = "/api/v1/documents";
    private static final String[] READS = {"/api/**", "/problems/**", "/v3/**", "/swagger-ui/**", "/actuator/info"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, ProblemAuthenticationHandlers problems,
                            JwtDecoders jwtDecoders, UserDetailsService users, PasswordEncoder encoder,
                            ApiTokens tokens, ProblemWriter writer, PublicReads publicReads,
                            @Value("${ledger.security.sign-in.max-failures-per-user:10}") int failuresPerUser,
                            @Value("${ledger.security.sign-in.max-failures-per-address:30}") int failuresPerAddress)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(corsSource(properties.corsAllowedOrigins())))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            // The container's error page: says only what failed, as a problem, to anyone.
                            .requestMatchers("/error").permitAll()
                            .requestMatchers(HttpMethod.POST, "/api/v1/organisations").hasRole(LedgerRole.admin.name())
                            .requestMatchers("/api/v1/admin/**", "/actuator/prometheus")
                            .hasRole(LedgerRole.admin.name())
                            // An import may register organisations, which only an admin may do.
                            .requestMatchers(HttpMethod.POST, "/api/v1/scenario-imports")
                            .hasRole(LedgerRole.admin.name())
                            .requestMatchers(HttpMethod.POST, ORGANISATION).hasRole(LedgerRole.registrar.name())
                            // Uploading a document's bytes; reading them is a read like any other.
                            .requestMatchers(HttpMethod.POST, DOCUMENTS, DOCUMENTS + "/**")
                            .hasRole(LedgerRole.registrar.name())
                            .requestMatchers(HttpMethod.PUT, DOCUMENTS, DOCUMENTS + "/**")
                            .hasRole(LedgerRole.registrar.name())
                            .requestMatchers(HttpMethod.PUT, ORGANISATION).hasRole(LedgerRole.registrar.name());
                    if (publicReads.enabled()) {
                        requests.requestMatchers(publicReads::isPublishedRead).permitAll();
                    }
                    // HEAD runs the same handler as GET (a full verification, an export): the same rule.
                    requests.requestMatchers(HttpMethod.GET, READS).hasRole(LedgerRole.reader.name())
                            .requestMatchers(HttpMethod.HEAD, READS).hasRole(LedgerRole.reader.name())
                            // Deny by default: whatever is not named above needs at least a ledger role.
                            .anyRequest().hasRole(LedgerRole.reader.name());
                })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new SignInGuardFilter(new FailedSignIns(failuresPerUser, failuresPerAddress), writer),
                        UsernamePasswordAuthenticationFilter.class);
        if (publicReads.enabled()) {
            http.addFilterBefore(new PublicReadLimitFilter(publicReads, writer), SignInGuardFilter.class);
        }
        // Bearer tokens: the ledger's own API tokens (no dot), and JWTs (with dots) when an issuer is configured.
        AuthenticationManager jwt = properties.jwt().enabled() ? jwtManager(properties, jwtDecoders) : null;
        ApiTokenAuthenticationProvider apiTokens = new ApiTokenAuthenticationProvider(tokens);
        AuthenticationManager bearer = authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            return jwt != null && token.indexOf('.') >= 0 ? jwt.authenticate(authentication)
                    : apiTokens.authenticate(authentication);
        };
        http.oauth2ResourceServer(server -> server
                .authenticationEntryPoint(problems)
                .authenticationManagerResolver(request -> bearer));
        if (!properties.jwt().enabled()) {
            http.authenticationManager(new ProviderManager(new VerifiedCredentials(passwordChecker(users, encoder))))
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    /**
     * Checks a user's password as stored. Passwords are not re-encoded on use: a {@code {noop}} password upgraded to
     * bcrypt in memory would make every later sign-in of that user pay for bcrypt.
     */
    static AuthenticationProvider passwordChecker(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    private static AuthenticationManager jwtManager(SecurityProperties properties, JwtDecoders jwtDecoders) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoders.decoder(properties.jwt()));
        provider.setJwtAuthenticationConverter(roles(properties.jwt().rolesClaimOrDefault()));
        return new ProviderManager(provider);
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(LedgerRole.admin.name()).implies(LedgerRole.registrar.name())
                .role(LedgerRole.registrar.name()).implies(LedgerRole.reader.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JwtDecoders jwtDecoders() {
        return new JwtDecoders();
    }

    /** The users of the embedded default; unused when a JWT issuer is configured. */
    @Bean
    UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder,
                             @Value("${ledger.data-dir}") Path dataFolder) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.User user : properties.users()) {
            users.add(User.withUsername(user.name()).password(user.password())
                    .authorities(user.roles().stream().map(LedgerRole::authority).toArray(String[]::new)).build());
        }
        if (users.isEmpty() && !properties.jwt().enabled()) {
            users.add(User.withUsername(GeneratedAdminPassword.USER)
                    .password(GeneratedAdminPassword.encodedPassword(dataFolder, encoder))
                    .authorities(LedgerRole.admin.authority()).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(SecurityProperties properties,
            ProblemWriter writer, @Value("${ledger.security.max-body-read-time:20s}") Duration maxBodyReadTime,
            @Value("${ledger.documents.max-bytes:20971520}") long maxDocumentBytes) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestBytes(), maxBodyReadTime, writer, DOCUMENTS,
                        maxDocumentBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static JwtAuthenticationConverter roles(String claim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(rolesFrom(claim));
        return converter;
    }

    /** Maps the claim's values that name a ledger role (reader, registrar, admin) and ignores any others. */
    static Converter<Jwt, Collection<GrantedAuthority>> rolesFrom(String claim) {
        return jwt -> {
            List<String> values = jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : List.of();
            List<GrantedAuthority> authorities = new ArrayList<>();
            for (LedgerRole role : LedgerRole.values()) {
                if (values != null && values.contains(role.name())) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
            return authorities;
        };
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowedOrigins);
            configuration.setAllowedMethods(List.of("GET", "HEAD"));
            configuration.setAllowedHeaders(List.of("Authorization", "If-None-Match"));
            configuration.setExposedHeaders(List.of("ETag"));
            source.registerCorsConfiguration("/api/v1/**", configuration);
        }
        return source;
    }
}
