package se.reorgledger.core.chef;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ChefRoleEstablishedEvent(
        String organisationId,
        String chefRoleId,
        String unitId,
        String title,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements ChefRoleChangeEvent {

    @Override
    public ChefRoleState applyTo(ChefRoleState prior, LocalDate on) {
        return new ChefRoleState(chefRoleId, unitId, title, on, null, null);
    }
}
