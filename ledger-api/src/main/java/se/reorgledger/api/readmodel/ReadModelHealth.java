package se.reorgledger.api.readmodel;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * The read models are healthy when they have taken in the whole ledger; until then (at start, they are
 * rebuilt from the ledger) the service is live but not ready, so a load balancer sends it no reads.
 */
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {

    private final HashChain chain;
    private final ProjectionHolder holder;

    public ReadModelHealth(HashChain chain, ProjectionHolder holder) {
        this.chain = chain;
        this.holder = holder;
    }

    @Override
    public Health health() {
        long head = chain.head().globalIndex();
        long position = holder.current().position();
        Health.Builder health = position >= head ? Health.up() : Health.outOfService();
        return health.withDetail("ledgerHead", head).withDetail("readModelPosition", position).build();
    }
}
