package se.reorgledger.core.decision;

import java.time.LocalDate;
import se.reorgledger.core.change.OrganisationEvent;

/**
 * A step in the life of a recorded decision after it was taken: its protocol justerat, its anslag posted, an
 * appeal, the court's ruling, laga kraft, its revocation. Each is dated; the ledger learns it when recorded.
 */
public interface DecisionLifecycleEvent extends OrganisationEvent {

    String decisionId();

    /** The day the step happened. */
    LocalDate happenedOn();
}
