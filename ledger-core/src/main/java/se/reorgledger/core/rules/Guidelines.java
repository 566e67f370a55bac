package se.reorgledger.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.structure.OrganisationSnapshot;
import se.reorgledger.core.structure.SwedishOrder;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitState;

/** Evaluates the PM's guidelines on the organisation of one date. */
public final class Guidelines {

    private static final int MAX_CHEF_LEVELS = 3;

    private Guidelines() {
    }

    public static List<GuidelineFinding> evaluate(OrganisationSnapshot organisation, LocalDate date) {
        List<GuidelineFinding> findings = new ArrayList<>();
        // Only kontor and units exercising authority have guidelines; sorting the others would only cost time.
        List<UnitState> units = SwedishOrder.sorted(organisation.units().stream()
                .filter(unit -> unit.kind() == UnitKind.kontor || unit.authority()).toList());
        for (UnitState unit : units) {
            if (unit.kind() == UnitKind.kontor) {
                kontorschef(organisation, unit, date, findings);
                chefLevels(organisation, unit, date, findings);
            }
            if (unit.authority()) {
                authoritySeparated(organisation, unit, date, findings);
            }
        }
        return findings;
    }

    private static void kontorschef(OrganisationSnapshot organisation, UnitState kontor, LocalDate date,
                                    List<GuidelineFinding> findings) {
        List<ChefRoleState> roles = organisation.chefRoles(kontor.id());
        if (roles.isEmpty()) {
            findings.add(new GuidelineFinding(Guideline.KONTOR_LED_BY_KONTORSCHEF, date, List.of(kontor.id()),
                    "Kontor '" + kontor.name() + "' has no kontorschef role on " + date));
        } else if (roles.stream().allMatch(ChefRoleState::isVacant)) {
            findings.add(new GuidelineFinding(Guideline.KONTOR_LED_BY_KONTORSCHEF, date,
                    List.of(kontor.id(), roles.get(0).id()), withoutHolder(kontor, roles, date)));
        }
    }

    /** "Vacant" only where a holder left; a role whose holder was never recorded says so. */
    private static String withoutHolder(UnitState kontor, List<ChefRoleState> roles, LocalDate date) {
        String role = "The kontorschef role of '" + kontor.name() + "'";
        return roles.stream().allMatch(ChefRoleState::neverHeld)
                ? role + " has no holder recorded on " + date
                : role + " is vacant on " + date + " (its holder left and no successor is recorded)";
    }

    /** Counts the units with a chef role on the deepest path down from the kontor, the kontor included. */
    private static void chefLevels(OrganisationSnapshot organisation, UnitState kontor, LocalDate date,
                                   List<GuidelineFinding> findings) {
        List<UnitState> deepest = deepestChefPath(organisation, kontor);
        if (deepest.size() > MAX_CHEF_LEVELS) {
            findings.add(new GuidelineFinding(Guideline.AT_MOST_THREE_CHEF_LEVELS, date,
                    deepest.stream().map(UnitState::id).toList(),
                    "Kontor '" + kontor.name() + "' has " + deepest.size() + " chef levels on " + date + ": "
                            + String.join(" → ", deepest.stream().map(UnitState::name).toList())));
        }
    }

    private static List<UnitState> deepestChefPath(OrganisationSnapshot organisation, UnitState unit) {
        List<UnitState> below = SwedishOrder.sorted(organisation.children(unit.id())).stream()
                .map(child -> deepestChefPath(organisation, child))
                .max(Comparator.comparingInt(List::size))
                .orElse(List.of());
        if (organisation.chefRoles(unit.id()).isEmpty()) {
            return below;
        }
        List<UnitState> path = new ArrayList<>(List.of(unit));
        path.addAll(below);
        return path;
    }

    private static void authoritySeparated(OrganisationSnapshot organisation, UnitState unit, LocalDate date,
                                           List<GuidelineFinding> findings) {
        if (!unit.kind().mayHoldAuthorityOnItsOwn()) {
            findings.add(new GuidelineFinding(Guideline.AUTHORITY_UNITS_SEPARATED, date, List.of(unit.id()),
                    "'" + unit.name() + "' exercises public authority as a " + unit.kind().label()
                            + "; the PM asks for an avdelning or enhet of its own"));
        }
        List<UnitState> mixed = SwedishOrder.sorted(organisation.children(unit.id()).stream()
                .filter(child -> !child.authority())
                .toList());
        if (!mixed.isEmpty()) {
            List<String> ids = new ArrayList<>(List.of(unit.id()));
            mixed.forEach(child -> ids.add(child.id()));
            findings.add(new GuidelineFinding(Guideline.AUTHORITY_UNITS_SEPARATED, date, ids,
                    "'" + unit.name() + "' exercises public authority but contains units that do not: "
                            + String.join(", ", mixed.stream().map(UnitState::name).toList())));
        }
    }
}
