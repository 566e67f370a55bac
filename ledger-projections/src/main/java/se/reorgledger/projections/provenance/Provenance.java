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

    /**
     * What a reader keeps of this provenance, such as its JSON, found in one read: an as-of structure carries
     * thousands of provenances, and looking each one's JSON up in a map by value was a tenth of answering it. The
     * organisation's equal provenances are one object (its shared answers), so a value kept here serves every read
     * that meets it. Null until {@link #keep}; never part of the value (not in equals, hash or JSON).
     */
    public Object kept() {
        return ((DecisionIds) decisions).kept(illustrative);
    }

    /**
     * Keeps {@code kept} for {@link #kept}, held by this provenance's decision list (a record has no other place
     * for it) for as long as that list lives. It must be immutable and derived from the value alone, since equal
     * provenances may share the list; a later keep replaces it.
     */
    public void keep(Object kept) {
        ((DecisionIds) decisions).keep(illustrative, kept);
    }
}
