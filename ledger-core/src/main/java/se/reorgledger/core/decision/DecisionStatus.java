package se.reorgledger.core.decision;

/** Where a decision stands in its life, from what the ledger has recorded of it. */
public enum DecisionStatus {
    decided,
    justerat,
    anslagPosted,
    appealed,
    upheld,
    quashedInPart,
    quashed,
    lagaKraft,
    revoked
}
