package se.reorgledger.core.chef;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.Establishment;

@Revision("1")
public record ChefRoleEstablishedEvent(
        String organisationId,
        String chefRoleId,
        String unitId,
        String title,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements ChefRoleChangeEvent, Establishment {

    @Override
    public ChefRoleState applyTo(ChefRoleState prior, LocalDate on) {
        return new ChefRoleState(chefRoleId, unitId, title, on, null, null, false);
    }

    @Override
    public String establishedId() {
        return chefRoleId;
    }
}
