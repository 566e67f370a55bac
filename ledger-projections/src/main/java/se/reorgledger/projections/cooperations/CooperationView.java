package se.reorgledger.projections.cooperations;

import java.time.LocalDate;
import se.reorgledger.projections.history.DecisionRef;

/** A cooperation the kommun takes part in on a date: what it shares, its host, the others, and since when. */
public record CooperationView(String id, String name, String scope, String host, String partners,
                              LocalDate joinedOn, DecisionRef joinedBy) {
}
