package se.reorgledger.core.cooperation;

import java.time.LocalDate;
import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one cooperation and nothing else. */
public interface CooperationChangeEvent extends DatedChangeEvent {

    String cooperationId();

    /** The cooperation after this change; {@code prior} is null only for the change that joins it. */
    CooperationState applyTo(CooperationState prior, LocalDate on);
}
