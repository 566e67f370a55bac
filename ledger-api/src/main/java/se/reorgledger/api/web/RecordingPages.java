package se.reorgledger.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.reorgledger.api.ledger.CurrentPrincipal;
import se.reorgledger.api.readmodel.ReadModelFreshness;
import se.reorgledger.api.scenario.ImportBy;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioImportException;
import se.reorgledger.api.scenario.ScenarioImporter;
import se.reorgledger.api.scenario.ScenarioPreview;
import se.reorgledger.api.scenario.ScenarioReader;
import se.reorgledger.api.security.LedgerRole;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.projections.provenance.FactProvenance;
import se.reorgledger.projections.rules.RuleFinding;
import se.reorgledger.projections.structure.StructureView;

/**
 * Registrators record a decision and its package in the browser, from the form of changes or a scenario file.
 * "Förhandsgranska" runs the package on a throw-away copy of the organisation and shows what it would do; only
 * "Registrera" records it, through the same importer as the API's scenario import, after checking it again.
 * The paths are under {@code /registrera/}, which the web chain opens to registrators only.
 */
@Controller
class RecordingPages {

    private static final String PREVIEW = "forhandsgranska";
    private static final String RECORD = "registrera";
    private static final String ADD_ROW = "ny-rad";
    private static final int MAX_ROWS = 50;

    private final LedgerReads reads;
    private final ScenarioPreview preview;
    private final ScenarioImporter importer;
    private final ScenarioReader reader;
    private final CurrentPrincipal principal;
    private final ReadModelFreshness freshness;

    RecordingPages(LedgerReads reads, ScenarioPreview preview, ScenarioImporter importer, ScenarioReader reader,
                   CurrentPrincipal principal, ReadModelFreshness freshness) {
        this.reads = reads;
        this.preview = preview;
        this.importer = importer;
        this.reader = reader;
        this.principal = principal;
        this.freshness = freshness;
    }

    @GetMapping("/organisationer/{organisationId}/registrera")
    String form(@PathVariable String organisationId, @RequestParam(required = false) String beslut, Model model) {
        OrganisationRef organisation = reads.organisation(organisationId, Instant.now());
        DecisionForm form = new DecisionForm();
        if (beslut != null && !beslut.isBlank()) {
            DecisionRef decision = reads.current().decision(organisationId, beslut, Instant.now()).decision();
            form.setId(decision.id());
            form.setOrgan(decision.organ());
            form.setDecidedOn(decision.decidedOn().toString());
            form.setParagraph(decision.paragraph());
            form.setCaseNumber(decision.caseNumber());
            form.setTitle(decision.title());
            form.setIllustrative(decision.illustrative());
        }
        return formPage(model, organisation, form.withRows(DecisionForm.ROWS), Map.of(), null);
    }

    @PostMapping("/organisationer/{organisationId}/registrera")
    String submit(@PathVariable String organisationId, @ModelAttribute("form") DecisionForm form,
                  BindingResult ignoredBinding, @RequestParam(defaultValue = PREVIEW) String steg, Authentication authentication, Model model) {
        OrganisationRef organisation = reads.organisation(organisationId, Instant.now());
        if (ADD_ROW.equals(steg)) {
            return formPage(model, organisation, form.withRows(Math.min(form.getChanges().size() + 1, MAX_ROWS)),
                    Map.of(), null);
        }
        Map<String, String> errors = form.check();
        Scenario scenario = null;
        if (errors.isEmpty()) {
            try {
                scenario = form.toScenario(organisation);
            } catch (InvalidChangeException e) {
                errors = Map.of("changes", "Uppgiften ”" + e.field() + "” godtas inte: " + e.rule());
            }
        }
        if (scenario == null) {
            return formPage(model, organisation, form.withRows(DecisionForm.ROWS), errors, null);
        }
        ScenarioPreview.Result result = preview.preview(scenario);
        if (RECORD.equals(steg) && !result.refused()) {
            String recorded = record(scenario, authentication, model);
            if (recorded != null) {
                return recorded;
            }
        }
        return formPage(model, organisation, form.withRows(DecisionForm.ROWS), errors, report(scenario, result));
    }

    @GetMapping("/organisationer/{organisationId}/registrera/fil")
    String filePage(@PathVariable String organisationId, @RequestParam(required = false) String forStor,
                    Model model) {
        return filePage(model, reads.organisation(organisationId, Instant.now()), "", UploadLimit.refusal(forStor),
                null);
    }

    @PostMapping("/organisationer/{organisationId}/registrera/fil")
    String submitFile(@PathVariable String organisationId, @RequestParam(required = false) MultipartFile fil,
                      @RequestParam(required = false) String yaml, @RequestParam(defaultValue = PREVIEW) String steg,
                      Authentication authentication, Model model) throws IOException {
        OrganisationRef organisation = reads.organisation(organisationId, Instant.now());
        boolean uploaded = fil != null && !fil.isEmpty();
        String text = uploaded ? new String(fil.getBytes(), StandardCharsets.UTF_8) : yaml == null ? "" : yaml;
        String name = uploaded && fil.getOriginalFilename() != null ? fil.getOriginalFilename() : "scenario.yaml";
        if (text.isBlank()) {
            return filePage(model, organisation, text, Map.of("fil", "Välj en YAML-fil eller klistra in dess "
                    + "innehåll."), null);
        }
        Scenario scenario;
        try {
            scenario = reader.read(name, text);
        } catch (ScenarioImportException e) {
            return filePage(model, organisation, text, Map.of("fil", ScenarioErrors.swedish(e)), null);
        }
        String misfit = misfit(scenario, organisation);
        if (misfit != null) {
            return filePage(model, organisation, text, Map.of("fil", misfit), null);
        }
        ScenarioPreview.Result result = preview.preview(scenario);
        if (RECORD.equals(steg) && !result.refused()) {
            String recorded = record(scenario, authentication, model);
            if (recorded != null) {
                return recorded;
            }
        }
        return filePage(model, organisation, text, Map.of(), report(scenario, result));
    }

    private static String misfit(Scenario scenario, OrganisationRef organisation) {
        if (!scenario.organisation().id().equals(organisation.id())) {
            return "Filen gäller organisationen ”" + scenario.organisation().id() + "”, inte " + organisation.name()
                    + " (" + organisation.id() + ").";
        }
        if (scenario.migrated()) {
            return "Filen innehåller registreringstider (registeredAt): migrerad historik läses in av en "
                    + "administratör via API:t.";
        }
        if (scenario.decisions().isEmpty()) {
            return "Filen innehåller inga beslut.";
        }
        return null;
    }

    /** Records the scenario; null (with the reason in the model) if the ledger refused it after the preview. */
    private String record(Scenario scenario, Authentication authentication, Model model) {
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> LedgerRole.admin.authority().equals(authority.getAuthority()));
        try {
            importer.importScenario(scenario, new ImportBy(principal.name(), admin), progress -> { });
        } catch (ScenarioImportException e) {
            model.addAttribute("recordError", ScenarioErrors.swedish(e));
            return null;
        }
        freshness.awaitLedgerHead();
        String last = scenario.decisions().get(scenario.decisions().size() - 1).decision().id();
        return "redirect:/organisationer/" + scenario.organisation().id() + "/beslut/" + last + "?registrerat=ja";
    }

    private PreviewReport report(Scenario scenario, ScenarioPreview.Result result) {
        String organisationId = scenario.organisation().id();
        Instant now = Instant.now();
        Map<LocalDate, StructureView> trees = new HashMap<>();
        Function<LocalDate, StructureView> structure = date -> trees.computeIfAbsent(date,
                day -> reads.current().structure(organisationId, day, now));
        Map<LocalDate, List<RuleFinding>> findings = new HashMap<>();
        Map<LocalDate, List<CommitteeView>> committees = new HashMap<>();
        return PreviewReport.of(scenario, result, new PreviewReport.Recorded(
                date -> structure.apply(date).root(),
                date -> findings.computeIfAbsent(date, day -> reads.current().rules(organisationId, day, now)
                        .findings()),
                date -> illustrative(structure.apply(date).provenance()),
                date -> committees.computeIfAbsent(date, day -> reads.current().committees(organisationId, day, now)
                        .committees())));
    }

    private static Set<String> illustrative(FactProvenance provenance) {
        Set<String> ids = new HashSet<>(ProvenanceMarks.illustrative(provenance.units()));
        ids.addAll(ProvenanceMarks.illustrative(provenance.chefRoles()));
        return ids;
    }

    private String formPage(Model model, OrganisationRef organisation, DecisionForm form, Map<String, String> errors,
                            PreviewReport report) {
        common(model, organisation, errors, report);
        model.addAttribute("form", form);
        model.addAttribute("types", ChangeRow.TYPES);
        List<UnitKind> kinds = new ArrayList<>(List.of(UnitKind.values()));
        kinds.remove(UnitKind.kommun);
        model.addAttribute("kinds", kinds);
        UnitNode today = reads.current().structure(organisation.id(), reads.dates().asOf(null), Instant.now()).root();
        List<UnitNode> units = new ArrayList<>();
        flatten(today, units);
        model.addAttribute("units", units);
        model.addAttribute("committeeTypes", CommitteeType.values());
        model.addAttribute("committees", reads.current().committees(organisation.id(), reads.dates().asOf(null),
                Instant.now()).committees());
        return "record";
    }

    private String filePage(Model model, OrganisationRef organisation, String yaml, Map<String, String> errors,
                            PreviewReport report) {
        common(model, organisation, errors, report);
        model.addAttribute("yaml", yaml);
        return "record-file";
    }

    private static void common(Model model, OrganisationRef organisation, Map<String, String> errors,
                               PreviewReport report) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
    }

    private static void flatten(UnitNode unit, List<UnitNode> units) {
        units.add(unit);
        unit.children().forEach(child -> flatten(child, units));
    }
}
