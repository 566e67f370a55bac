package se.reorgledger.api.it;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract every store runs (the embedded default, PostgreSQL), each in a subclass giving its settings: one
 * ledger for the class, with an organisation registered, stopped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    RunningLedger ledger;

    abstract Map<String, Object> settings();

    /** The organisation the contract works in; registered before its tests. */
    abstract String organisation();

    /** Settings the contract itself needs, beside the store's. */
    Map<String, Object> contractSettings() {
        return Map.of();
    }

    @BeforeAll
    void startLedger() {
        Map<String, Object> settings = new HashMap<>(settings());
        settings.putAll(contractSettings());
        ledger = RunningLedger.start(settings);
        RunningLedger.Response registered = ledger.post("/api/v1/organisations",
                "{\"id\":\"%s\",\"name\":\"%s kommun\"}".formatted(organisation(), organisation()));
        if (registered.status() != 201) {
            throw new IllegalStateException("could not register " + organisation() + ": " + registered);
        }
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }
}
