package se.reorgledger.projections.index;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.unit.UnitState;

/**
 * One unit in force in a {@link SnapshotAt}, with what a read of the whole tree asks about it: its timeline, its
 * children in Swedish order and its chef roles with theirs. A read walks these instead of looking each unit,
 * role and timeline up by id again and again. Belongs to one read on one thread.
 */
public final class UnitAt {

    private static final List<UnitAt> NO_CHILDREN = List.of();

    private final UnitState unit;
    private final EntityTimeline<UnitState> timeline;
    private final int slot;
    private final int place;
    private List<UnitAt> children = NO_CHILDREN;
    private List<ChefRoleState> chefRoles;
    private List<EntityTimeline<ChefRoleState>> chefRoleTimelines;
    // The places of the chef roles' versions among the slots' copy of them: the first role's alone, as most units
    // have one, and an array when there are several.
    private int firstChefRolePlace;
    private int[] chefRolePlaces;

    UnitAt(UnitState unit, EntityTimeline<UnitState> timeline, int slot, int place) {
        this.unit = unit;
        this.timeline = timeline;
        this.slot = slot;
        this.place = place;
    }

    /** The unit's place among the organisation's units ({@link UnitSlots}). */
    int slot() {
        return slot;
    }

    /** The place of the unit's version among the slots' copy of them ({@link UnitSlots#unitAt}). */
    int place() {
        return place;
    }

    public UnitState unit() {
        return unit;
    }

    public EntityTimeline<UnitState> timeline() {
        return timeline;
    }

    /** The children in force, in Swedish order once the snapshot has placed them (see {@link SnapshotAt#tree}). */
    public List<UnitAt> children() {
        return children;
    }

    void addChild(UnitAt child) {
        if (children == NO_CHILDREN) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    /** The unit's chef roles on the date in the order they were established; null until the snapshot finds them. */
    List<ChefRoleState> chefRolesOrNull() {
        return chefRoles;
    }

    /** The timelines of {@link #chefRolesOrNull}, place by place. */
    public List<EntityTimeline<ChefRoleState>> chefRoleTimelines() {
        return chefRoleTimelines;
    }

    /** The place of the version of chef role {@code role} among the slots' copy of them. */
    int chefRolePlace(int role) {
        return chefRolePlaces == null && role == 0 ? firstChefRolePlace : chefRolePlaces[role];
    }

    /** @param places the places of the roles' versions, or null when there is at most one, at {@code first} */
    void found(List<ChefRoleState> roles, List<EntityTimeline<ChefRoleState>> timelines, int first, int[] places) {
        this.chefRoles = roles;
        this.chefRoleTimelines = timelines;
        this.firstChefRolePlace = first;
        this.chefRolePlaces = places;
    }
}
