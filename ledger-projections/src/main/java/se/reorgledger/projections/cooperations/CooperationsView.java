package se.reorgledger.projections.cooperations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The cooperations with other kommuner that the kommun takes part in on a date, as known at a time. */
public record CooperationsView(String organisation, LocalDate asOf, Instant knownAt,
                               List<CooperationView> cooperations) {
}
