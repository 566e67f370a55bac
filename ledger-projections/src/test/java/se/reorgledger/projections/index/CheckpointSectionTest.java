package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** A section's length is read before the file's SHA-256 can be checked, so it is not trusted with memory. */
class CheckpointSectionTest {

    @Test
    void aSectionLongerThanABufferIsReadWholeAsWritten() throws IOException {
        String text = "Samhällsbyggnadskontoret ".repeat(100_000);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CheckpointOutput out = new CheckpointOutput(file)) {
            out.writeSection(section -> section.writeText(text));
        }

        byte[] section = new CheckpointInput(new ByteArrayInputStream(file.toByteArray())).readSection();

        CheckpointInput in = new CheckpointInput(section);
        assertThat(in.readText()).isEqualTo(text);
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void aDamagedLengthEndsInTheFileEndingEarlyNotInAGiganticArray() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CheckpointOutput out = new CheckpointOutput(file)) {
            out.writeLong(Integer.MAX_VALUE - 100L);
            out.writeText("a few bytes, not two gigabytes");
        }
        CheckpointInput in = new CheckpointInput(new ByteArrayInputStream(file.toByteArray()));
        long allocatedBefore = allocatedByThisThread();

        assertThatThrownBy(in::readSection).isInstanceOf(EOFException.class);

        assertThat(allocatedByThisThread() - allocatedBefore).isLessThan(16L << 20);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
