package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.reference.RandomSnapshots;
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
        for (SnapshotAt snapshot : new RandomSnapshots(events, seed).of(Projected.from(events), 30)) {
            assertInSwedishOrder(snapshot, "units of " + snapshot.asOf());
        }
    }

    /**
     * The order worked out in one state of an index is kept for the next ones: read between events as they are
     * applied (units added, renamed, moved), the units still come in the order of their collation keys.
     */
    @Property(tries = 20)
    void anOrderKeptFromAnEarlierStateStillOrdersTheUnits(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        RandomSnapshots snapshots = new RandomSnapshots(events, seed);
        LedgerProjection projection = new LedgerProjection();
        for (RecordedEvent event : events) {
            projection.apply(event);
            for (SnapshotAt snapshot : snapshots.of(projection, 3)) {
                assertInSwedishOrder(snapshot, "units of " + snapshot.asOf() + " after " + event.eventId());
            }
        }
    }

    private static void assertInSwedishOrder(SnapshotAt snapshot, String description) {
        List<UnitState> expected = new ArrayList<>(snapshot.unitsUnordered());
        snapshot.index().sortKeys().sort(expected, UnitState::name, UnitState::id);
        assertThat(snapshot.units()).as(description).containsExactlyElementsOf(expected);
    }

    @Property(tries = 30)
    void chefRolesAreTheEstablishedOnesInForceInTheUnit(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 60);
        for (SnapshotAt snapshot : new RandomSnapshots(events, seed).of(Projected.from(events), 30)) {
            int day = Days.of(snapshot.asOf());
            for (UnitAt at : snapshot.sortedUnitsAt()) {
                String unitId = at.unit().id();
                List<ChefRoleState> expected = new ArrayList<>();
                List<EntityTimeline<ChefRoleState>> expectedTimelines = new ArrayList<>();
                for (EntityTimeline<ChefRoleState> timeline : snapshot.index().chefRolesEstablishedIn(unitId)) {
                    ChefRoleState role = timeline.versions().at(day, snapshot.epoch());
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
