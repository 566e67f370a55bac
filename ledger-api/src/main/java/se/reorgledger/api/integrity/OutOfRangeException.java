package se.reorgledger.api.integrity;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import se.reorgledger.api.problem.FieldError;
import se.reorgledger.api.problemtype.ProblemTypes;

/** A position, tree size or range the ledger does not have; the API answers it as an invalid-request problem. */
public class OutOfRangeException extends RuntimeException {

    private final String field;

    public OutOfRangeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + getMessage());
        problem.setType(ProblemTypes.of(ProblemTypes.INVALID_REQUEST));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldError(field, getMessage())));
        return problem;
    }
}
