package se.reorgledger.projections.provenance;

import java.util.LinkedHashMap;
import java.util.Map;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.SnapshotAt;

/**
 * The provenance of a nämnd on a date: of the nämnd as a whole, of the reglemente in force, of each kontor's
 * service (keyed by unit id) and of each member kommun's membership (keyed by the kommun's name).
 */
public record CommitteeProvenance(Provenance committee, Provenance reglemente, Map<String, Provenance> servedBy,
                                  Map<String, Provenance> members) {

    public static CommitteeProvenance of(SnapshotAt snapshot, CommitteeState committee) {
        Provenances provenances = new Provenances(snapshot);
        EntityTimeline<CommitteeState> timeline = snapshot.index().committee(committee.id());
        Map<String, Provenance> servedBy = new LinkedHashMap<>();
        for (String unitId : committee.servingUnitIds()) {
            servedBy.put(unitId, provenances.latest(timeline, change ->
                    change instanceof KontorServiceStartedEvent started && started.unitId().equals(unitId)));
        }
        Map<String, Provenance> members = new LinkedHashMap<>();
        for (String municipality : committee.memberMunicipalities()) {
            members.put(municipality, provenances.latest(timeline, change ->
                    change instanceof MunicipalityJoinedCommitteeEvent joined
                            && joined.municipality().equals(municipality)));
        }
        return new CommitteeProvenance(provenances.of(timeline),
                provenances.latest(timeline, ReglementeAdoptedEvent.class::isInstance), servedBy, members);
    }
}
