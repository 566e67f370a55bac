package se.reorgledger.api.security.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import se.reorgledger.api.security.LedgerRole;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.UnknownEntityException;

/**
 * Issues, lists, revokes and checks API tokens. A check costs a hash and a map lookup: stored records are kept in
 * memory for a few seconds, so a revocation on this node takes effect at once and on another node sharing the
 * database within {@link #RECHECK_AFTER}.
 */
@Service
public class ApiTokens {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(10);
    static final Duration LONGEST_LIFE = Duration.ofDays(366);
    private static final int MAX_CACHED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final ApiTokenStore store;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Autowired
    public ApiTokens(ApiTokenStore store) {
        this(store, Clock.systemUTC());
    }

    ApiTokens(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private record Cached(Optional<ApiToken> token, long loadedNanos) {
    }

    /** The issued token and its text, which is shown now and never again. */
    record Issued(ApiToken token, String text) {
    }

    Issued issue(String name, LedgerRole role, Instant expiresAt, String principal) {
        Instant now = clock.instant();
        if (role == null) {
            throw new InvalidChangeException("role", "is required: reader or registrar");
        }
        if (role == LedgerRole.admin) {
            // A token that could issue tokens would outlive every check on who holds it.
            throw new InvalidChangeException("role", "must be reader or registrar; admin works signed in as a user");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_LIFE))) {
            throw new InvalidChangeException("expiresAt", "must be a moment in the next " + LONGEST_LIFE.toDays()
                    + " days");
        }
        String id = TokenText.newId();
        String text = TokenText.newToken(id);
        ApiToken token = new ApiToken(id, name, role, TokenText.sha256(text), now, principal, expiresAt, null, null);
        store.insert(token);
        log.info("API token {} '{}' ({}) issued by {}, expires {}", id, name, role, principal, expiresAt);
        return new Issued(token, text);
    }

    List<ApiToken> all() {
        return store.all();
    }

    void revoke(String id, String principal) {
        ApiToken token = store.find(id).orElseThrow(() -> new UnknownEntityException("API token", id));
        if (store.revoke(id, clock.instant(), principal)) {
            log.info("API token {} '{}' revoked by {}", id, token.name(), principal);
        }
        cache.remove(id);
    }

    /** The valid token this text is, if it is one: the right secret, not revoked, not expired. */
    Optional<ApiToken> check(String text) {
        if (!TokenText.looksLikeOne(text)) {
            return Optional.empty();
        }
        String id = TokenText.idOf(text);
        long now = System.nanoTime();
        Cached cached = cache.get(id);
        if (cached == null || now - cached.loadedNanos() > RECHECK_AFTER.toNanos()) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cached = new Cached(store.find(id), now);
            cache.put(id, cached);
        }
        Instant at = clock.instant();
        return cached.token().filter(token -> TokenText.matches(text, token.hash()) && token.validAt(at));
    }
}
