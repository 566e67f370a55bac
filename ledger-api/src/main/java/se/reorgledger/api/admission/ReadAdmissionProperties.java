package se.reorgledger.api.admission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many reads a node works on at once, and how long a read may wait for its turn.
 *
 * @param concurrency  reads worked on at once; 0 or less means four per processor
 * @param queueTimeout the longest a read waits for its turn before it is answered 503
 */
@ConfigurationProperties("ledger.reads")
public record ReadAdmissionProperties(int concurrency, Duration queueTimeout) {

    public ReadAdmissionProperties {
        queueTimeout = queueTimeout == null || queueTimeout.isNegative() ? Duration.ofSeconds(10) : queueTimeout;
    }

    /** The configured number, or four per processor: enough to keep the cores busy while a read does I/O. */
    public int permits() {
        return concurrency > 0 ? concurrency : 4 * Runtime.getRuntime().availableProcessors();
    }
}
