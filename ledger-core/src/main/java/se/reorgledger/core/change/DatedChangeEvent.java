package se.reorgledger.core.change;

import java.time.LocalDate;

/** A change to the organisation that takes effect on a local date in Sweden. */
public interface DatedChangeEvent extends ChangeEvent {

    LocalDate effectiveDate();
}
