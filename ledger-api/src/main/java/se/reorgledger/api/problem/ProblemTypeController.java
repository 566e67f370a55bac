package se.reorgledger.api.problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.core.organisation.UnknownEntityException;

/** Resolves the problem type URIs: {@code /problems/no-cycles} says what that problem means. */
@RestController
@RequestMapping("/problems")
@Tag(name = "Problems", description = "The stable types of every error the API reports")
public class ProblemTypeController {

    @GetMapping
    @Operation(summary = "Every problem type")
    public Collection<ProblemTypeCatalogue.ProblemType> all() {
        return ProblemTypeCatalogue.all().values();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "What one problem type means")
    public ProblemTypeCatalogue.ProblemType one(@PathVariable String slug) {
        ProblemTypeCatalogue.ProblemType type = ProblemTypeCatalogue.all().get(slug);
        if (type == null) {
            throw new UnknownEntityException("problem type", slug);
        }
        return type;
    }
}
