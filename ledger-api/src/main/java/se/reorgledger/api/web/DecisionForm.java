package se.reorgledger.api.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioOrganisation;
import se.reorgledger.api.scenario.ScenarioPerson;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.index.OrganisationRef;

/**
 * The decision form: the decision's particulars and the rows of its package. Every field is checked here, with
 * a Swedish message by the field, before anything is sent to the ledger; the ledger's own rules come after, in
 * the preview.
 */
public class DecisionForm {

    static final int ROWS = 3;
    private static final int MAX_TEXT = 500;

    private String id = "";
    private String organ = "";
    private String decidedOn = "";
    private String paragraph = "";
    private String caseNumber = "";
    private String title = "";
    private boolean illustrative;
    private List<ChangeRow> changes = new ArrayList<>();

    /** The form with at least {@code rows} rows, the spare ones blank. */
    DecisionForm withRows(int rows) {
        while (changes.size() < rows) {
            changes.add(new ChangeRow());
        }
        return this;
    }

    /**
     * Each message by the id of its field: {@code organ}, {@code c0-unitId} for the first row's unit, ... A form
     * without changes is a decision only (one a later package builds on), as in a scenario file.
     */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "organ", organ, "Ange organet som fattade beslutet, t.ex. Kommunstyrelsen.");
        if (decidedOn.isBlank()) {
            errors.put("decidedOn", "Ange beslutsdatum som ÅÅÅÅ-MM-DD.");
        } else {
            date(errors, "decidedOn", decidedOn);
        }
        required(errors, "title", title, "Ange beslutets rubrik.");
        text(errors, "paragraph", paragraph);
        text(errors, "caseNumber", caseNumber);
        if (!id.isBlank() && !Require.ID.matcher(id.strip()).matches()) {
            errors.put("id", "Ett id består av små bokstäver a–z, siffror och bindestreck, t.ex. "
                    + "ks-2026-03-10-12.");
        }
        for (int i = 0; i < changes.size(); i++) {
            ChangeRow row = changes.get(i);
            if (!row.blank()) {
                checkRow(errors, "c" + i + "-", row);
            }
        }
        return errors;
    }

    private static void checkRow(Map<String, String> errors, String prefix, ChangeRow row) {
        if (!ChangeRow.TYPES.containsKey(row.getType())) {
            errors.put(prefix + "type", "Välj vilken sorts ändring raden är.");
            return;
        }
        for (String field : row.required()) {
            if (row.value(field).isBlank()) {
                errors.put(prefix + field, "Fältet behövs för ändringen ”" + ChangeRow.TYPES.get(row.getType())
                        + "”.");
            }
        }
        for (String field : List.of("unitId", "parentId", "chefRoleId", "personId", "committeeId")) {
            String value = row.value(field).strip();
            if (!value.isEmpty() && !Require.ID.matcher(value).matches()) {
                errors.put(prefix + field, "”" + value + "” är inget id: små bokstäver a–z, siffror och "
                        + "bindestreck, t.ex. samhallsbyggnadskontoret.");
            }
        }
        for (String successor : row.successors()) {
            if (!Require.ID.matcher(successor).matches()) {
                errors.put(prefix + "successorIds", "”" + successor + "” är inget id. Skriv efterträdarnas id "
                        + "med kommatecken emellan.");
            }
        }
        String changeId = row.getChangeId().strip();
        if (!changeId.isEmpty() && !Require.CHANGE_ID.matcher(changeId).matches()) {
            errors.put(prefix + "changeId", "”" + changeId + "” är inget ändrings-id: beslutets id, en punkt och "
                    + "ändringens nummer i beslutet, t.ex. ks-2025-11-18-145.3.");
        }
        if (!row.getKind().isBlank() && !kindKnown(row.getKind())) {
            errors.put(prefix + "kind", "Välj en enhetstyp i listan.");
        }
        if (!row.getCommitteeType().isBlank() && !committeeTypeKnown(row.getCommitteeType())) {
            errors.put(prefix + "committeeType", "Välj en nämndtyp i listan.");
        }
        if (!row.getSha256().isBlank() && !row.getSha256().strip().matches("[0-9a-fA-F]{64}")) {
            errors.put(prefix + "sha256", "En SHA-256-summa är 64 tecken, siffror 0–9 och bokstäver a–f.");
        }
        for (String field : List.of("name", "personName", "version", "documentReference", "municipality",
                "reason")) {
            text(errors, prefix + field, row.value(field));
        }
        if (!row.getEffectiveDate().isBlank()) {
            date(errors, prefix + "effectiveDate", row.getEffectiveDate());
        }
        if ("establishUnit".equals(row.getType()) && !row.getUnitId().isBlank()
                && row.getUnitId().strip().equals(row.getParentId().strip())) {
            errors.put(prefix + "parentId", "En enhet kan inte ligga under sig själv.");
        }
    }

    private static boolean committeeTypeKnown(String type) {
        return Arrays.stream(CommitteeType.values()).anyMatch(known -> known.name().equals(type));
    }

    private static boolean kindKnown(String kind) {
        for (UnitKind known : UnitKind.values()) {
            if (known != UnitKind.kommun && known.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static void required(Map<String, String> errors, String field, String value, String message) {
        if (value.isBlank()) {
            errors.put(field, message);
        } else {
            text(errors, field, value);
        }
    }

    private static void text(Map<String, String> errors, String field, String value) {
        if (value.strip().length() > MAX_TEXT) {
            errors.put(field, "Texten får vara högst " + MAX_TEXT + " tecken.");
        }
    }

    private static void date(Map<String, String> errors, String field, String value) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1800 || date.getYear() > 2999) {
                errors.put(field, "Datumet måste ligga mellan 1800-01-01 och 2999-12-31.");
            }
        } catch (DateTimeParseException e) {
            errors.put(field, "”" + value + "” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.");
        }
    }

    /** The decision's id as given, or one made from organ, date and §: kommunstyrelsen-2026-03-10-12. */
    String decisionId() {
        if (!id.isBlank()) {
            return id.strip();
        }
        String base = Normalizer.normalize(organ.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String number = paragraph.replaceAll("[^0-9]", "");
        String made = (base.isEmpty() ? "beslut" : base) + "-" + decidedOn.strip() + (number.isEmpty() ? "" : "-"
                + number);
        return made.length() > 80 ? made.substring(0, 80).replaceAll("-+$", "") : made;
    }

    /**
     * The form as a scenario of one decision and its package, the same shape a file is read into.
     *
     * @throws InvalidChangeException when the ledger's own checks refuse a value the form's did not
     */
    Scenario toScenario(OrganisationRef organisation) {
        Decision decision = new Decision(decisionId(), organ.strip(), LocalDate.parse(decidedOn.strip()),
                paragraph.isBlank() ? null : paragraph.strip(), caseNumber.isBlank() ? null : caseNumber.strip(),
                title.strip(), illustrative);
        List<ScenarioChange> package_ = new ArrayList<>();
        List<ScenarioPerson> persons = new ArrayList<>();
        for (ChangeRow row : changes) {
            if (row.blank()) {
                continue;
            }
            package_.add(new ScenarioChange(0, row.toChange(), null));
            if ("appointChef".equals(row.getType()) && !row.getPersonName().isBlank()) {
                persons.add(new ScenarioPerson(0, row.getPersonId().strip(), row.getPersonName().strip()));
            }
        }
        return new Scenario("formuläret", false, new ScenarioOrganisation(0, organisation.id(), organisation.name()),
                persons, List.of(new ScenarioDecision(0, decision, null, package_)), "");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getOrgan() {
        return organ;
    }

    public void setOrgan(String organ) {
        this.organ = organ == null ? "" : organ;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn == null ? "" : decidedOn;
    }

    public String getParagraph() {
        return paragraph;
    }

    public void setParagraph(String paragraph) {
        this.paragraph = paragraph == null ? "" : paragraph;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber == null ? "" : caseNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public void setIllustrative(boolean illustrative) {
        this.illustrative = illustrative;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public void setChanges(List<ChangeRow> changes) {
        this.changes = changes == null ? new ArrayList<>() : changes;
    }
}
