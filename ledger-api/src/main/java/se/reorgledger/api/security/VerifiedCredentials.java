package se.reorgledger.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic without a password hash per request: a credential verified by the wrapped provider (bcrypt, about
 * 65 ms of CPU) is remembered for a few minutes, keyed by an HMAC of user and password under a key made at start
 * and never stored, so what is kept in memory cannot be turned back into a password, nor checked against a
 * guess without the key. Bounded: when full it starts afresh. Failures are never remembered.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final AuthenticationProvider verifier;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> macs;

    private record Verified(Authentication authentication, long untilNanos) {
    }

    VerifiedCredentials(AuthenticationProvider verifier) {
        this.verifier = verifier;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || credentials == null) {
            return verifier.authenticate(authentication);
        }
        String cacheKey = keyOf(user, credentials.toString());
        long now = System.nanoTime();
        Verified known = verified.get(cacheKey);
        if (known != null && now - known.untilNanos() < 0) {
            return known.authentication();
        }
        Authentication result = verifier.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            // Kept without the password: only the key can find it.
            Authentication kept = UsernamePasswordAuthenticationToken.authenticated(
                    result.getPrincipal(), null, result.getAuthorities());
            verified.put(cacheKey, new Verified(kept, now + REMEMBER_FOR.toNanos()));
            return kept;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String keyOf(String user, String password) {
        Mac mac = macs.get();
        mac.update(user.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
