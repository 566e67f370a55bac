package se.reorgledger.core.cooperation;

import java.time.LocalDate;

/**
 * A cooperation with other kommuner that this kommun takes part in, hosted by a kommun of its own choosing or by
 * another: what it shares, who hosts it, who else takes part, since when, and until when.
 */
public record CooperationState(
        String id,
        String name,
        String scope,
        String host,
        String partners,
        LocalDate joinedOn,
        LocalDate leftOn) {

    public boolean isLeft() {
        return leftOn != null;
    }

    public CooperationState left(LocalDate on) {
        return new CooperationState(id, name, scope, host, partners, joinedOn, on);
    }
}
