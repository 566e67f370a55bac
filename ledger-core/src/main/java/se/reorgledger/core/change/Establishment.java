package se.reorgledger.core.change;

/**
 * A change (requested or recorded) that brings a unit, chef role, nämnd or uppdrag into being under a new
 * identifier, which the ledger never lets be reused.
 */
public interface Establishment {

    String establishedId();
}
