package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.RecordedHistory;

/** What a slot does when its section's load fails: which failures reject it, and which leave it pending. */
class OrganisationSlotTest {

    private final List<RecordedEvent> ledger = RecordedHistory.of(3, 20);
    private final LedgerProjection built = Projected.from(ledger);
    private final OrganisationIndex index = built.indexesInIdOrder().get(0);

    @Test
    void aLoadEndedByTheJvmsTroubleLeavesTheOrganisationPendingAndALaterUseLoadsIt() {
        AtomicInteger loads = new AtomicInteger();
        OrganisationSlot slot = new OrganisationSlot(section(() -> {
            if (loads.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return index;
        }), rejected -> { });

        assertThatThrownBy(slot::index).isInstanceOf(OutOfMemoryError.class);
        assertThat(slot.loaded()).isFalse();
        assertThat(slot.rejected()).isNull();

        assertThat(slot.index()).isSameAs(index);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aSectionThatCannotBeDecodedIsRejected() {
        OrganisationSlot slot = new OrganisationSlot(section(() -> {
            throw new IllegalArgumentException("a count beyond the section");
        }), rejected -> { });

        assertThatThrownBy(slot::index).isInstanceOf(RejectedSectionException.class);
        assertThat(slot.rejected()).isNotNull();
        assertThatThrownBy(slot::index).isInstanceOf(RejectedSectionException.class);
    }

    @Test
    void aListenerThatFailsNeitherHidesTheRejectionNorStopsTheEventsDelivery() {
        OrganisationSlot slot = new OrganisationSlot(section(() -> {
            throw new RejectedSectionException(index.id(), "its bytes do not match their SHA-256");
        }), rejected -> {
            throw new RejectedExecutionException("shutting down");
        });
        assertThatThrownBy(slot::index).isInstanceOf(RejectedSectionException.class);

        LedgerProjection projection = LedgerProjection.fromCheckpoint(built.position(), List.of(section(() -> {
            throw new RejectedSectionException(index.id(), "its bytes do not match their SHA-256");
        })));
        projection.whenASectionIsRejected(rejected -> {
            throw new RejectedExecutionException("shutting down");
        });
        RecordedEvent next = ledger.stream().filter(event -> index.id().equals(OrganisationIdOf.event(event.payload())))
                .reduce((first, second) -> second).map(event -> new RecordedEvent(built.position() + 1,
                        event.eventId() + "-next", event.recordedAt(), event.principal(), event.payload()))
                .orElseThrow();

        projection.apply(next);

        assertThat(projection.position()).isEqualTo(next.position());
        assertThat(projection.rejectedSection()).isPresent();
    }

    private UnloadedOrganisation section(Supplier<OrganisationIndex> load) {
        return IndexAsSection.of(index, load);
    }
}
