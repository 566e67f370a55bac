package se.reorgledger.api.ledger;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import se.reorgledger.api.config.LedgerMetaData;
import se.reorgledger.api.readmodel.ReadModelFreshness;

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
    private final ReadModelFreshness freshness;

    public LedgerCommands(CommandGateway gateway, CurrentPrincipal principal, ReadModelFreshness freshness) {
        this.gateway = gateway;
        this.principal = principal;
        this.freshness = freshness;
    }

    /** Sends the command and, once it is recorded, waits for the read models to show it (read-your-writes). */
    public <R> R send(Object command) {
        R result = send(command, principal.name());
        freshness.awaitLedgerHead();
        return result;
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
