package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The decision gained laga kraft on a date, as recorded rather than derived from the appeal period. */
@Revision("1")
public record LagaKraftRecordedEvent(String organisationId, String decisionId, LocalDate lagaKraftOn)
        implements DecisionLifecycleEvent {

    @Override
    public LocalDate happenedOn() {
        return lagaKraftOn;
    }
}
