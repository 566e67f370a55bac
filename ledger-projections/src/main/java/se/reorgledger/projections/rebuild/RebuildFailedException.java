package se.reorgledger.projections.rebuild;

import se.reorgledger.core.recording.RecordedEvent;

/** A rebuild stopped at an event its fresh projection could not apply; the live projection stays as it was. */
public class RebuildFailedException extends RuntimeException {

    private final long position;

    private RebuildFailedException(long position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    static RebuildFailedException at(RecordedEvent event, RuntimeException cause) {
        String type = event.payload() == null ? "an event" : event.payload().getClass().getSimpleName();
        return new RebuildFailedException(event.position(), "the rebuild cannot apply the event at position "
                + event.position() + " (" + type + " " + event.eventId() + "): " + cause, cause);
    }

    public long position() {
        return position;
    }
}
