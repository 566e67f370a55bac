package se.reorgledger.projections.committees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The nämnder on a date as known at a time, in Swedish name order. */
public record CommitteesView(String organisation, LocalDate asOf, Instant knownAt, List<CommitteeView> committees) {
}
