package se.reorgledger.core.chef;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The holder leaves the chef role, which stays and becomes vacant. */
@Revision("1")
public record ChefLeftEvent(
        String organisationId,
        String chefRoleId,
        String personId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements ChefRoleChangeEvent {

    @Override
    public ChefRoleState applyTo(ChefRoleState prior, LocalDate on) {
        return prior.withHolder(null);
    }
}
