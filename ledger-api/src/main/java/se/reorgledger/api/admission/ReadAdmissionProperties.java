package se.reorgledger.api.admission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many reads a node works on at once, and how long a read may wait for its turn.
 *
 * @param concurrency  reads worked on at once; 0 or less means one per processor and one more
 * @param queueTimeout the longest a read waits for its turn before it is answered 503
 * @param maxWaiting   reads that may wait at once; one more is answered 503 at once, so that waiting reads never
 *                     hold all of Tomcat's request threads (200) and writes and health checks still find one
 */
@ConfigurationProperties("ledger.reads")
public record ReadAdmissionProperties(int concurrency, Duration queueTimeout, int maxWaiting) {

    public ReadAdmissionProperties {
        queueTimeout = queueTimeout == null || queueTimeout.isNegative() ? Duration.ofSeconds(10) : queueTimeout;
        maxWaiting = maxWaiting <= 0 ? 100 : maxWaiting;
    }

    /**
     * The configured number, or one per processor and one more. A read in its turn works the processor (the read
     * models are in memory, and the turn ends as its answer starts to go out): with more reads at once than cores
     * the scheduler slices them together and each finishes later, which decides the tail of large answers (on two
     * cores, M's whole structure at 8 connections: p99 58–64 ms with three at once against 84–91 ms with eight,
     * docs/operations.md). The one more keeps the cores busy while a read waits briefly for a lock or loads its
     * organisation's checkpoint section.
     */
    public int permits() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors() + 1;
    }
}
