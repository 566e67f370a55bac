package se.reorgledger.projections.cooperations;

import java.time.LocalDate;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.provenance.Provenance;

/**
 * A cooperation the kommun takes part in on a date: what it shares, its host, the others, and since when;
 * {@code provenance}: the decisions behind it on that date, illustrative when one of them is.
 */
public record CooperationView(String id, String name, String scope, String host, String partners,
                              LocalDate joinedOn, DecisionRef joinedBy, Provenance provenance) {
}
