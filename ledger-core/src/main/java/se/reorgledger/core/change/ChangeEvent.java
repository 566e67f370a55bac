package se.reorgledger.core.change;

/**
 * An event that a decision caused. Every such event has an identifier of its own within the ledger
 * ({@code <decisionId>.<n>}), so that a later decision can correct or annul exactly that change.
 */
public interface ChangeEvent extends OrganisationEvent {

    String changeId();

    String decisionId();
}
