package se.reorgledger.core.committee;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.Establishment;

/** A nämnd, KF or KS is registered in the ledger; for a gemensam nämnd this kommun is the host. */
@Revision("1")
public record CommitteeRegisteredEvent(
        String organisationId,
        String committeeId,
        String name,
        CommitteeType type,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CommitteeChangeEvent, Establishment {

    @Override
    public CommitteeState applyTo(CommitteeState prior, LocalDate on) {
        return new CommitteeState(committeeId, name, type, on, null, List.of(), List.of(), List.of());
    }

    @Override
    public String establishedId() {
        return committeeId;
    }
}
