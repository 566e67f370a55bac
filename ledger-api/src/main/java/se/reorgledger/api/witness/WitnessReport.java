package se.reorgledger.api.witness;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the ledger found at start compared with its witness: {@code consistent} (the witnessed ledger, or an
 * extension of it, with how that was shown), {@code accepted} by an operator who named its head, or
 * {@code none} when there was no witness (a new data folder).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WitnessReport(String outcome, String headAtStart, Witness witness, String proof, String file) {

    WitnessReport in(String path) {
        return new WitnessReport(outcome, headAtStart, witness, proof, path);
    }

    static WitnessReport consistent(String head, Witness witness, String proof) {
        return new WitnessReport("consistent", head, witness, proof, null);
    }

    static WitnessReport accepted(String head, Witness witness) {
        return new WitnessReport("accepted", head, witness, "accepted by LEDGER_ACCEPT_HEAD=" + head, null);
    }

    static WitnessReport noWitness(String head) {
        return new WitnessReport("none", head, null, "no witness was found; one is kept from this start on", null);
    }
}
