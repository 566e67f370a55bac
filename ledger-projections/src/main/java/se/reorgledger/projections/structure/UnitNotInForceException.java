package se.reorgledger.projections.structure;

import java.time.LocalDate;

/**
 * The unit is in the ledger, but not in the organisation on the date asked about: not yet established, or
 * already dissolved. Distinct from an unknown unit, so the reader learns when it did exist.
 */
public class UnitNotInForceException extends RuntimeException {

    private final String unitId;
    private final LocalDate asOf;

    public UnitNotInForceException(String unitId, LocalDate asOf, String explanation) {
        super(explanation);
        this.unitId = unitId;
        this.asOf = asOf;
    }

    public String unitId() {
        return unitId;
    }

    public LocalDate asOf() {
        return asOf;
    }
}
