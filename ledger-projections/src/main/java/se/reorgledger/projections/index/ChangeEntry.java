package se.reorgledger.projections.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.state.TimedChange;

/**
 * A recorded dated change and the corrections recorded against it since, so that its effective date and
 * whether it stands can be read as known at any epoch.
 */
public final class ChangeEntry extends RecordedFacts {

    private static final CorrectionEntry[] NONE = new CorrectionEntry[0];

    private final DatedChangeEvent event;
    // The event's type and day, kept beside it: a diff sifts tens of thousands of entries by these alone, and
    // reading them from the entry spares a trip to the event for every one.
    private final Class<? extends DatedChangeEvent> eventType;
    private final int effectiveDay;
    private CorrectionEntry[] corrections = NONE;

    ChangeEntry(DatedChangeEvent event, long position, String eventId, int epoch, String principal) {
        super(position, eventId, epoch, principal);
        this.event = event;
        this.eventType = event.getClass();
        this.effectiveDay = Days.of(event.effectiveDate());
    }

    /** The entry as {@link #writeTo} wrote it, with its corrections. */
    ChangeEntry(CheckpointInput in) throws java.io.IOException {
        super(in);
        this.event = (DatedChangeEvent) in.readValue();
        this.eventType = event.getClass();
        this.effectiveDay = Days.of(event.effectiveDate());
        int count = in.readCount();
        this.corrections = count == 0 ? NONE : new CorrectionEntry[count];
        for (int i = 0; i < count; i++) {
            corrections[i] = new CorrectionEntry(in, this);
        }
    }

    /** Writes the entry and its corrections (the event's type and day follow from the event). */
    void writeTo(CheckpointOutput out) throws java.io.IOException {
        writeFacts(out);
        out.writeValue(event);
        out.writeInt(corrections.length);
        for (CorrectionEntry correction : corrections) {
            correction.writeTo(out);
        }
    }

    /** The corrections recorded against this change, in ledger order, at every epoch. */
    CorrectionEntry[] corrections() {
        return corrections;
    }

    public DatedChangeEvent event() {
        return event;
    }

    public Class<? extends DatedChangeEvent> eventType() {
        return eventType;
    }

    void correctedBy(CorrectionEntry correction) {
        CorrectionEntry[] more = java.util.Arrays.copyOf(corrections, corrections.length + 1);
        more[corrections.length] = correction;
        corrections = more;
    }

    public boolean knownAt(int epoch) {
        return this.epoch <= epoch;
    }

    /** The effective date that the latest date correction known at {@code epoch} gives, else its own. */
    public LocalDate effectiveDateAt(int epoch) {
        CorrectionEntry moved = latestDateCorrectionAt(epoch);
        return moved == null ? event.effectiveDate() : moved.correctedDate();
    }

    /** {@link #effectiveDateAt} as an epoch day, read from the entry alone while no correction moved it. */
    public int effectiveDayAt(int epoch) {
        CorrectionEntry moved = latestDateCorrectionAt(epoch);
        return moved == null ? effectiveDay : Days.of(moved.correctedDate());
    }

    private CorrectionEntry latestDateCorrectionAt(int epoch) {
        CorrectionEntry latest = null;
        for (CorrectionEntry correction : corrections) {
            if (correction.epoch <= epoch && correction.correctedDate() != null) {
                latest = correction;
            }
        }
        return latest;
    }

    public boolean annulledAt(int epoch) {
        for (CorrectionEntry correction : corrections) {
            if (correction.epoch <= epoch && correction.isAnnulment()) {
                return true;
            }
        }
        return false;
    }

    public List<CorrectionEntry> correctionsAt(int epoch) {
        if (corrections.length == 0) {
            return List.of();
        }
        List<CorrectionEntry> known = new ArrayList<>(corrections.length);
        for (CorrectionEntry correction : corrections) {
            if (correction.epoch <= epoch) {
                known.add(correction);
            }
        }
        return known;
    }

    /** The change placed in time as known at {@code epoch}, ready for {@code ChangePhase.EFFECTIVE_ORDER}. */
    public TimedChange timedAt(int epoch) {
        return new TimedChange(event, effectiveDateAt(epoch), position);
    }
}
