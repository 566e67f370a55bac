package se.reorgledger.core.cooperation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The kommun leaves a cooperation it took part in. */
@Revision("1")
public record CooperationLeftEvent(
        String organisationId,
        String cooperationId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CooperationChangeEvent {

    @Override
    public CooperationState applyTo(CooperationState prior, LocalDate on) {
        return prior == null ? null : prior.left(on);
    }
}
