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
    private CorrectionEntry[] corrections = NONE;

    ChangeEntry(DatedChangeEvent event, long position, String eventId, int epoch, String principal) {
        super(position, eventId, epoch, principal);
        this.event = event;
    }

    public DatedChangeEvent event() {
        return event;
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
        LocalDate date = event.effectiveDate();
        for (CorrectionEntry correction : corrections) {
            if (correction.epoch <= epoch && correction.correctedDate() != null) {
                date = correction.correctedDate();
            }
        }
        return date;
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
