package se.reorgledger.api.problem;

/** One field of a request that is wrong, named by its JSON path ({@code changes[2].effectiveDate}). */
public record FieldError(String field, String message) {
}
