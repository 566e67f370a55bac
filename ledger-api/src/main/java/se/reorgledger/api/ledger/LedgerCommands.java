package se.reorgledger.api.ledger;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import se.reorgledger.api.config.LedgerMetaData;

/**
 * Sends commands to the ledger in the name of the current principal. Two packages for one organisation may
 * race; the loser's append conflicts on the organisation's sequence, and it is simply checked again against
 * the winner's changes, a few times, before the conflict is reported.
 */
@Component
public class LedgerCommands {

    private static final int ATTEMPTS = 4;

    private final CommandGateway gateway;
    private final CurrentPrincipal principal;

    public LedgerCommands(CommandGateway gateway, CurrentPrincipal principal) {
        this.gateway = gateway;
        this.principal = principal;
    }

    public <R> R send(Object command) {
        return send(command, principal.name());
    }

    public <R> R send(Object command, String principalName) {
        MetaData metaData = MetaData.from(Map.of(LedgerMetaData.PRINCIPAL, principalName));
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(new GenericCommandMessage<>(command, metaData));
            } catch (AggregateStreamCreationException e) {
                throw e;
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
