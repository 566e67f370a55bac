package se.reorgledger.projections.index;

import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.organisation.ChangePackageRecordedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;

/** The organisation an event belongs to; the event types share the field but not an interface. */
public final class OrganisationIdOf {

    private OrganisationIdOf() {
    }

    /** The organisation's id, or null for an event that belongs to none this projection knows. */
    public static String event(Object payload) {
        if (payload instanceof ChangeEvent change) {
            return change.organisationId();
        }
        if (payload instanceof DecisionRecordedEvent decision) {
            return decision.organisationId();
        }
        if (payload instanceof PersonRegisteredEvent person) {
            return person.organisationId();
        }
        if (payload instanceof PersonNameCorrectedEvent person) {
            return person.organisationId();
        }
        if (payload instanceof ChangePackageRecordedEvent closed) {
            return closed.organisationId();
        }
        if (payload instanceof OrganisationRegisteredEvent registered) {
            return registered.organisationId();
        }
        return null;
    }
}
