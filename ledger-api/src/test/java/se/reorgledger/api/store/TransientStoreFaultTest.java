package se.reorgledger.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class TransientStoreFaultTest {

    @Test
    void aTerminatedSessionIsATransientConnectionLoss() {
        Exception failure = new EventStoreException("append failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        assertThat(TransientStoreFault.isTransient(failure)).isTrue();
        assertThat(TransientStoreFault.isConnectionLoss(failure)).isTrue();
    }

    @Test
    void aBrokenSocketIsATransientConnectionLoss() {
        Exception failure = new EventStoreException("read failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(TransientStoreFault.isTransient(failure)).isTrue();
        assertThat(TransientStoreFault.isConnectionLoss(failure)).isTrue();
    }

    @Test
    void aConnectionThePoolClosedAfterALossIsTransient() {
        Exception failure = new RuntimeException("Failed to create a SQL statement",
                new SQLException("Connection is closed"));

        assertThat(TransientStoreFault.isTransient(failure)).isTrue();
        assertThat(TransientStoreFault.isConnectionLoss(failure)).isTrue();
    }

    @Test
    void aDeadlockIsTransientButNoConnectionLoss() {
        Exception failure = new EventStoreException("append failed", new SQLException("deadlock detected", "40P01"));

        assertThat(TransientStoreFault.isTransient(failure)).isTrue();
        assertThat(TransientStoreFault.isConnectionLoss(failure)).isFalse();
    }

    @Test
    void aBrokenRuleOfTheSchemaIsNeitherTransientNorAConnectionLoss() {
        Exception failure = new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(TransientStoreFault.isTransient(failure)).isFalse();
        assertThat(TransientStoreFault.isConnectionLoss(failure)).isFalse();
    }
}
