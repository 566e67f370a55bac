package se.reorgledger.api.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.diff.Appointment;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.diff.ChefRoleDifference;
import se.reorgledger.projections.diff.DiffView;
import se.reorgledger.projections.diff.MovedUnit;
import se.reorgledger.projections.diff.ReglementeInForce;
import se.reorgledger.projections.diff.RenamedUnit;
import se.reorgledger.projections.diff.UnitDifference;
import se.reorgledger.projections.structure.UnitRef;

/**
 * The changes between two dates as known at a moment, read from one state of the read models: the diff, the
 * successors of each dissolved unit (from the unit as it was on the earlier date) and the day each change took
 * effect (from its decision), in the diff's order.
 */
record ChangesBetween(String organisation, LocalDate from, LocalDate to, Instant knownAt, List<ChangeItem> items) {

    static ChangesBetween read(LedgerProjection ledger, String organisationId, LocalDate from, LocalDate to,
                               Instant knownAt) {
        DiffView diff = ledger.diff(organisationId, from, to, knownAt);
        EffectiveDates dates = new EffectiveDates(ledger, organisationId, knownAt);
        List<ChangeItem> items = new ArrayList<>();
        for (UnitDifference unit : diff.established()) {
            items.add(new ChangeItem(ChangeItem.ESTABLISHED, dates.of(unit.cause()), ref(unit), unit.kind(), null,
                    unit.parent(), null, null, null, null, null, null, null, null, null, unit.cause()));
        }
        for (UnitDifference unit : diff.dissolved()) {
            List<UnitRef> successors = ledger.unit(organisationId, unit.id(), from, knownAt).successors();
            items.add(new ChangeItem(ChangeItem.DISSOLVED, dates.of(unit.cause()), ref(unit), unit.kind(),
                    unit.parent(), null, null, successors, null, null, null, null, null, null, null, unit.cause()));
        }
        for (MovedUnit unit : diff.moved()) {
            items.add(new ChangeItem(ChangeItem.MOVED, dates.of(unit.cause()), new UnitRef(unit.id(), unit.name()),
                    null, unit.fromParent(), unit.toParent(), null, null, null, null, null, null, null, null, null,
                    unit.cause()));
        }
        for (RenamedUnit unit : diff.renamed()) {
            items.add(new ChangeItem(ChangeItem.RENAMED, dates.of(unit.cause()), new UnitRef(unit.id(), unit.to()),
                    null, null, null, unit.from(), null, null, null, null, null, null, null, null, unit.cause()));
        }
        roles(items, ChangeItem.CHEF_ROLE_ESTABLISHED, diff.chefRolesEstablished(), dates);
        roles(items, ChangeItem.CHEF_ROLE_ENDED, diff.chefRolesEnded(), dates);
        for (Appointment appointment : diff.appointments()) {
            items.add(new ChangeItem(ChangeItem.APPOINTMENT, dates.of(appointment.cause()), appointment.unit(), null,
                    null, null, null, null, appointment.chefRoleId(), appointment.title(), appointment.from(),
                    appointment.to(), null, null, null, appointment.cause()));
        }
        for (ReglementeInForce reglemente : diff.reglementen()) {
            items.add(new ChangeItem(ChangeItem.REGLEMENTE, reglemente.inForceFrom(), null, null, null, null, null,
                    null, null, null, null, null, reglemente.committeeId(), reglemente.committee(),
                    reglemente.version(), reglemente.cause()));
        }
        return new ChangesBetween(organisationId, from, to, diff.knownAt(), List.copyOf(items));
    }

    private static void roles(List<ChangeItem> items, String kind, List<ChefRoleDifference> roles,
                              EffectiveDates dates) {
        for (ChefRoleDifference role : roles) {
            items.add(new ChangeItem(kind, dates.of(role.cause()), role.unit(), null, null, null, null, null,
                    role.id(), role.title(), null, null, null, null, null, role.cause()));
        }
    }

    private static UnitRef ref(UnitDifference unit) {
        return new UnitRef(unit.id(), unit.name());
    }

    /** The day each change took effect, as its decision lists it; each decision is read once. */
    private static final class EffectiveDates {

        private final LedgerProjection ledger;
        private final String organisationId;
        private final Instant knownAt;
        private final Map<String, Map<String, LocalDate>> byDecision = new HashMap<>();

        EffectiveDates(LedgerProjection ledger, String organisationId, Instant knownAt) {
            this.ledger = ledger;
            this.organisationId = organisationId;
            this.knownAt = knownAt;
        }

        LocalDate of(Cause cause) {
            if (cause == null || cause.decision() == null) {
                return null;
            }
            return byDecision.computeIfAbsent(cause.decision().id(), this::changesOf).get(cause.changeId());
        }

        private Map<String, LocalDate> changesOf(String decisionId) {
            Map<String, LocalDate> dates = new HashMap<>();
            for (DecidedChange change : ledger.decision(organisationId, decisionId, knownAt).changes()) {
                if (!change.annulled()) {
                    dates.put(change.changeId(), change.effectiveDate());
                }
            }
            return dates;
        }
    }
}
