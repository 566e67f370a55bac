package se.reorgledger.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/projections/rebuild")
@Tag(name = "Administration")
public class RebuildController {

    private final ProjectionRebuilds rebuilds;

    public RebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @Operation(summary = "Rebuild the read models from the ledger",
            description = "Builds fresh read models from every event while the live ones keep answering, catches "
                    + "up to the live position, compares the two checksums and swaps the fresh ones in. Runs in the "
                    + "background; follow it with GET. A rebuild already running is not started twice.")
    public ResponseEntity<RebuildStatus> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start());
    }

    @GetMapping
    @Operation(summary = "The progress or result of the latest rebuild")
    public RebuildStatus status() {
        return rebuilds.status();
    }
}
