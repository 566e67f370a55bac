package se.reorgledger.projections.index;

import se.reorgledger.core.person.PersonNameCorrectedEvent;

/** A correction of a name in the person register, with its reason and who recorded it when. */
public final class NameCorrectionEntry extends RecordedFacts {

    private final PersonNameCorrectedEvent event;

    NameCorrectionEntry(PersonNameCorrectedEvent event, long position, String eventId, int epoch, String principal) {
        super(position, eventId, epoch, principal);
        this.event = event;
    }

    public PersonNameCorrectedEvent event() {
        return event;
    }
}
