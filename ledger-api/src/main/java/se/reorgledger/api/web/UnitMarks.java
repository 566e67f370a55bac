package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.committees.CommitteesView;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.structure.UnitView;

/**
 * What a unit's page marks "illustrativ" on its date: the unit, its chef roles, their holders, and each nämnd the
 * unit serves (its uppdrag to serve it), each by the provenance the reads give it.
 */
record UnitMarks(boolean unit, Set<String> chefRoles, Set<String> holders, List<Service> services) {

    /** A nämnd the unit serves on the date, and whether that service rests on an illustrative decision. */
    record Service(String committeeId, String name, boolean illustrative) {
    }

    static UnitMarks of(UnitView unit, CommitteesView committees) {
        Provenance own = unit.provenance().units().get(unit.id());
        List<Service> services = new ArrayList<>();
        for (CommitteeView committee : committees.committees()) {
            if (committee.servedBy().stream().anyMatch(server -> server.id().equals(unit.id()))) {
                Provenance service = committee.provenance().servedBy().get(unit.id());
                services.add(new Service(committee.id(), committee.name(), service != null && service.illustrative()));
            }
        }
        return new UnitMarks(own != null && own.illustrative(),
                ProvenanceMarks.illustrative(unit.provenance().chefRoles()),
                ProvenanceMarks.illustrative(unit.provenance().holders()), List.copyOf(services));
    }
}
