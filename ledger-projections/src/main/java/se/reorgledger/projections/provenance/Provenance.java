package se.reorgledger.projections.provenance;

import java.util.List;

/**
 * Where a fact of a read comes from: the decisions behind its state on the date asked about, as known at the
 * time asked about (the changes that made it so and the corrections of those changes), and whether any of them
 * is illustrative, that is, has particulars the sources do not state. A client marks such facts as illustration.
 */
public record Provenance(List<String> decisions, boolean illustrative) {

    public Provenance {
        decisions = DecisionIds.copyOf(decisions);
    }
}
