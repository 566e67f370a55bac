package se.reorgledger.testkit.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;

/**
 * An independent, deliberately naive statement of the hard rules about units and chef roles, applied to a
 * whole recorded history: fold the changes in effective order and, after every date, look at everything.
 * It shares nothing with the rule checks in main code beyond the fold order, which is the ledger's definition.
 */
final class HistoryInvariants {

    private record Unit(String parent, boolean dissolved) {
    }

    private record Role(String unit, boolean ended, String holder) {
    }

    private HistoryInvariants() {
    }

    static List<String> violations(String rootId, List<Object> recorded) {
        Map<String, LocalDate> dates = new HashMap<>();
        Set<String> annulled = new HashSet<>();
        List<DatedChangeEvent> changes = new ArrayList<>();
        for (Object event : recorded) {
            if (event instanceof DatedChangeEvent dated) {
                changes.add(dated);
                dates.put(dated.changeId(), dated.effectiveDate());
            } else if (event instanceof EffectiveDateCorrectedEvent corrected) {
                dates.put(corrected.targetChangeId(), corrected.effectiveDate());
            } else if (event instanceof ChangeAnnulledEvent annulment) {
                annulled.add(annulment.targetChangeId());
            }
        }
        List<se.reorgledger.core.state.TimedChange> timeline = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            DatedChangeEvent change = changes.get(i);
            if (!annulled.contains(change.changeId())) {
                timeline.add(new se.reorgledger.core.state.TimedChange(change, dates.get(change.changeId()), i));
            }
        }
        timeline.sort(ChangePhase.EFFECTIVE_ORDER);

        List<String> violations = new ArrayList<>();
        Map<String, Unit> units = new HashMap<>();
        units.put(rootId, new Unit(null, false));
        Map<String, Role> roles = new HashMap<>();
        for (int i = 0; i < timeline.size(); i++) {
            se.reorgledger.core.state.TimedChange timed = timeline.get(i);
            apply(timed.event(), units, roles, violations);
            boolean endOfDay = i + 1 == timeline.size()
                    || !timeline.get(i + 1).effectiveDate().equals(timed.effectiveDate());
            if (endOfDay) {
                checkDay(timed.effectiveDate(), units, roles, violations);
            }
        }
        return violations;
    }

    private static void apply(DatedChangeEvent event, Map<String, Unit> units, Map<String, Role> roles,
                              List<String> violations) {
        if (event instanceof UnitEstablishedEvent established) {
            units.put(established.unitId(), new Unit(established.parentId(), false));
        } else if (event instanceof UnitChangeEvent change) {
            Unit unit = units.get(change.unitId());
            if (unit == null || unit.dissolved()) {
                violations.add(event.changeId() + " changes " + change.unitId() + " outside its lifetime");
                return;
            }
            if (event instanceof UnitMovedEvent moved) {
                units.put(moved.unitId(), new Unit(moved.parentId(), false));
            } else if (event instanceof UnitDissolvedEvent) {
                units.put(change.unitId(), new Unit(unit.parent(), true));
            }
        } else if (event instanceof ChefRoleEstablishedEvent established) {
            roles.put(established.chefRoleId(), new Role(established.unitId(), false, null));
        } else if (event instanceof ChefRoleEndedEvent ended) {
            Role role = roles.get(ended.chefRoleId());
            roles.put(ended.chefRoleId(), new Role(role.unit(), true, null));
        } else if (event instanceof ChefAppointedEvent appointed) {
            Role role = roles.get(appointed.chefRoleId());
            if (role == null || role.ended() || role.holder() != null) {
                violations.add(event.changeId() + " appoints a second holder or to no living role");
                return;
            }
            roles.put(appointed.chefRoleId(), new Role(role.unit(), false, appointed.personId()));
        } else if (event instanceof ChefLeftEvent left) {
            Role role = roles.get(left.chefRoleId());
            if (role == null || !left.personId().equals(role.holder())) {
                violations.add(event.changeId() + " has someone leave a role they do not hold");
                return;
            }
            roles.put(left.chefRoleId(), new Role(role.unit(), false, null));
        }
    }

    private static void checkDay(LocalDate date, Map<String, Unit> units, Map<String, Role> roles,
                                 List<String> violations) {
        units.forEach((id, unit) -> {
            if (unit.dissolved() || unit.parent() == null) {
                return;
            }
            Unit parent = units.get(unit.parent());
            if (parent == null || parent.dissolved()) {
                violations.add(date + ": " + id + " has no living parent");
            }
            Set<String> seen = new HashSet<>();
            for (String at = id; at != null; at = units.containsKey(at) ? units.get(at).parent() : null) {
                if (!seen.add(at)) {
                    violations.add(date + ": " + id + " is in a cycle");
                    break;
                }
            }
        });
        roles.forEach((id, role) -> {
            Unit unit = units.get(role.unit());
            if (!role.ended() && (unit == null || unit.dissolved())) {
                violations.add(date + ": role " + id + " lives on a unit that does not");
            }
        });
    }

}
