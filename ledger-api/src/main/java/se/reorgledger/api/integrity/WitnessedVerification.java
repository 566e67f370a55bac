package se.reorgledger.api.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import se.reorgledger.integrity.chain.Verification;

/** A verification of the ledger, with what its witness showed at start. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WitnessedVerification(@JsonUnwrapped Verification verification, Object witness) {
}
