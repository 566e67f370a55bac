package se.reorgledger.core.committee;

import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one nämnd and nothing else. */
public interface CommitteeChangeEvent extends DatedChangeEvent {

    String committeeId();

    /** The nämnd after this change; {@code prior} is null only for the change that registers it. */
    CommitteeState applyTo(CommitteeState prior);
}
