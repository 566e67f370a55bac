package se.reorgledger.projections.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.testkit.reference.QueryPoints;

/**
 * Snapshots of each organisation a projection holds, on dates of its history at epochs up to one past the last,
 * drawn from one seed: the questions the read models' property tests ask of a random history.
 */
public final class RandomSnapshots {

    private final List<RecordedEvent> events;
    private final Random random;

    public RandomSnapshots(List<RecordedEvent> events, long seed) {
        this.events = events;
        this.random = new Random(seed);
    }

    /** {@code perOrganisation} snapshots of each organisation in {@code projection}, organisation by organisation. */
    public List<SnapshotAt> of(LedgerProjection projection, int perOrganisation) {
        QueryPoints points = new QueryPoints(events);
        List<SnapshotAt> snapshots = new ArrayList<>();
        for (OrganisationIndex index : projection.indexes()) {
            for (int i = 0; i < perOrganisation; i++) {
                snapshots.add(new SnapshotAt(index, points.asOf(random), random.nextInt(index.completeEpoch() + 2)));
            }
        }
        return snapshots;
    }
}
