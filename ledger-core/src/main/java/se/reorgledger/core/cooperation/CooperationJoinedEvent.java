package se.reorgledger.core.cooperation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.Establishment;

/**
 * The kommun takes part in a cooperation with other kommuner (Sydnärke IT): not a unit of its organisation nor a
 * nämnd it hosts, but an agreement through which work is done together, often hosted by another kommun.
 */
@Revision("1")
public record CooperationJoinedEvent(
        String organisationId,
        String cooperationId,
        String name,
        String scope,
        String host,
        String partners,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CooperationChangeEvent, Establishment {

    @Override
    public CooperationState applyTo(CooperationState prior, LocalDate on) {
        return new CooperationState(cooperationId, name, scope, host, partners, on, null);
    }

    @Override
    public String establishedId() {
        return cooperationId;
    }
}
