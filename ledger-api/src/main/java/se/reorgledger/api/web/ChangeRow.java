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
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.DissolveCommittee;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.committee.JoinCommittee;
import se.reorgledger.core.committee.LeaveCommittee;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.unit.ChangeUnitKind;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;
import se.reorgledger.core.unit.UnitKind;

/**
 * One row of the form of changes, in the API's vocabulary: changes to units, chef roles, nämnder and the kontor
 * serving them, and corrections of an earlier change. Uppdrag and samverkan (lists of people and partners) come
 * in a scenario file.
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
            "chefLeaves", "Chef lämnar rollen",
            "registerCommittee", "Registrera nämnd",
            "adoptReglemente", "Anta reglemente för nämnd",
            "dissolveCommittee", "Upplösa nämnd",
            "startKontorService", "Kontor börjar betjäna nämnd",
            "endKontorService", "Kontor slutar betjäna nämnd",
            "joinCommittee", "Kommun går med i gemensam nämnd",
            "leaveCommittee", "Kommun lämnar gemensam nämnd",
            "correctEffectiveDate", "Rätta datumet för en tidigare ändring",
            "annulChange", "Annullera en tidigare ändring");

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("establishUnit", List.of("unitId", "name", "kind", "parentId", "effectiveDate")),
            Map.entry("renameUnit", List.of("unitId", "name", "effectiveDate")),
            Map.entry("moveUnit", List.of("unitId", "parentId", "effectiveDate")),
            Map.entry("changeUnitKind", List.of("unitId", "kind", "effectiveDate")),
            Map.entry("setUnitAuthority", List.of("unitId", "effectiveDate")),
            Map.entry("dissolveUnit", List.of("unitId", "effectiveDate")),
            Map.entry("establishChefRole", List.of("chefRoleId", "unitId", "name", "effectiveDate")),
            Map.entry("endChefRole", List.of("chefRoleId", "effectiveDate")),
            Map.entry("appointChef", List.of("chefRoleId", "personId", "effectiveDate")),
            Map.entry("chefLeaves", List.of("chefRoleId", "personId", "effectiveDate")),
            Map.entry("registerCommittee", List.of("committeeId", "name", "committeeType", "effectiveDate")),
            Map.entry("adoptReglemente", List.of("committeeId", "version", "documentReference", "effectiveDate")),
            Map.entry("dissolveCommittee", List.of("committeeId", "effectiveDate")),
            Map.entry("startKontorService", List.of("unitId", "committeeId", "effectiveDate")),
            Map.entry("endKontorService", List.of("unitId", "committeeId", "effectiveDate")),
            Map.entry("joinCommittee", List.of("committeeId", "municipality", "effectiveDate")),
            Map.entry("leaveCommittee", List.of("committeeId", "municipality", "effectiveDate")),
            Map.entry("correctEffectiveDate", List.of("changeId", "effectiveDate", "reason")),
            Map.entry("annulChange", List.of("changeId", "reason")));

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
    private String committeeId = "";
    private String committeeType = "";
    private String version = "";
    private String documentReference = "";
    private String sha256 = "";
    private String municipality = "";
    private String changeId = "";
    private String reason = "";
    private String effectiveDate = "";

    /** Whether nothing was filled in: a spare row of the form, left out of the package. */
    boolean blank() {
        return type.isBlank() && unitId.isBlank() && name.isBlank() && parentId.isBlank() && chefRoleId.isBlank()
                && personId.isBlank() && effectiveDate.isBlank() && successorIds.isBlank() && committeeId.isBlank()
                && version.isBlank() && documentReference.isBlank() && sha256.isBlank() && municipality.isBlank()
                && changeId.isBlank() && reason.isBlank();
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
            case "personName" -> personName;
            case "committeeId" -> committeeId;
            case "committeeType" -> committeeType;
            case "version" -> version;
            case "documentReference" -> documentReference;
            case "sha256" -> sha256;
            case "municipality" -> municipality;
            case "changeId" -> changeId;
            case "reason" -> reason;
            case "effectiveDate" -> effectiveDate;
            default -> "";
        };
    }

    /** The change this row asks for; the fields were checked before, the records check them again. */
    Change toChange() {
        if ("annulChange".equals(type)) {
            return new AnnulChange(changeId.strip(), reason.strip());
        }
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
            case "registerCommittee" -> new RegisterCommittee(committeeId.strip(), name.strip(),
                    CommitteeType.valueOf(committeeType), date);
            case "adoptReglemente" -> new AdoptReglemente(committeeId.strip(), version.strip(),
                    documentReference.strip(), sha256.isBlank() ? null : sha256.strip(), date);
            case "dissolveCommittee" -> new DissolveCommittee(committeeId.strip(), date);
            case "startKontorService" -> new StartKontorService(unitId.strip(), committeeId.strip(), date);
            case "endKontorService" -> new EndKontorService(unitId.strip(), committeeId.strip(), date);
            case "joinCommittee" -> new JoinCommittee(committeeId.strip(), municipality.strip(), date);
            case "leaveCommittee" -> new LeaveCommittee(committeeId.strip(), municipality.strip(), date);
            case "correctEffectiveDate" -> new CorrectEffectiveDate(changeId.strip(), date, reason.strip());
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

    public String getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(String committeeId) {
        this.committeeId = committeeId == null ? "" : committeeId;
    }

    public String getCommitteeType() {
        return committeeType;
    }

    public void setCommitteeType(String committeeType) {
        this.committeeType = committeeType == null ? "" : committeeType;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version == null ? "" : version;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference == null ? "" : documentReference;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256 == null ? "" : sha256;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality == null ? "" : municipality;
    }

    public String getChangeId() {
        return changeId;
    }

    public void setChangeId(String changeId) {
        this.changeId = changeId == null ? "" : changeId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
