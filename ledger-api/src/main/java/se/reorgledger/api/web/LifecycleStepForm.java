package se.reorgledger.api.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.projections.decisions.LifecycleView;

/**
 * The decision page's form for the next step of a decision's life, as sent: every field text, checked here field
 * by field (Swedish messages by the fields) before it becomes the {@link LifecycleStep} the API records.
 */
public class LifecycleStepForm {

    /** The steps by the API's names, with their Swedish labels; anmälan is a delegationsbeslut's only. */
    static final Map<String, String> STEPS = steps();
    static final Map<String, String> OUTCOMES = outcomes();

    /** The ledger's names of a step's fields, by the form's names of the same fields. */
    private static final Map<String, String> FORM_FIELDS = Map.of("date", "datum", "court", "domstol",
            "courtCaseNumber", "malnummer", "outcome", "utfall", "changeIds", "andringar", "committeeId", "namnd",
            "paragraph", "paragraf", "revokingDecisionId", "aterkallandeBeslut");

    private String steg = "";
    private String datum = "";
    private String domstol = "";
    private String malnummer = "";
    private String utfall = "";
    private String andringar = "";
    private String namnd = "";
    private String paragraf = "";
    private String aterkallandeBeslut = "";

    /** In the order a reader weighs them: the decision stands, falls, falls in part. */
    private static Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put(RulingOutcome.upheld.name(), "Beslutet står fast");
        outcomes.put(RulingOutcome.quashed.name(), "Beslutet upphävs helt");
        outcomes.put(RulingOutcome.quashedInPart.name(), "Beslutet upphävs delvis");
        return outcomes;
    }

    /**
     * The form's field a refusal of the ledger's own checks is about (a text too long, a change named twice),
     * so that its message stands next to that field; the date when the ledger names no field of the form.
     */
    static String formField(InvalidChangeException refused) {
        String field = refused.field() == null ? "" : refused.field().replaceFirst("\\[.*$", "");
        return FORM_FIELDS.getOrDefault(field, "datum");
    }

    private static Map<String, String> steps() {
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("justering", "Justering av protokollet");
        steps.put("anslag", "Anslag på anslagstavlan");
        steps.put("appeal", "Överklagande");
        steps.put("ruling", "Dom");
        steps.put("lagaKraft", "Laga kraft");
        steps.put("revocation", "Återkallelse");
        steps.put("anmalan", "Anmälan till nämnden (delegationsbeslut)");
        return steps;
    }

    /** The steps the form offers for a decision of this kind: none for a förslag. */
    static Map<String, String> stepsFor(DecisionKind kind) {
        Map<String, String> offered = new LinkedHashMap<>();
        if (kind == DecisionKind.forslag) {
            return offered;
        }
        STEPS.forEach((step, label) -> {
            if (!step.equals("anmalan") || kind == DecisionKind.delegationsbeslut) {
                offered.put(step, label);
            }
        });
        return offered;
    }

    /** An empty form with the step that usually comes next already chosen. */
    static LifecycleStepForm next(LifecycleView life, DecisionKind kind) {
        LifecycleStepForm form = new LifecycleStepForm();
        if (kind == DecisionKind.delegationsbeslut && life.anmalan() == null) {
            form.steg = "anmalan";
        } else if (life.justeratOn() == null) {
            form.steg = "justering";
        } else if (life.anslagPostedOn() == null) {
            form.steg = "anslag";
        } else if (life.appeal() != null && life.ruling() == null) {
            form.steg = "ruling";
        } else {
            form.steg = "lagaKraft";
        }
        return form;
    }

    /** The field errors in Swedish, by field name; empty when {@link #toStep()} may be called. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!STEPS.containsKey(steg)) {
            errors.put("steg", "Välj vilket steg som ska registreras.");
            return errors;
        }
        if (date() == null) {
            errors.put("datum", datum.isBlank() ? "Ange dagen då steget skedde (ÅÅÅÅ-MM-DD)."
                    : "”" + datum + "” är inget datum; skriv det som ÅÅÅÅ-MM-DD.");
        }
        switch (steg) {
            case "appeal" -> required(errors, "domstol", domstol, "Ange domstolen som överklagandet gäller.");
            case "ruling" -> ruling(errors);
            case "anmalan" -> id(errors, "namnd", namnd, "Ange nämndens id (till exempel kommunstyrelsen).");
            case "revocation" -> id(errors, "aterkallandeBeslut", aterkallandeBeslut,
                    "Ange id för beslutet som återkallar detta.");
            default -> { }
        }
        if (errors.isEmpty()) {
            try {
                toStep();
            } catch (InvalidChangeException e) {
                errors.put(formField(e), "Steget godtas inte: " + e.rule());
            }
        }
        return errors;
    }

    private void ruling(Map<String, String> errors) {
        required(errors, "domstol", domstol, "Ange domstolen som meddelade domen.");
        if (!OUTCOMES.containsKey(utfall)) {
            errors.put("utfall", "Välj domens utfall.");
        } else if (utfall.equals(RulingOutcome.quashedInPart.name()) && changeIds().isEmpty()) {
            errors.put("andringar", "En dom som upphäver beslutet delvis anger de ändringar den upphäver "
                    + "(till exempel ks-2025-11-24-145.3).");
        } else if (!utfall.equals(RulingOutcome.quashedInPart.name()) && !changeIds().isEmpty()) {
            errors.put("andringar", "Ändringar anges bara när domen upphäver beslutet delvis.");
        } else if (changeIds().size() != Set.copyOf(changeIds()).size()) {
            errors.put("andringar", "Varje ändring anges en gång.");
        } else {
            for (String changeId : changeIds()) {
                if (!Require.CHANGE_ID.matcher(changeId).matches()) {
                    errors.put("andringar", "”" + changeId + "” är inget ändrings-id; det skrivs som beslutets "
                            + "id, punkt, ändringens nummer (ks-2025-11-24-145.3).");
                    break;
                }
            }
        }
    }

    private static void required(Map<String, String> errors, String field, String value, String message) {
        if (value.isBlank()) {
            errors.put(field, message);
        }
    }

    private static void id(Map<String, String> errors, String field, String value, String message) {
        if (value.isBlank()) {
            errors.put(field, message);
        } else if (!Require.ID.matcher(value.strip()).matches()) {
            errors.put(field, "”" + value + "” är inget id: små bokstäver a–z, siffror och bindestreck.");
        }
    }

    /** The step as the API takes it; call after {@link #check()} found nothing. */
    LifecycleStep toStep() {
        LocalDate date = date();
        return switch (steg) {
            case "justering" -> new LifecycleStep.Justering(date);
            case "anslag" -> new LifecycleStep.Anslag(date);
            case "appeal" -> new LifecycleStep.Appeal(date, domstol, blankToNull(malnummer));
            case "ruling" -> new LifecycleStep.Ruling(date, domstol, blankToNull(malnummer),
                    RulingOutcome.valueOf(utfall), changeIds());
            case "lagaKraft" -> new LifecycleStep.LagaKraft(date);
            case "anmalan" -> new LifecycleStep.Anmalan(date, namnd.strip(), blankToNull(paragraf));
            case "revocation" -> new LifecycleStep.Revocation(date, aterkallandeBeslut.strip());
            default -> throw new IllegalStateException("not a step: " + steg);
        };
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(datum.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private List<String> changeIds() {
        return Arrays.stream(andringar.split("[,\\s]+")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getSteg() {
        return steg;
    }

    public void setSteg(String steg) {
        this.steg = text(steg);
    }

    public String getDatum() {
        return datum;
    }

    public void setDatum(String datum) {
        this.datum = text(datum);
    }

    public String getDomstol() {
        return domstol;
    }

    public void setDomstol(String domstol) {
        this.domstol = text(domstol);
    }

    public String getMalnummer() {
        return malnummer;
    }

    public void setMalnummer(String malnummer) {
        this.malnummer = text(malnummer);
    }

    public String getUtfall() {
        return utfall;
    }

    public void setUtfall(String utfall) {
        this.utfall = text(utfall);
    }

    public String getAndringar() {
        return andringar;
    }

    public void setAndringar(String andringar) {
        this.andringar = text(andringar);
    }

    public String getNamnd() {
        return namnd;
    }

    public void setNamnd(String namnd) {
        this.namnd = text(namnd);
    }

    public String getParagraf() {
        return paragraf;
    }

    public void setParagraf(String paragraf) {
        this.paragraf = text(paragraf);
    }

    public String getAterkallandeBeslut() {
        return aterkallandeBeslut;
    }

    public void setAterkallandeBeslut(String aterkallandeBeslut) {
        this.aterkallandeBeslut = text(aterkallandeBeslut);
    }
}
