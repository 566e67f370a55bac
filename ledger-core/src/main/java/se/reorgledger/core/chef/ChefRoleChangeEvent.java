package se.reorgledger.core.chef;

import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one chef role and nothing else. */
public interface ChefRoleChangeEvent extends DatedChangeEvent {

    String chefRoleId();

    /** The role after this change; {@code prior} is null only for the change that establishes it. */
    ChefRoleState applyTo(ChefRoleState prior);
}
