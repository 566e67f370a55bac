package se.reorgledger.projections.rebuild.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.IndexAsSection;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.UnloadedOrganisation;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/** What the background loader counts, and that it says it is done whatever becomes of its threads. */
class BackgroundLoadingTest {

    private final LedgerProjection built = Projected.from(twoKommuner());
    private final CountDownLatch firstLoading = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @Test
    void anOrganisationAQueryLoadedFirstIsNotCountedAsTheLoaders() throws Exception {
        LedgerProjection projection = LedgerProjection.fromCheckpoint(built.position(), sections());
        List<String> ids = projection.pendingOrganisationIds();

        BackgroundLoading loading = BackgroundLoading.start(projection, 1, () -> true);
        assertThat(firstLoading.await(30, TimeUnit.SECONDS)).isTrue();
        projection.load(ids.get(1));
        releaseFirst.countDown();
        BackgroundLoading.Done done = loading.done().get(30, TimeUnit.SECONDS);

        assertThat(done.loaded()).as("the first only: a query loaded the second").isEqualTo(1);
        assertThat(projection.pendingOrganisationIds()).isEmpty();
    }

    @Test
    void aLoaderThreadEndedByTheUnexpectedStillLetsTheLoadingComplete() throws Exception {
        releaseFirst.countDown();
        LedgerProjection projection = LedgerProjection.fromCheckpoint(built.position(), sections());

        BackgroundLoading loading = BackgroundLoading.start(projection, 2, () -> {
            throw new IllegalStateException("unexpected");
        });
        BackgroundLoading.Done done = loading.done().get(30, TimeUnit.SECONDS);

        assertThat(done.loaded()).isZero();
        assertThat(projection.pendingOrganisationIds()).as("left to their first use").hasSize(2);
    }

    @Test
    void halfTheCoresByDefaultAtLeastOne() {
        assertThat(BackgroundLoading.defaultThreads())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** The organisations as sections; the first one's load waits to be released. */
    private List<UnloadedOrganisation> sections() {
        List<UnloadedOrganisation> sections = new ArrayList<>();
        List<OrganisationIndex> indexes = built.indexesInIdOrder();
        for (OrganisationIndex index : indexes) {
            boolean first = index == indexes.get(0);
            sections.add(IndexAsSection.of(index, () -> {
                if (first) {
                    firstLoading.countDown();
                    try {
                        releaseFirst.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return index;
            }));
        }
        return sections;
    }

    private static List<RecordedEvent> twoKommuner() {
        List<RecordedEvent> events = new ArrayList<>();
        for (int kommun = 0; kommun < 2; kommun++) {
            SyntheticLedger.organisation("kommun-" + kommun, 50, 5, kommun).forEach(event -> events.add(
                    new RecordedEvent(events.size() + 1, "event-" + events.size(), event.recordedAt(),
                            event.principal(), event.payload())));
        }
        return events;
    }
}
