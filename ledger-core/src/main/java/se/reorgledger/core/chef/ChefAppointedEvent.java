package se.reorgledger.core.chef;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A person takes up a chef role. The person is named by id; the name lives in the person register. */
@Revision("1")
public record ChefAppointedEvent(
        String organisationId,
        String chefRoleId,
        String personId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements ChefRoleChangeEvent {

    @Override
    public ChefRoleState applyTo(ChefRoleState prior, LocalDate on) {
        return prior.withHolder(personId);
    }
}
