package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * A snapshot orders its units by precomputed ranks and finds chef roles without building lists for units that
 * have none; over random histories, on any date at any epoch, it answers as sorting with the collation keys and
 * filtering every established role do.
 */
class SnapshotOrderProperties {

    @Property(tries = 30)
    void unitsComeInTheOrderOfTheirCollationKeysThenIds(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 60);
        LedgerProjection projection = Projected.from(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        for (OrganisationIndex index : projection.indexes()) {
            for (int i = 0; i < 30; i++) {
                SnapshotAt snapshot = new SnapshotAt(index, points.asOf(random),
                        random.nextInt(index.completeEpoch() + 2));
                List<UnitState> expected = new ArrayList<>(snapshot.unitsUnordered());
                index.sortKeys().sort(expected, UnitState::name, UnitState::id);
                assertThat(snapshot.units()).as("units of %s", snapshot.asOf()).containsExactlyElementsOf(expected);
            }
        }
    }

    /**
     * The order worked out in one state of an index is kept for the next ones: read between events as they are
     * applied (units added, renamed, moved), the units still come in the order of their collation keys.
     */
    @Property(tries = 20)
    void anOrderKeptFromAnEarlierStateStillOrdersTheUnits(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        LedgerProjection projection = new LedgerProjection();
        for (RecordedEvent event : events) {
            projection.apply(event);
            for (OrganisationIndex index : projection.indexes()) {
                for (int i = 0; i < 3; i++) {
                    SnapshotAt snapshot = new SnapshotAt(index, points.asOf(random),
                            random.nextInt(index.completeEpoch() + 2));
                    List<UnitState> expected = new ArrayList<>(snapshot.unitsUnordered());
                    index.sortKeys().sort(expected, UnitState::name, UnitState::id);
                    assertThat(snapshot.units()).as("units of %s after %s", snapshot.asOf(), event.eventId())
                            .containsExactlyElementsOf(expected);
                }
            }
        }
    }

    @Property(tries = 30)
    void chefRolesAreTheEstablishedOnesInForceInTheUnit(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 60);
        LedgerProjection projection = Projected.from(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        for (OrganisationIndex index : projection.indexes()) {
            for (int i = 0; i < 30; i++) {
                int epoch = random.nextInt(index.completeEpoch() + 2);
                SnapshotAt snapshot = new SnapshotAt(index, points.asOf(random), epoch);
                int day = Days.of(snapshot.asOf());
                for (UnitAt at : snapshot.sortedUnitsAt()) {
                    String unitId = at.unit().id();
                    List<ChefRoleState> expected = new ArrayList<>();
                    List<EntityTimeline<ChefRoleState>> expectedTimelines = new ArrayList<>();
                    for (EntityTimeline<ChefRoleState> timeline : index.chefRolesEstablishedIn(unitId)) {
                        ChefRoleState role = timeline.versions().at(day, epoch);
                        if (role != null && !role.isEnded() && role.unitId().equals(unitId)) {
                            expected.add(role);
                            expectedTimelines.add(timeline);
                        }
                    }
                    assertThat(snapshot.chefRoles(at)).containsExactlyElementsOf(expected);
                    assertThat(at.chefRoleTimelines()).containsExactlyElementsOf(expectedTimelines);
                    assertThat(snapshot.chefRoles(unitId)).containsExactlyElementsOf(expected);
                }
            }
        }
    }
}
