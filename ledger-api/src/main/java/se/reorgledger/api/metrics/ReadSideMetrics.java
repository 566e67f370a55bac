package se.reorgledger.api.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import se.reorgledger.api.readmodel.ReadSideStatus;

/**
 * The read side as an operator watches it: how far the read models are behind the ledger's head (the alert
 * "read models behind"), the head itself, and whether the read side stopped on an event it could not apply.
 */
@Component
public class ReadSideMetrics implements InitializingBean {

    private final MeterRegistry registry;
    private final ReadSideStatus status;

    public ReadSideMetrics(MeterRegistry registry, ReadSideStatus status) {
        this.registry = registry;
        this.status = status;
    }

    @Override
    public void afterPropertiesSet() {
        Gauge.builder("ledger.read_models.lag", status, ReadSideStatus::lag).baseUnit("events")
                .description("Events recorded in the ledger that the read models have not yet applied")
                .register(registry);
        Gauge.builder("ledger.head.position", status, ReadSideStatus::knownHead).baseUnit("events")
                .description("The ledger's head as this node knows it").register(registry);
        Gauge.builder("ledger.read_models.position", status, ReadSideStatus::readModelPosition).baseUnit("events")
                .description("The last event the read models applied").register(registry);
        Gauge.builder("ledger.read_models.stopped", status, s -> s.failure().isPresent() ? 1 : 0)
                .description("1 when the read models stopped on an event they could not apply").register(registry);
        Gauge.builder("ledger.read_models.failed_position", status,
                        s -> s.failure().map(failure -> failure.position()).orElse(0L))
                .description("The position of the event the read models cannot apply, 0 when none").register(registry);
    }
}
