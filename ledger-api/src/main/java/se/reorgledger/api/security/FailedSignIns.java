package se.reorgledger.api.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user and per client address in windows of a minute. Past the limit, further attempts
 * from that user or address are refused unchecked until the window ends: guessing costs the guesser time and the
 * service no password hashing. Bounded: stale windows are dropped when many are kept.
 */
final class FailedSignIns {

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_KEPT = 100_000;

    private final int perUser;
    private final int perAddress;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailedSignIns(int perUser, int perAddress) {
        this.perUser = perUser;
        this.perAddress = perAddress;
    }

    private record Window(long startMillis, int failures) {
    }

    /** Seconds until the user (may be null) or the address may try again; 0 if they may now. */
    long retryAfterSeconds(String user, String address, long nowMillis) {
        return Math.max(user == null ? 0 : wait("user:" + user, perUser, nowMillis),
                wait("address:" + address, perAddress, nowMillis));
    }

    void failed(String user, String address, long nowMillis) {
        if (windows.size() >= MAX_KEPT) {
            windows.values().removeIf(window -> nowMillis - window.startMillis() >= WINDOW.toMillis());
        }
        if (user != null) {
            count("user:" + user, nowMillis);
        }
        count("address:" + address, nowMillis);
    }

    private void count(String key, long nowMillis) {
        windows.merge(key, new Window(nowMillis, 1), (old, one) -> nowMillis - old.startMillis() >= WINDOW.toMillis()
                ? one : new Window(old.startMillis(), old.failures() + 1));
    }

    private long wait(String key, int limit, long nowMillis) {
        Window window = windows.get(key);
        if (window == null || window.failures() < limit) {
            return 0;
        }
        long left = window.startMillis() + WINDOW.toMillis() - nowMillis;
        return left <= 0 ? 0 : (left + 999) / 1000;
    }
}
