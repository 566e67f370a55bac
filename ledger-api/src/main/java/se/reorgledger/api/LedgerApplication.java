package se.reorgledger.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The reorganisation ledger service. */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        // A municipality's ledger does not report its use to a framework vendor.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(LedgerApplication.class, args);
    }
}
