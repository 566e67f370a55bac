package se.reorgledger.core.chef;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The chef role is abolished (chefsuppdraget upphör); whoever held it no longer does. */
@Revision("1")
public record ChefRoleEndedEvent(
        String organisationId,
        String chefRoleId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements ChefRoleChangeEvent {

    @Override
    public ChefRoleState applyTo(ChefRoleState prior, LocalDate on) {
        return prior.ended(on);
    }
}
