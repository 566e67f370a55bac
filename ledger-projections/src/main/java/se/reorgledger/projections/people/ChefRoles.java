package se.reorgledger.projections.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.SwedishOrder;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.ChefRoleProvenance;
import se.reorgledger.projections.provenance.Provenances;
import se.reorgledger.projections.structure.UnitRef;

/** Who was chef of what on a date, and which decision appointed them: one look instead of a scan of histories. */
public final class ChefRoles {

    private ChefRoles() {
    }

    public static ChefRolesView of(SnapshotAt snapshot, String organisationId, Instant knownAt) {
        List<ChefRoleView> roles = new ArrayList<>();
        Provenances provenances = new Provenances(snapshot);
        for (EntityTimeline<ChefRoleState> timeline : snapshot.index().chefRoles()) {
            ChefRoleState role = timeline.at(snapshot.asOf(), snapshot.epoch());
            if (role == null || role.isEnded()) {
                continue;
            }
            roles.add(view(snapshot, timeline, role, ChefRoleProvenance.of(provenances, timeline, role)));
        }
        roles.sort(Comparator.comparing((ChefRoleView role) -> role.unit().name(), SwedishOrder.NAMES)
                .thenComparing(ChefRoleView::title, SwedishOrder.NAMES).thenComparing(ChefRoleView::id));
        return new ChefRolesView(organisationId, snapshot.asOf(), knownAt, roles);
    }

    private static ChefRoleView view(SnapshotAt snapshot, EntityTimeline<ChefRoleState> timeline,
                                     ChefRoleState role, ChefRoleProvenance provenance) {
        Cause established = null;
        LocalDate holderSince = null;
        Cause appointed = null;
        for (EntityTimeline.Step<ChefRoleState> step : timeline.stepsAt(snapshot.epoch())) {
            if (step.annulled() || step.effectiveDate().isAfter(snapshot.asOf())) {
                continue;
            }
            if (step.entry().event() instanceof ChefRoleEstablishedEvent) {
                established = Causes.of(snapshot.index(), step.entry());
            } else if (step.entry().event() instanceof ChefAppointedEvent) {
                holderSince = step.effectiveDate();
                appointed = Causes.of(snapshot.index(), step.entry());
            }
        }
        String unitName = snapshot.unit(role.unitId()).map(UnitState::name).orElse(role.unitId());
        PersonRef holder = role.isVacant() ? null : new PersonRef(role.holderId(),
                snapshot.personName(role.holderId()));
        return new ChefRoleView(role.id(), role.title(), new UnitRef(role.unitId(), unitName), holder,
                holder == null ? null : holderSince, holder == null ? null : appointed, role.establishedOn(),
                established, provenance);
    }
}
