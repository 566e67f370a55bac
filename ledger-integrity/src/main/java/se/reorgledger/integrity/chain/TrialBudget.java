package se.reorgledger.integrity.chain;

/**
 * Trial hashes that the searches pairing rows may still spend, so that a ledger rewritten wholesale cannot make
 * a verification slow; once spent, rows are reported one by one.
 */
final class TrialBudget {

    private long left;

    TrialBudget(long trials) {
        this.left = trials;
    }

    /** Spends one trial hash; false once the budget is gone. */
    boolean spend() {
        return left-- > 0;
    }
}
