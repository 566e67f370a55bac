package se.reorgledger.projections.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.rules.GuidelineFinding;

/** Where the organisation of a date departs from the PM's guidelines, as known at a time. */
public record RulesView(String organisation, LocalDate asOf, Instant knownAt, List<GuidelineFinding> findings) {
}
