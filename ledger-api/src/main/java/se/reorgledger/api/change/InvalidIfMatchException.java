package se.reorgledger.api.change;

/** An If-Match that names no single organisation version. */
public class InvalidIfMatchException extends RuntimeException {

    InvalidIfMatchException(String header) {
        super("If-Match must be one organisation version as a strong entity tag, e.g. \"42\" (the ETag of "
                + "GET /api/v1/organisations/{id}), or *; got " + header.strip().substring(0,
                Math.min(header.strip().length(), 60)));
    }
}
