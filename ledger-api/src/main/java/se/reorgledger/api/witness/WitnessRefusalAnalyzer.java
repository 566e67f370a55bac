package se.reorgledger.api.witness;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start as what was found and what to do, not as a stack trace. */
public class WitnessRefusalAnalyzer extends AbstractFailureAnalyzer<WitnessRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WitnessRefusal cause) {
        return new FailureAnalysis("The ledger refuses to start. " + cause.getMessage(), cause.action(), cause);
    }
}
