package se.reorgledger.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for anonymous reads (Bucket4j): a steady rate per minute and a burst above it.
 * Bounded: when many addresses are kept, those whose bucket has refilled (idle long enough) are dropped, which
 * loses nothing since a new bucket starts full.
 */
final class PublicReadLimits {

    private static final int MAX_KEPT = 100_000;

    private final int requestsPerMinute;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicReadLimits(int requestsPerMinute, int burst) {
        this.requestsPerMinute = requestsPerMinute;
        this.burst = burst;
    }

    /** Takes one request from the address's bucket; 0 if it may go on, else the seconds until it may. */
    long retryAfterSeconds(String address) {
        if (buckets.size() >= MAX_KEPT) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= burst);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(address, any -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst)
                        .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
