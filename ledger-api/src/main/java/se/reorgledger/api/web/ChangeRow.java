package se.reorgledger.api.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.ChefLeaves;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.unit.ChangeUnitKind;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;
import se.reorgledger.core.unit.UnitKind;

/**
 * One row of the form of changes: the common changes to units and chef roles, in the API's vocabulary. The
 * other kinds of change (nämnder, uppdrag, samverkan, rättelser) come in a scenario file.
 */
public class ChangeRow {

    /** The change types the form offers, with their Swedish names and the fields each one needs. */
    static final Map<String, String> TYPES = linked(
            "establishUnit", "Inrätta enhet",
            "renameUnit", "Byta namn på enhet",
            "moveUnit", "Flytta enhet",
            "changeUnitKind", "Ändra enhetens typ",
            "setUnitAuthority", "Ange myndighetsutövning",
            "dissolveUnit", "Avveckla enhet",
            "establishChefRole", "Inrätta chefsroll",
            "endChefRole", "Avsluta chefsroll",
            "appointChef", "Tillsätta chef",
            "chefLeaves", "Chef lämnar rollen");

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "establishUnit", List.of("unitId", "name", "kind", "parentId", "effectiveDate"),
            "renameUnit", List.of("unitId", "name", "effectiveDate"),
            "moveUnit", List.of("unitId", "parentId", "effectiveDate"),
            "changeUnitKind", List.of("unitId", "kind", "effectiveDate"),
            "setUnitAuthority", List.of("unitId", "effectiveDate"),
            "dissolveUnit", List.of("unitId", "effectiveDate"),
            "establishChefRole", List.of("chefRoleId", "unitId", "name", "effectiveDate"),
            "endChefRole", List.of("chefRoleId", "effectiveDate"),
            "appointChef", List.of("chefRoleId", "personId", "effectiveDate"),
            "chefLeaves", List.of("chefRoleId", "personId", "effectiveDate"));

    private String type = "";
    private String unitId = "";
    private String name = "";
    private String kind = "";
    private String parentId = "";
    private boolean authority;
    private String successorIds = "";
    private String chefRoleId = "";
    private String personId = "";
    private String personName = "";
    private String effectiveDate = "";

    /** Whether nothing was filled in: a spare row of the form, left out of the package. */
    boolean blank() {
        return type.isBlank() && unitId.isBlank() && name.isBlank() && parentId.isBlank() && chefRoleId.isBlank()
                && personId.isBlank() && effectiveDate.isBlank() && successorIds.isBlank();
    }

    List<String> required() {
        return REQUIRED.getOrDefault(type, List.of());
    }

    String value(String field) {
        return switch (field) {
            case "unitId" -> unitId;
            case "name" -> name;
            case "kind" -> kind;
            case "parentId" -> parentId;
            case "chefRoleId" -> chefRoleId;
            case "personId" -> personId;
            case "effectiveDate" -> effectiveDate;
            default -> "";
        };
    }

    /** The change this row asks for; the fields were checked before, the records check them again. */
    Change toChange() {
        LocalDate date = LocalDate.parse(effectiveDate.strip());
        return switch (type) {
            case "establishUnit" -> new EstablishUnit(unitId.strip(), name.strip(), UnitKind.valueOf(kind),
                    parentId.strip(), authority, date);
            case "renameUnit" -> new RenameUnit(unitId.strip(), name.strip(), date);
            case "moveUnit" -> new MoveUnit(unitId.strip(), parentId.strip(), date);
            case "changeUnitKind" -> new ChangeUnitKind(unitId.strip(), UnitKind.valueOf(kind), date);
            case "setUnitAuthority" -> new SetUnitAuthority(unitId.strip(), authority, date);
            case "dissolveUnit" -> new DissolveUnit(unitId.strip(), successors(), date);
            case "establishChefRole" -> new EstablishChefRole(chefRoleId.strip(), unitId.strip(), name.strip(), date);
            case "endChefRole" -> new EndChefRole(chefRoleId.strip(), date);
            case "appointChef" -> new AppointChef(chefRoleId.strip(), personId.strip(), date);
            case "chefLeaves" -> new ChefLeaves(chefRoleId.strip(), personId.strip(), date);
            default -> throw new IllegalStateException("unchecked change type " + type);
        };
    }

    List<String> successors() {
        return Arrays.stream(successorIds.split("[,\\s]+")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId == null ? "" : unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId == null ? "" : parentId;
    }

    public boolean isAuthority() {
        return authority;
    }

    public void setAuthority(boolean authority) {
        this.authority = authority;
    }

    public String getSuccessorIds() {
        return successorIds;
    }

    public void setSuccessorIds(String successorIds) {
        this.successorIds = successorIds == null ? "" : successorIds;
    }

    public String getChefRoleId() {
        return chefRoleId;
    }

    public void setChefRoleId(String chefRoleId) {
        this.chefRoleId = chefRoleId == null ? "" : chefRoleId;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId == null ? "" : personId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName == null ? "" : personName;
    }

    public String getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(String effectiveDate) {
        this.effectiveDate = effectiveDate == null ? "" : effectiveDate;
    }
}
