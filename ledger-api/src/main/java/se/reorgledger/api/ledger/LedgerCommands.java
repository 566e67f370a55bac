package se.reorgledger.api.ledger;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import se.reorgledger.api.config.LedgerMetaData;
import se.reorgledger.api.readmodel.ReadModelFreshness;
import se.reorgledger.api.store.OtherWriters;
import se.reorgledger.api.store.StoreConnections;
import se.reorgledger.api.store.TransientStoreFault;

/**
 * Sends commands to the ledger in the name of the current principal. Two packages for one organisation may
 * race; the loser's append conflicts on the organisation's sequence, and it is simply checked again against
 * the winner's changes, a few times, before the conflict is reported. A command that meets the database in a bad
 * moment (a lost connection, a deadlock) is sent again after a short back-off, and after a lost connection the
 * pool's other connections are replaced first, since they are most likely lost too; if that keeps failing the client is
 * told 503. Sending again is safe: a package is recognised by its digest and recorded at most once. A command
 * refused while other nodes write to the same ledger is decided once more on the stored state (see
 * {@link OtherWriters}).
 */
@Component
public class LedgerCommands {

    private static final int ATTEMPTS = 4;
    /** Back-offs of 50, 100, 200, 400 and 800 ms: a store that is back within about 1.5 s loses no write. */
    private static final int ATTEMPTS_AT_A_TRANSIENT_FAULT = 6;
    private static final long FIRST_BACK_OFF_MILLIS = 50;

    private final CommandGateway gateway;
    private final CurrentPrincipal principal;
    private final ReadModelFreshness freshness;
    private final OtherWriters otherWriters;
    private final StoreConnections connections;

    public LedgerCommands(CommandGateway gateway, CurrentPrincipal principal, ReadModelFreshness freshness,
                          OtherWriters otherWriters, StoreConnections connections) {
        this.connections = connections;
        this.gateway = gateway;
        this.principal = principal;
        this.freshness = freshness;
        this.otherWriters = otherWriters;
    }

    /** Sends the command and, once it is recorded, waits for the read models to show it (read-your-writes). */
    public <R> R send(Object command) {
        R result = send(command, principal.name());
        freshness.awaitLedgerHead();
        return result;
    }

    public <R> R send(Object command, String principalName) {
        MetaData metaData = MetaData.from(Map.of(LedgerMetaData.PRINCIPAL, principalName));
        boolean checkedAgain = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(new GenericCommandMessage<>(command, metaData));
            } catch (AggregateStreamCreationException | ConflictingAggregateVersionException e) {
                throw e;
            } catch (ConcurrencyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            } catch (RuntimeException e) {
                if (TransientStoreFault.isTransient(e)) {
                    if (attempt >= ATTEMPTS_AT_A_TRANSIENT_FAULT) {
                        throw e;
                    }
                    if (TransientStoreFault.isConnectionLoss(e)) {
                        connections.discardAfterConnectionLoss();
                    }
                    backOff(attempt);
                } else if (checkedAgain || !othersMayHaveWritten()) {
                    throw e;
                } else {
                    // Refused, perhaps on a cached organisation another node has changed since; the refusal
                    // evicted it, so the command is decided once more on the stored state.
                    checkedAgain = true;
                }
            }
        }
    }

    private boolean othersMayHaveWritten() {
        try {
            return otherWriters.mayHaveWritten();
        } catch (RuntimeException cannotTell) {
            return false;
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(FIRST_BACK_OFF_MILLIS << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
