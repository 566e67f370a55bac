package se.reorgledger.core.organisation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

/**
 * The changes one decision makes, recorded all or none. With {@code dryRun} the package is checked and its
 * outcome returned, and nothing is recorded. With {@code expectedVersion} it is recorded only if the organisation
 * is still at that version (its last event's sequence number): nothing was recorded for it since the sender looked.
 */
public record RecordChangePackageCommand(@TargetAggregateIdentifier String organisationId, String decisionId,
                                         List<Change> changes, boolean dryRun,
                                         @TargetAggregateVersion Long expectedVersion) {

    /** A package recorded whatever was recorded for the organisation before it. */
    public RecordChangePackageCommand(String organisationId, String decisionId, List<Change> changes,
                                      boolean dryRun) {
        this(organisationId, decisionId, changes, dryRun, null);
    }

    public RecordChangePackageCommand {
        Require.id("decisionId", decisionId);
        Require.present("changes", changes);
        if (changes.isEmpty()) {
            throw new InvalidChangeException("changes", "a package holds at least one change");
        }
        for (int i = 0; i < changes.size(); i++) {
            Require.present("changes[" + i + "]", changes.get(i));
        }
        changes = List.copyOf(changes);
    }
}
