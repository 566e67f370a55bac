package se.reorgledger.api.openapi;

/** The OpenAPI wording of provenance, one text for every read that carries it. */
public final class ProvenanceTexts {

    /** How a client tells the sources' facts from illustration. */
    public static final String PROVENANCE = " A `provenance` gives the decisions behind a fact on asOf as known at "
            + "knownAt (its changes in effect, the decisions that corrected their dates, an annulment for the "
            + "change it annulled) and `illustrative: true` when any of them is illustrative: its particulars, "
            + "or the decision itself, are not in the sources. Mark such facts as illustration.";

    /** For reads that cite decisions: each cited decision says whether it is illustrative. */
    public static final String CITED_DECISIONS = " Every decision cited carries `illustrative`: true when its "
            + "particulars, or the decision itself, are not in the sources; the changes and corrections it made "
            + "are then illustration, and a client marks them so.";

    private ProvenanceTexts() {
    }
}
