package se.reorgledger.api.admission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many reads a node works on at once, and how long a read may wait for its turn.
 *
 * @param concurrency  reads worked on at once; 0 or less means four per processor
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

    /** The configured number, or four per processor: enough to keep the cores busy while a read does I/O. */
    public int permits() {
        return concurrency > 0 ? concurrency : 4 * Runtime.getRuntime().availableProcessors();
    }
}
