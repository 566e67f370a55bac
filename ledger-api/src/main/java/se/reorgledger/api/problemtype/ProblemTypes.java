package se.reorgledger.api.problemtype;

import java.net.URI;

/**
 * The stable {@code type} of every problem the API reports. A type is a path under {@code /problems/}, where
 * the service also describes it; clients program against the slug, which never changes once published.
 */
public final class ProblemTypes {

    public static final String INVALID_REQUEST = "invalid-request";
    public static final String NOT_FOUND = "not-found";
    public static final String ORGANISATION_EXISTS = "organisation-exists";
    public static final String CONCURRENT_CHANGE = "concurrent-change";
    public static final String ORGANISATION_CHANGED_SINCE = "organisation-changed-since";
    public static final String INVALID_IF_MATCH = "invalid-if-match";
    public static final String BACKUP_NOT_EMBEDDED = "backup-not-embedded";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String READ_MODELS_CATCHING_UP = "read-models-catching-up";
    public static final String READ_MODELS_STOPPED = "read-models-stopped";
    public static final String READ_MODELS_REBUILDING = "read-models-rebuilding";
    public static final String STORE_UNAVAILABLE = "store-unavailable";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create("/problems/" + slug);
    }
}
