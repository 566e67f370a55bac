package se.reorgledger.api.change;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.reorgledger.core.change.Change;

/** The changes one decision makes, recorded all or none. */
public record ChangePackageRequest(
        @ArraySchema(schema = @Schema(ref = "#/components/schemas/Change"), minItems = 1)
        List<Change> changes) {
}
