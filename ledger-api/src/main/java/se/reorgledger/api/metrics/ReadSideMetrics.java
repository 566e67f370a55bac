package se.reorgledger.api.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import se.reorgledger.api.readmodel.ReadModelCheckpoints;
import se.reorgledger.api.readmodel.ReadSideStatus;

/**
 * The read side as an operator watches it: how far the read models are behind the ledger's head (the alert
 * "read models behind"), the head itself, and whether the read side stopped on an event it could not apply.
 */
@Component
public class ReadSideMetrics implements InitializingBean {

    private final MeterRegistry registry;
    private final ReadSideStatus status;
    private final ReadModelCheckpoints checkpoints;

    public ReadSideMetrics(MeterRegistry registry, ReadSideStatus status, ReadModelCheckpoints checkpoints) {
        this.registry = registry;
        this.status = status;
        this.checkpoints = checkpoints;
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
        Gauge.builder("ledger.read_models.checkpoint.loaded", checkpoints,
                        c -> "loaded".equals(c.atStart().outcome()) ? 1 : 0)
                .description("1 when the read models were loaded from their checkpoint at this start")
                .register(registry);
        Gauge.builder("ledger.read_models.checkpoint.rejected", checkpoints,
                        c -> "rejected".equals(c.atStart().outcome()) ? 1 : 0)
                .description("1 when this start discarded a checkpoint that did not match the ledger, or one of "
                        + "its organisations' sections at its first use")
                .register(registry);
        Gauge.builder("ledger.read_models.checkpoint.organisations_pending", checkpoints,
                        ReadModelCheckpoints::organisationsPending)
                .description("Organisations of the checkpoint loaded at this start still to be read from it")
                .register(registry);
        Gauge.builder("ledger.read_models.checkpoint.sections_rejected", checkpoints,
                        ReadModelCheckpoints::sectionsRejected)
                .description("Organisations whose checkpoint section failed its checks at its first use since start")
                .register(registry);
        Gauge.builder("ledger.read_models.checkpoint.position", checkpoints, ReadModelCheckpoints::writtenPosition)
                .baseUnit("events").description("The position of the last checkpoint written or loaded, -1 before any")
                .register(registry);
        Gauge.builder("ledger.read_models.checkpoint.write", checkpoints, ReadModelCheckpoints::writeSeconds)
                .baseUnit("seconds").description("How long the last checkpoint took to write").register(registry);
    }
}
