package se.reorgledger.api.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.reorgledger.api.readmodel.SettledResponses;

/**
 * The vocabulary the open data points into, at the stable IRI {@code <base>/api/v1/vocabulary}: the kinds of unit
 * as a SKOS concept scheme and the ledger's own properties. JSON-LD unless Turtle is asked for.
 */
@RestController
@Tag(name = "Open data")
public class VocabularyController {

    private final SettledResponses responses;
    private final LedgerIris iris;

    public VocabularyController(SettledResponses responses, LedgerIris iris) {
        this.responses = responses;
        this.iris = iris;
    }

    @GetMapping(LedgerIris.VOCABULARY_PATH)
    @Operation(summary = "The kinds of unit (SKOS) and the ledger's own terms, as JSON-LD")
    public ResponseEntity<byte[]> vocabulary(WebRequest request) {
        return answer(request, Representation.JSON_LD);
    }

    @GetMapping(value = LedgerIris.VOCABULARY_PATH, produces = Representation.TURTLE_TYPE)
    @Operation(summary = "The kinds of unit (SKOS) and the ledger's own terms, as Turtle")
    public ResponseEntity<byte[]> vocabularyTurtle(WebRequest request) {
        return answer(request, Representation.TURTLE);
    }

    private ResponseEntity<byte[]> answer(WebRequest request, Representation representation) {
        return responses.answer(null, request, representation.mediaType(),
                () -> representation.write(VocabularyGraph.of(iris)));
    }
}
