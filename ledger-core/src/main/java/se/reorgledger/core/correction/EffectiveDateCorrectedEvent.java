package se.reorgledger.core.correction;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The earlier change takes effect on another date than was recorded. */
@Revision("1")
public record EffectiveDateCorrectedEvent(
        String organisationId,
        String targetChangeId,
        LocalDate effectiveDate,
        String reason,
        String decisionId,
        String changeId) implements CorrectionEvent {
}
