package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one nämnd and nothing else. */
public interface CommitteeChangeEvent extends DatedChangeEvent {

    String committeeId();

    /**
     * The nämnd after this change; {@code prior} is null only for the change that registers it.
     * {@code on} is the date the change takes effect as currently known: a correction may have moved it
     * from the event's own {@code effectiveDate}, and the state must say when things began and ended.
     */
    CommitteeState applyTo(CommitteeState prior, LocalDate on);
}
