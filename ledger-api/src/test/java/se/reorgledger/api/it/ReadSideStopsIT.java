package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.api.readmodel.ProjectionFeed;
import se.reorgledger.api.readmodel.ReadSideStatus;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;

/**
 * An event the read models cannot apply stops them before it: the service says it is not ready, reads answer
 * 503, and once the event can be applied the read models go on from it, having skipped nothing.
 */
class ReadSideStopsIT {

    /** A handler of the read models' processor that cannot apply the registration of one organisation. */
    @Configuration(proxyBeanMethods = false)
    static class PoisonedReadModel {

        static final AtomicReference<String> POISONED = new AtomicReference<>();

        @Bean
        Poison poison() {
            return new Poison();
        }
    }

    @ProcessingGroup(ProjectionFeed.PROCESSOR)
    static class Poison {

        @EventHandler
        void on(OrganisationRegisteredEvent event) {
            if (event.organisationId().equals(PoisonedReadModel.POISONED.get())) {
                throw new IllegalStateException("the read model cannot apply " + event.organisationId());
            }
        }
    }

    private RunningLedger ledger;

    @AfterEach
    void stop() {
        PoisonedReadModel.POISONED.set(null);
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void anEventTheReadModelsCannotApplyStopsThemAndNoReadIsAnsweredWithoutIt() throws InterruptedException {
        ledger = RunningLedger.starting(Map.of(), PoisonedReadModel.class);
        ledger.awaitReady();
        assertThat(ledger.post("/api/v1/organisations", "{\"id\":\"healthy\",\"name\":\"Frisk kommun\"}").status())
                .isEqualTo(201);
        PoisonedReadModel.POISONED.set("poisoned");

        RunningLedger.Response written = ledger.post("/api/v1/organisations",
                "{\"id\":\"poisoned\",\"name\":\"Förgiftad kommun\"}");
        long poisonedAt = ledger.bean(HashChain.class).head().globalIndex();

        assertThat(written.status()).as("the write side recorded it").isEqualTo(201);
        ReadSideStatus status = ledger.bean(ReadSideStatus.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (status.failure().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        RunningLedger.Response read = ledger.get("/api/v1/organisations/healthy/structure");
        assertThat(read.status()).as(read.toString()).isEqualTo(503);
        assertThat(read.json().get("type").asText()).isEqualTo("/problems/read-models-stopped");
        assertThat(read.json().get("detail").asText()).contains("position " + poisonedAt);
        assertThat(read.header("Retry-After")).isNotBlank();
        RunningLedger.Response readiness = ledger.as(null).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        RunningLedger.Response health = ledger.get("/actuator/health/readModels");
        assertThat(health.json().at("/details/failedEvent/position").asLong()).isEqualTo(poisonedAt);
        assertThat(health.json().at("/details/failedEvent/error").asText()).contains("cannot apply poisoned");
        MeterRegistry metrics = ledger.bean(MeterRegistry.class);
        assertThat(metrics.get("ledger.read_models.stopped").gauge().value()).isEqualTo(1.0);
        assertThat(metrics.get("ledger.read_models.failed_position").gauge().value()).isEqualTo(poisonedAt);

        PoisonedReadModel.POISONED.set(null);
        awaitReadiness(Duration.ofSeconds(30));

        assertThat(status.failure()).isEmpty();
        assertThat(metrics.get("ledger.read_models.stopped").gauge().value()).isZero();
        assertThat(status.readModelPosition()).isEqualTo(poisonedAt);
        assertThat(ledger.get("/api/v1/organisations/poisoned/structure").status()).isEqualTo(200);
        assertThat(ledger.get("/api/v1/organisations/healthy/structure").status()).isEqualTo(200);
    }

    private void awaitReadiness(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (ledger.as(null).get("/actuator/health/readiness").status() != 200) {
            assertThat(System.nanoTime()).as("ready again within " + patience).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
