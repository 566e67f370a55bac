package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.UnitNode;

/**
 * The organisation of one date before and after a package that is not recorded yet, compared in Swedish lines:
 * the preview's counterpart of the comparison page, which can only compare recorded history.
 */
record StructureComparison(List<String> established, List<String> dissolved, List<String> moved,
                           List<String> renamed, List<String> rekinded, List<String> rolesEstablished,
                           List<String> rolesEnded, List<String> holders) {

    private record Flat(UnitNode unit, String parentId) {
    }

    private record Role(ChefRoleNode role, String unitName) {
    }

    static StructureComparison of(UnitNode before, UnitNode after) {
        Map<String, Flat> was = flatten(before);
        Map<String, Flat> is = flatten(after);
        Map<String, Role> rolesWere = roles(was);
        Map<String, Role> rolesAre = roles(is);
        StructureComparison lines = new StructureComparison(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        is.forEach((id, now) -> {
            Flat then = was.get(id);
            UnitNode unit = now.unit();
            if (then == null) {
                lines.established.add(unit.name() + " (" + unit.kind().label() + ") inrättas under "
                        + name(is, now.parentId()));
                return;
            }
            if (!Objects.equals(then.parentId(), now.parentId())) {
                lines.moved.add(unit.name() + " flyttas från " + name(was, then.parentId()) + " till "
                        + name(is, now.parentId()));
            }
            if (!then.unit().name().equals(unit.name())) {
                lines.renamed.add(then.unit().name() + " byter namn till " + unit.name());
            }
            if (then.unit().kind() != unit.kind()) {
                lines.rekinded.add(unit.name() + " ändras från " + then.unit().kind().label() + " till "
                        + unit.kind().label());
            }
            if (then.unit().authority() != unit.authority()) {
                lines.rekinded.add(unit.name() + (unit.authority() ? " får myndighetsutövning"
                        : " har inte längre myndighetsutövning"));
            }
        });
        was.forEach((id, then) -> {
            if (!is.containsKey(id)) {
                lines.dissolved.add(then.unit().name() + " (" + then.unit().kind().label() + ") avvecklas");
            }
        });
        rolesAre.forEach((id, now) -> {
            Role then = rolesWere.get(id);
            if (then == null) {
                lines.rolesEstablished.add(now.role().title() + " för " + now.unitName() + " inrättas"
                        + (now.role().holder() == null ? "" : ", innehavare " + now.role().holder().name()));
            } else if (!Objects.equals(then.role().holder(), now.role().holder())) {
                lines.holders.add(now.role().title() + " för " + now.unitName() + ": " + holder(then.role())
                        + " → " + holder(now.role()));
            }
        });
        rolesWere.forEach((id, then) -> {
            if (!rolesAre.containsKey(id)) {
                lines.rolesEnded.add(then.role().title() + " för " + then.unitName() + " upphör");
            }
        });
        return lines;
    }

    public boolean isEmpty() {
        return sections().values().stream().allMatch(List::isEmpty);
    }

    /** The parts in the order of the comparison page, each by its Swedish heading. */
    public Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("Inrättade enheter", established);
        sections.put("Avvecklade enheter", dissolved);
        sections.put("Flyttade enheter", moved);
        sections.put("Nya namn", renamed);
        sections.put("Ändrad typ eller myndighetsutövning", rekinded);
        sections.put("Chefsroller som inrättas", rolesEstablished);
        sections.put("Chefsroller som upphör", rolesEnded);
        sections.put("Nya innehavare av chefsroller", holders);
        return sections;
    }

    private static String holder(ChefRoleNode role) {
        return role.holder() == null ? "ingen innehavare" : role.holder().name();
    }

    private static String name(Map<String, Flat> units, String id) {
        Flat unit = id == null ? null : units.get(id);
        return unit == null ? "–" : unit.unit().name();
    }

    private static Map<String, Flat> flatten(UnitNode root) {
        Map<String, Flat> units = new LinkedHashMap<>();
        add(units, root, null);
        return units;
    }

    private static void add(Map<String, Flat> units, UnitNode unit, String parentId) {
        units.put(unit.id(), new Flat(unit, parentId));
        unit.children().forEach(child -> add(units, child, unit.id()));
    }

    private static Map<String, Role> roles(Map<String, Flat> units) {
        Map<String, Role> roles = new LinkedHashMap<>();
        units.values().forEach(flat -> flat.unit().chefRoles().forEach(role ->
                roles.put(role.id(), new Role(role, flat.unit().name()))));
        return roles;
    }
}
