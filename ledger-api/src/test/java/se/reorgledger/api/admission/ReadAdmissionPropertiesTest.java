package se.reorgledger.api.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadAdmissionPropertiesTest {

    @Test
    void byDefaultAReadPerProcessorAndOneMoreAreWorkedOnAtOnce() {
        int processors = Runtime.getRuntime().availableProcessors();

        assertThat(new ReadAdmissionProperties(0, null, 0).permits()).isEqualTo(processors + 1);
        assertThat(new ReadAdmissionProperties(-1, null, 0).permits()).isEqualTo(processors + 1);
    }

    @Test
    void aConfiguredNumberIsTakenAsItIsAndTheWaitsDefaultWhenNotGiven() {
        ReadAdmissionProperties properties = new ReadAdmissionProperties(7, null, 0);

        assertThat(properties.permits()).isEqualTo(7);
        assertThat(properties.queueTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.maxWaiting()).isEqualTo(100);
    }
}
