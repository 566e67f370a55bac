package se.reorgledger.projections.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.reference.RandomSnapshots;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * The provenance of a whole tree, walked with the snapshot's units and held in arrays, is the provenance found by
 * looking each unit and chef role up by id: the same ids, in the same order, with the same provenance.
 */
class FactProvenanceProperties {

    @Property(tries = 30)
    void theTreesProvenanceIsThatOfEachUnitAndRoleLookedUpById(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        for (SnapshotAt snapshot : new RandomSnapshots(events, seed).of(Projected.from(events), 20)) {
            if (snapshot.unit(snapshot.rootId()).isPresent()) {
                FactProvenance walked = FactProvenance.of(snapshot);
                FactProvenance lookedUp = FactProvenance.of(snapshot, snapshot.units());

                assertThat(entries(walked.units())).isEqualTo(entries(lookedUp.units()));
                assertThat(entries(walked.chefRoles())).isEqualTo(entries(lookedUp.chefRoles()));
                assertThat(entries(walked.holders())).isEqualTo(entries(lookedUp.holders()));
                assertThat(walked).isEqualTo(lookedUp);
                lookedUp.chefRoles().forEach((id, provenance) ->
                        assertThat(walked.chefRoles().get(id)).as(id).isEqualTo(provenance));
            }
        }
    }

    /** The entries in order, so that a different order fails where map equality would not. */
    private static List<Map.Entry<String, Provenance>> entries(Map<String, Provenance> map) {
        return new ArrayList<>(map.entrySet());
    }
}
