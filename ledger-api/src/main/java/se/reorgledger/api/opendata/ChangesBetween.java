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
import se.reorgledger.projections.diff.AuthorityChange;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.diff.ChefRoleDifference;
import se.reorgledger.projections.diff.CommitteeDifference;
import se.reorgledger.projections.diff.DiffView;
import se.reorgledger.projections.diff.KindChange;
import se.reorgledger.projections.diff.MembershipDifference;
import se.reorgledger.projections.diff.MovedUnit;
import se.reorgledger.projections.diff.ReglementeInForce;
import se.reorgledger.projections.diff.RenamedUnit;
import se.reorgledger.projections.diff.ServiceDifference;
import se.reorgledger.projections.diff.UnitDifference;
import se.reorgledger.projections.structure.UnitRef;

/**
 * The changes between two dates as known at a moment, read from one state of the read models: every line of the
 * diff, of every kind, in the diff's order, with the day each change took effect (from its decision).
 */
record ChangesBetween(String organisation, LocalDate from, LocalDate to, Instant knownAt, List<ChangeItem> items) {

    static ChangesBetween read(LedgerProjection ledger, String organisationId, LocalDate from, LocalDate to,
                               Instant knownAt) {
        DiffView diff = ledger.diff(organisationId, from, to, knownAt);
        EffectiveDates dates = new EffectiveDates(ledger, organisationId, knownAt);
        List<ChangeItem> items = new ArrayList<>();
        for (UnitDifference unit : diff.established()) {
            items.add(dates.item(ChangeItem.ESTABLISHED, unit.cause()).unit(ref(unit), unit.kind())
                    .parents(null, unit.parent()).build());
        }
        for (UnitDifference unit : diff.dissolved()) {
            items.add(dates.item(ChangeItem.DISSOLVED, unit.cause()).unit(ref(unit), unit.kind())
                    .parents(unit.parent(), null).successors(unit.successors()).build());
        }
        for (MovedUnit unit : diff.moved()) {
            items.add(dates.item(ChangeItem.MOVED, unit.cause()).unit(new UnitRef(unit.id(), unit.name()), null)
                    .parents(unit.fromParent(), unit.toParent()).build());
        }
        for (RenamedUnit unit : diff.renamed()) {
            items.add(dates.item(ChangeItem.RENAMED, unit.cause()).unit(new UnitRef(unit.id(), unit.to()), null)
                    .previousName(unit.from()).build());
        }
        for (KindChange unit : diff.kindChanged()) {
            items.add(dates.item(ChangeItem.KIND_CHANGED, unit.cause())
                    .unit(new UnitRef(unit.id(), unit.name()), unit.to()).previousKind(unit.from()).build());
        }
        for (AuthorityChange unit : diff.authorityChanged()) {
            items.add(dates.item(ChangeItem.AUTHORITY_CHANGED, unit.cause())
                    .unit(new UnitRef(unit.id(), unit.name()), null).authority(unit.authority()).build());
        }
        roles(items, ChangeItem.CHEF_ROLE_ESTABLISHED, diff.chefRolesEstablished(), dates);
        roles(items, ChangeItem.CHEF_ROLE_ENDED, diff.chefRolesEnded(), dates);
        for (Appointment appointment : diff.appointments()) {
            items.add(dates.item(ChangeItem.APPOINTMENT, appointment.cause()).unit(appointment.unit(), null)
                    .chefRole(appointment.chefRoleId(), appointment.title())
                    .holders(appointment.from(), appointment.to(), appointment.roleEnded()).build());
        }
        for (ReglementeInForce reglemente : diff.reglementen()) {
            items.add(ChangeItem.of(ChangeItem.REGLEMENTE, reglemente.inForceFrom(), reglemente.cause())
                    .committee(reglemente.committeeId(), reglemente.committee(), null)
                    .reglemente(reglemente.version()).build());
        }
        committees(items, ChangeItem.COMMITTEE_REGISTERED, diff.committeesRegistered(), dates);
        committees(items, ChangeItem.COMMITTEE_DISSOLVED, diff.committeesDissolved(), dates);
        for (ServiceDifference service : diff.services()) {
            items.add(dates.item(service.started() ? ChangeItem.SERVICE_STARTED : ChangeItem.SERVICE_ENDED,
                            service.cause()).unit(service.unit(), null)
                    .committee(service.committeeId(), service.committee(), null).build());
        }
        for (MembershipDifference membership : diff.memberships()) {
            items.add(dates.item(membership.joined() ? ChangeItem.MEMBERSHIP_STARTED : ChangeItem.MEMBERSHIP_ENDED,
                            membership.cause()).committee(membership.committeeId(), membership.committee(), null)
                    .municipality(membership.municipality()).build());
        }
        return new ChangesBetween(organisationId, from, to, diff.knownAt(), List.copyOf(items));
    }

    private static void roles(List<ChangeItem> items, String kind, List<ChefRoleDifference> roles,
                              EffectiveDates dates) {
        for (ChefRoleDifference role : roles) {
            items.add(dates.item(kind, role.cause()).unit(role.unit(), null).chefRole(role.id(), role.title())
                    .build());
        }
    }

    private static void committees(List<ChangeItem> items, String kind, List<CommitteeDifference> committees,
                                   EffectiveDates dates) {
        for (CommitteeDifference committee : committees) {
            items.add(dates.item(kind, committee.cause())
                    .committee(committee.id(), committee.name(), committee.type()).build());
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

        ChangeItem.Builder item(String kind, Cause cause) {
            return ChangeItem.of(kind, of(cause), cause);
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
