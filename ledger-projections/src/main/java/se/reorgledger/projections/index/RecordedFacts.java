package se.reorgledger.projections.index;

/** The recording of one stored event, kept compactly: the epoch stands for its recorded time. */
abstract class RecordedFacts {

    final long position;
    final Object eventId;
    final int epoch;
    final String principal;

    RecordedFacts(long position, String eventId, int epoch, String principal) {
        this.position = position;
        this.eventId = EventId.compact(eventId);
        this.epoch = epoch;
        this.principal = principal;
    }

    public long position() {
        return position;
    }

    public int epoch() {
        return epoch;
    }

    public Recording recording(RecordedTimes times) {
        return new Recording(position, EventId.text(eventId), times.at(epoch), principal);
    }
}
