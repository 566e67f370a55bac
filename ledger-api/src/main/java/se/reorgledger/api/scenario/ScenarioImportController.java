package se.reorgledger.api.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.reorgledger.api.ledger.CurrentPrincipal;
import se.reorgledger.api.readmodel.ReadModelFreshness;
import se.reorgledger.api.security.LedgerRole;

@RestController
@RequestMapping("/api/v1/scenario-imports")
@Tag(name = "Scenarios", description = "Whole reorganisations described as files, imported through the same commands")
public class ScenarioImportController {

    private final ScenarioReader reader;
    private final ScenarioImporter importer;
    private final CurrentPrincipal principal;
    private final ReadModelFreshness freshness;

    public ScenarioImportController(ScenarioReader reader, ScenarioImporter importer, CurrentPrincipal principal,
                                    ReadModelFreshness freshness) {
        this.reader = reader;
        this.importer = importer;
        this.principal = principal;
        this.freshness = freshness;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Import one scenario file (YAML, see docs/scenario-format.md)",
            description = "Every decision and package goes through the same commands as the API. The whole file is "
                    + "first rehearsed on a copy of the organisation; a broken file records nothing and the error "
                    + "names its line and rule. Importing the same file again records nothing new.")
    @ApiResponse(responseCode = "200", description = "Imported (or already imported)")
    @ApiResponse(responseCode = "422", description = "The file breaks a rule; nothing was recorded")
    @ApiResponse(responseCode = "403", description = "The file is migrated history (registeredAt) and the user is"
            + " not an admin; nothing was recorded")
    public ImportReport importFile(@Parameter(description = "The file's name, used in errors")
                                   @RequestParam(defaultValue = "scenario.yaml") String file,
                                   @RequestBody String yaml, Authentication authentication) {
        return readYourWrites(importer.importScenario(reader.read(file, yaml), by(authentication), progress -> { }));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import several scenario files that build on each other, all or none")
    public ImportReport importFiles(@RequestPart("file") List<MultipartFile> files, Authentication authentication) {
        List<Scenario> scenarios = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                scenarios.add(reader.read(file.getOriginalFilename(), file.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return readYourWrites(importer.importScenarios(scenarios, by(authentication), progress -> { }));
    }

    /** As every write: the importer's answer waits until the read models show what it recorded. */
    private ImportReport readYourWrites(ImportReport report) {
        freshness.awaitLedgerHead();
        return report;
    }

    /** Migrated history (entries with registeredAt) is for admins only; the importer refuses it for others. */
    private ImportBy by(Authentication authentication) {
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + LedgerRole.admin.name()).equals(authority.getAuthority()));
        return new ImportBy(principal.name(), admin);
    }
}
