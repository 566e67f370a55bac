package se.reorgledger.projections.restatement;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import se.reorgledger.core.assignment.AssignmentChangeEvent;
import se.reorgledger.core.assignment.AssignmentState;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeChangeEvent;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.cooperation.CooperationChangeEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * A kind of entity the organisation holds: its timelines, the changes that touch it, when a state of it takes
 * part in the organisation on a date (a unit not dissolved, a role not ended, a cooperation not left) and what it
 * is called. A state out of force and no state at all are the same to the organisation on that date.
 */
record EntityKind<S>(String name, Class<? extends DatedChangeEvent> changes,
                     Function<OrganisationIndex, Collection<EntityTimeline<S>>> timelines, Predicate<S> inForce,
                     Function<S, String> label) {

    static final List<EntityKind<?>> ALL = List.of(
            new EntityKind<>("unit", UnitChangeEvent.class, OrganisationIndex::units,
                    (UnitState unit) -> !unit.isDissolved(), UnitState::name),
            new EntityKind<>("chefRole", ChefRoleChangeEvent.class, OrganisationIndex::chefRoles,
                    (ChefRoleState role) -> !role.isEnded(), ChefRoleState::title),
            new EntityKind<>("committee", CommitteeChangeEvent.class, OrganisationIndex::committees,
                    (CommitteeState committee) -> !committee.isDissolved(), CommitteeState::name),
            new EntityKind<>("assignment", AssignmentChangeEvent.class, OrganisationIndex::assignments,
                    (AssignmentState assignment) -> true, AssignmentState::title),
            new EntityKind<>("cooperation", CooperationChangeEvent.class, OrganisationIndex::cooperations,
                    (CooperationState cooperation) -> !cooperation.isLeft(), CooperationState::name));

    /** The state if it takes part in the organisation, else null. */
    S standing(S state) {
        return state == null || !inForce.test(state) ? null : state;
    }

    static EntityKind<?> of(DatedChangeEvent change) {
        for (EntityKind<?> kind : ALL) {
            if (kind.changes().isInstance(change)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no entity kind for " + change.getClass().getSimpleName());
    }
}
