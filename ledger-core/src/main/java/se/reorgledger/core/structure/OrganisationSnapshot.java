package se.reorgledger.core.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.unit.UnitState;

/** The organisation as it stands on one date: what exists, and nothing that has been dissolved or ended. */
public interface OrganisationSnapshot {

    String rootId();

    Optional<UnitState> unit(String unitId);

    Collection<UnitState> units();

    List<UnitState> children(String unitId);

    List<ChefRoleState> chefRoles(String unitId);

    Collection<CommitteeState> committees();

    /** The person's name as the register knows it, or null for an id the register does not hold. */
    String personName(String personId);
}
