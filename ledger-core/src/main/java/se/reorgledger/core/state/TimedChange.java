package se.reorgledger.core.state;

import java.time.LocalDate;
import se.reorgledger.core.change.DatedChangeEvent;

/**
 * A recorded change placed in time: its effective date as currently known (after any correction) and its
 * position in the ledger, which breaks ties between changes of the same date and phase.
 */
public record TimedChange(DatedChangeEvent event, LocalDate effectiveDate, long ledgerOrder) {

    public static TimedChange asRecorded(DatedChangeEvent event, long ledgerOrder) {
        return new TimedChange(event, event.effectiveDate(), ledgerOrder);
    }
}
