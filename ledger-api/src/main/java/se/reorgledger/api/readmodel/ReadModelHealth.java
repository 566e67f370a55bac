package se.reorgledger.api.readmodel;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read models are healthy when they have taken in the whole ledger; until then (at start, they are
 * rebuilt from the ledger) the service is live but not ready, so a load balancer sends it no reads.
 */
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {

    private final ReadModelFreshness freshness;

    public ReadModelHealth(ReadModelFreshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public Health health() {
        long head = freshness.ledgerHead();
        long position = freshness.readModelPosition();
        Health.Builder health = position >= head ? Health.up() : Health.outOfService();
        return health.withDetail("ledgerHead", head).withDetail("readModelPosition", position).build();
    }
}
