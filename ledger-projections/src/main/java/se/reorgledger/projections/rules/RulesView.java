package se.reorgledger.projections.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.reorgledger.projections.provenance.Provenance;

/**
 * Where the organisation of a date departs from the PM's guidelines, as known at a time; {@code provenance}:
 * where each subject of a finding (a unit or chef role, by its id) comes from.
 */
public record RulesView(String organisation, LocalDate asOf, Instant knownAt, List<RuleFinding> findings,
                        Map<String, Provenance> provenance) {
}
