package se.reorgledger.projections.calendar;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.projections.history.DecisionRef;

/** A date on which the organisation changed: how many standing changes took effect, and their decisions. */
public record ChangeDay(LocalDate date, int changes, List<DecisionRef> decisions) {
}
