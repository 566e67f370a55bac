package se.reorgledger.core.unit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Whether the unit exercises public authority (myndighetsutövning). */
@Revision("1")
public record UnitAuthorityStatusSetEvent(
        String organisationId,
        String unitId,
        boolean authority,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements UnitChangeEvent {

    @Override
    public UnitState applyTo(UnitState prior, LocalDate on) {
        return prior.withAuthority(authority);
    }
}
