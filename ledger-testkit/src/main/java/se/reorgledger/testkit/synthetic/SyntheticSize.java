package se.reorgledger.testkit.synthetic;

/**
 * The sizes of synthetic ledger the benchmarks use: S and M are one organisation each; L is 900 organisations of
 * varied size (a few small kommuner, some large) that interleave in one ledger, as in a shared service.
 */
public enum SyntheticSize {
    S(1, 15_000, 500),
    M(1, 250_000, 5_000),
    L(900, 11_000_000, 0);

    private final int organisations;
    private final long events;
    private final int units;

    SyntheticSize(int organisations, long events, int units) {
        this.organisations = organisations;
        this.events = events;
        this.units = units;
    }

    public int organisations() {
        return organisations;
    }

    /** About how many events the whole ledger holds. */
    public long events() {
        return events;
    }

    /** About how many units each organisation establishes; for L it follows from each kommun's size. */
    public int units() {
        return units;
    }
}
