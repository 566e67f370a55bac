package se.reorgledger.api.integrity.offline;

import java.util.List;
import se.reorgledger.api.cli.JarCommand;

/** The auditor's commands of the jar: they need neither the service nor a database, and start no Spring. */
public final class OfflineCommands {

    public static final List<JarCommand> ALL = List.of(new VerifyExportCommand(), new VerifyProofCommand(),
            new VerifyConsistencyCommand());

    private OfflineCommands() {
    }
}
