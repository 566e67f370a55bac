package se.reorgledger.core.document;

/**
 * The part of a decision's record a document belongs to: the decision itself, a recorded step of its life, or
 * a reglemente version the decision adopted. The names are published: once in use, never renamed.
 */
public enum DocumentPart {
    decision,
    justering,
    anslag,
    appeal,
    ruling,
    lagaKraft,
    revocation,
    reglemente
}
