package se.reorgledger.api.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.reorgledger.projections.provenance.Provenance;

/** Which facts of a read a page marks "illustrativ": those whose provenance names an illustrative decision. */
final class ProvenanceMarks {

    private ProvenanceMarks() {
    }

    /** The keys (unit, chef role, nämnd ids...) whose provenance is illustrative. */
    static Set<String> illustrative(Map<String, Provenance> provenance) {
        return provenance.entrySet().stream().filter(entry -> entry.getValue() != null
                && entry.getValue().illustrative()).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
