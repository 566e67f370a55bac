package se.reorgledger.projections.diff;

import se.reorgledger.core.committee.CommitteeType;

/** A nämnd registered or dissolved between the two dates, named as of the date on which it stood. */
public record CommitteeDifference(String id, String name, CommitteeType type, Cause cause) {
}
