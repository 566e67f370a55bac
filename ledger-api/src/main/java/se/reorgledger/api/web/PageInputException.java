package se.reorgledger.api.web;

import java.util.Map;

/** A download or page asked with input it cannot answer; the page shows each message by its field. */
class PageInputException extends RuntimeException {

    private final transient Map<String, String> errors;

    PageInputException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
