package se.reorgledger.projections.index;

/** The recording of one stored event, kept compactly: the epoch stands for its recorded time. */
abstract class RecordedFacts {

    final long position;
    /** The event id's bits when it is a canonical UUID (see {@link EventId}); any other id is kept as text. */
    private final long eventIdHigh;
    private final long eventIdLow;
    private final String eventIdText;
    private final boolean eventIdIsUuid;
    final int epoch;
    final String principal;

    RecordedFacts(long position, String eventId, int epoch, String principal) {
        this.position = position;
        this.eventIdIsUuid = EventId.isCanonicalUuid(eventId);
        this.eventIdHigh = eventIdIsUuid ? EventId.high(eventId) : 0;
        this.eventIdLow = eventIdIsUuid ? EventId.low(eventId) : 0;
        this.eventIdText = eventIdIsUuid ? null : eventId;
        this.epoch = epoch;
        this.principal = principal;
    }

    /** The facts as {@link #writeFacts} wrote them into a checkpoint. */
    RecordedFacts(CheckpointInput in) throws java.io.IOException {
        this.position = in.readLong();
        this.eventIdIsUuid = in.readBoolean();
        this.eventIdHigh = eventIdIsUuid ? in.readLong() : 0;
        this.eventIdLow = eventIdIsUuid ? in.readLong() : 0;
        this.eventIdText = eventIdIsUuid ? null : (String) in.readValue();
        this.epoch = in.readInt();
        this.principal = (String) in.readValue();
    }

    void writeFacts(CheckpointOutput out) throws java.io.IOException {
        out.writeLong(position);
        out.writeBoolean(eventIdIsUuid);
        if (eventIdIsUuid) {
            out.writeLong(eventIdHigh);
            out.writeLong(eventIdLow);
        } else {
            out.writeValue(eventIdText);
        }
        out.writeInt(epoch);
        out.writeValue(principal);
    }

    public long position() {
        return position;
    }

    public int epoch() {
        return epoch;
    }

    /** The identifier of the event, as it was recorded. */
    String eventId() {
        return eventIdIsUuid ? EventId.text(eventIdHigh, eventIdLow) : eventIdText;
    }

    /** Feeds the event id to a digest as {@code digest.add(eventId())} would, without making a UUID's text. */
    void eventIdTo(ContentDigest digest) {
        if (eventIdIsUuid) {
            digest.addUuid(eventIdHigh, eventIdLow);
        } else {
            digest.add(eventIdText);
        }
    }

    public Recording recording(RecordedTimes times) {
        return new Recording(position, eventId(), times.at(epoch), principal);
    }
}
