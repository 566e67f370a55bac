package se.reorgledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class VerifiedCredentialsTest {

    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("anna").password("{noop}rätt lösenord").roles("reader").build());
    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider checker = counting(
            SecurityConfiguration.passwordChecker(users, PasswordEncoderFactories.createDelegatingPasswordEncoder()));
    private final VerifiedCredentials credentials = new VerifiedCredentials(checker);

    private AuthenticationProvider counting(AuthenticationProvider provider) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checks.incrementAndGet();
                return provider.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }
        };
    }

    private static Authentication signIn(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void aVerifiedCredentialIsCheckedOnceAndThenRemembered() {
        for (int i = 0; i < 5; i++) {
            Authentication result = credentials.authenticate(signIn("anna", "rätt lösenord"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getName()).isEqualTo("anna");
            assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_reader");
            assertThat(result.getCredentials()).isNull();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        credentials.authenticate(signIn("anna", "rätt lösenord"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(signIn("anna", "fel"))).isInstanceOf(
                    BadCredentialsException.class);
        }
        assertThatThrownBy(() -> credentials.authenticate(signIn("anna", "rätt lösenord "))).isInstanceOf(
                BadCredentialsException.class);
        assertThat(checks).hasValue(5);
    }

    @Test
    void aPlainTextPasswordIsNotReEncodedOnUse() {
        credentials.authenticate(signIn("anna", "rätt lösenord"));
        // Re-encoding to bcrypt would make each later check of this user cost a bcrypt hash.
        assertThat(users.loadUserByUsername("anna").getPassword()).isEqualTo("{noop}rätt lösenord");
    }
}
