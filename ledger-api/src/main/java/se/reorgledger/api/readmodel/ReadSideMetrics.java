package se.reorgledger.api.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;

/**
 * The read side's state as metrics, so that an operator can alert on it: how far the read models are behind the
 * ledger's head, and whether they stopped before an event they cannot apply (and at which position).
 */
@Component
public class ReadSideMetrics implements MeterBinder {

    private final ReadSideStatus status;

    public ReadSideMetrics(ReadSideStatus status) {
        this.status = status;
    }

    @Override
    public void bindTo(@NonNull MeterRegistry registry) {
        Gauge.builder("ledger.read_models.position", status, ReadSideStatus::readModelPosition)
                .description("The ledger position the read models have applied").register(registry);
        Gauge.builder("ledger.read_models.lag", status, ReadSideStatus::lag)
                .description("Events of the ledger the read models have not yet applied").register(registry);
        Gauge.builder("ledger.read_models.stopped", status, s -> s.failure().isPresent() ? 1 : 0)
                .description("1 while the read models are stopped before an event they cannot apply")
                .register(registry);
        Gauge.builder("ledger.read_models.failed_position", status,
                        s -> s.failure().map(ReadSideFailure::position).orElse(0L))
                .description("The position of the event the read models cannot apply, 0 when none").register(registry);
    }
}
