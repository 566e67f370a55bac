package se.reorgledger.core.change;

/**
 * One change requested in a decision's package, before it is recorded. It becomes exactly one event; the
 * decision and the change identifier are given by the package.
 */
public interface Change {

    ChangeEvent toEvent(String organisationId, String decisionId, String changeId);
}
