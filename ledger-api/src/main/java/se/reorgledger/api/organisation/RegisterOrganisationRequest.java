package se.reorgledger.api.organisation;

import io.swagger.v3.oas.annotations.media.Schema;

public record RegisterOrganisationRequest(
        @Schema(description = "A slug that names the kommun in every URL", example = "askersund") String id,
        @Schema(example = "Askersunds kommun") String name) {
}
