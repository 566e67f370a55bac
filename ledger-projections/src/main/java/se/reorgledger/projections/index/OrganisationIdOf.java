package se.reorgledger.projections.index;

import se.reorgledger.core.change.OrganisationEvent;

/** The organisation an event belongs to. */
public final class OrganisationIdOf {

    private OrganisationIdOf() {
    }

    /** The organisation's id, or null for an event that belongs to none this projection knows. */
    public static String event(Object payload) {
        return payload instanceof OrganisationEvent event ? event.organisationId() : null;
    }
}
