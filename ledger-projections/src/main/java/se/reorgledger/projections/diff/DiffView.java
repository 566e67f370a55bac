package se.reorgledger.projections.diff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What differs between the organisation on {@code from} and on {@code to}, both as known at {@code knownAt},
 * each difference with the change and decision that caused it (and whether that decision is illustrative).
 */
public record DiffView(String organisation, LocalDate from, LocalDate to, Instant knownAt,
                       List<UnitDifference> established, List<UnitDifference> dissolved, List<MovedUnit> moved,
                       List<RenamedUnit> renamed, List<KindChange> kindChanged,
                       List<AuthorityChange> authorityChanged, List<ChefRoleDifference> chefRolesEstablished,
                       List<ChefRoleDifference> chefRolesEnded, List<Appointment> appointments,
                       List<ReglementeInForce> reglementen, List<CommitteeDifference> committeesRegistered,
                       List<CommitteeDifference> committeesDissolved, List<ServiceDifference> services,
                       List<MembershipDifference> memberships) {
}
