package se.reorgledger.projections.provenance;

import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.projections.index.EntityTimeline;

/**
 * The provenance of a chef role on a date, told apart for the role and for who holds it: a role the sources
 * state may have a holder that only an illustrative decision names, or the reverse. {@code holder} is the
 * appointment (or leaving) that made the holding what it is; null while the role has no holder.
 */
public record ChefRoleProvenance(Provenance role, Provenance holder) {

    public static ChefRoleProvenance of(Provenances provenances, EntityTimeline<ChefRoleState> timeline,
                                        ChefRoleState role) {
        return new ChefRoleProvenance(provenances.of(timeline), role.isVacant() ? null
                : holder(provenances, timeline, role));
    }

    /** The provenance of who holds the role: the appointment (or leaving) that made the holding what it is. */
    public static Provenance holder(Provenances provenances, EntityTimeline<ChefRoleState> timeline,
                                    ChefRoleState role) {
        return provenances.holding(timeline);
    }
}
