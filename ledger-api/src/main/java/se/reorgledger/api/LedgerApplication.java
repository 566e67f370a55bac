package se.reorgledger.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.reorgledger.api.cli.JarCommands;

/** The reorganisation ledger service. */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        // A municipality's ledger does not report its use to a framework vendor.
        System.setProperty("axoniq.update-checker.disabled", "true");
        var command = new JarCommands(LedgerApplication.class).find(args);
        if (command.isPresent()) {
            System.exit(JarCommands.run(command.get(), args, System.out, System.err));
        }
        SpringApplication.run(LedgerApplication.class, args);
    }
}
