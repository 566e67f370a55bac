package se.reorgledger.projections.history;

import java.time.Instant;
import java.util.List;

/** Every change that touched a unit, its chef roles or its service to nämnder, in effective order. */
public record UnitHistoryView(String organisation, String unitId, Instant knownAt, List<ChangeView> changes) {
}
