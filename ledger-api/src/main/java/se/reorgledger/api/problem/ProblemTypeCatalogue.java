package se.reorgledger.api.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import se.reorgledger.api.problemtype.ProblemTypes;
import se.reorgledger.api.scenario.ScenarioRule;
import se.reorgledger.core.rules.HardRule;

/** Every problem type the API can answer with, and what it means: the documents behind the type URIs. */
public final class ProblemTypeCatalogue {

    public record ProblemType(String type, int status, String title, String description) {
    }

    private static final Map<String, ProblemType> TYPES = new LinkedHashMap<>();

    static {
        for (HardRule rule : HardRule.values()) {
            add(rule.slug(), rule == HardRule.IDENTIFIER_UNUSED ? 409 : 422, "A hard rule of the ledger",
                    rule.statement() + " A package that would break it on any date is refused and nothing of it "
                            + "is recorded; the violations name the date, the units and the change at fault.");
        }
        add(ProblemTypes.INVALID_REQUEST, 400, "Invalid request",
                "The request is malformed: not JSON, a field missing or misspelt, a date that does not exist, an "
                        + "identifier that is not a slug. The errors name each field by its JSON path.");
        add(ProblemTypes.NOT_FOUND, 404, "Not found", "No organisation, decision, person or unit with that id.");
        add(ProblemTypes.ORGANISATION_EXISTS, 409, "Organisation already registered",
                "An organisation with this id is registered; ids are never reused.");
        add(ProblemTypes.CONCURRENT_CHANGE, 409, "Concurrent change",
                "Others kept changing the organisation while the request was checked; send it again.");
        add("unauthenticated", 401, "Authentication required", "Send credentials or a bearer token.");
        add("forbidden", 403, "Not allowed", "Your role does not allow this: reader reads; registrar records "
                + "decisions, packages, persons and imports; admin registers organisations and rebuilds read models.");
        add("too-many-failed-sign-ins", 429, "Too many failed sign-ins",
                "Too many sign-ins failed for this user or from this address within a minute; further attempts are "
                        + "refused unchecked until Retry-After seconds have passed.");
        add(ProblemTypes.ORGANISATION_CHANGED_SINCE, 412, "The organisation has changed since",
                "The package was sent with If-Match naming the organisation's version, and events were recorded for "
                        + "the organisation since (or the version is not yet reached); nothing was recorded. The "
                        + "answer names what was recorded since; look, then send again with the current version.");
        add(ProblemTypes.INVALID_IF_MATCH, 400, "Invalid If-Match",
                "If-Match on a package must be one organisation version as a strong entity tag (\"42\"), or *.");
        add(ProblemTypes.BACKUP_NOT_EMBEDDED, 409, "Not the embedded store",
                "The backup command copies the embedded store; a ledger on PostgreSQL is backed up with pg_dump while "
                        + "the service runs (docs/operations.md).");
        add("too-many-requests", 429, "Too many requests",
                "Anonymous reads from one client address are limited per minute while public reads are on; try again "
                        + "after Retry-After seconds, or sign in.");
        add("idempotency-key-reused", 422, "Idempotency-Key used for another request",
                "The Idempotency-Key was first sent with another request (method, path or body); a new request needs "
                        + "a new key. Nothing was recorded.");
        add("idempotency-key-in-flight", 409, "The first request with this Idempotency-Key is still running",
                "Send the request again after Retry-After seconds to get the answer of the first one.");
        add("request-too-large", 413, "Request too large", "The body exceeds the configured size.");
        add("request-too-slow", 408, "Request too slow", "The body was still arriving after the configured time "
                + "(ledger.security.max-body-read-time, 20 s by default); send it at once.");
        add(ProblemTypes.METHOD_NOT_ALLOWED, 405, "Method not allowed", "The resource does not support the method.");
        add(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, 415, "Unsupported media type", "Send JSON (or YAML to imports).");
        add(ProblemTypes.NOT_ACCEPTABLE, 406, "Not acceptable", "The API answers in JSON; the organisation, its "
                + "changes and the vocabulary also as JSON-LD, Turtle or CSV (docs/open-data.md). The answer lists, "
                + "as available, what the resource offers.");
        add(ScenarioRule.MIGRATION_NEEDS_ADMIN.slug(), 403, "Migrated history needs an admin",
                "The scenario gives entries the times they were registered elsewhere (registeredAt); only an admin "
                        + "may import such history. Nothing is recorded.");
        for (ScenarioRule rule : ScenarioRule.values()) {
            add(rule.slug(), 422, "The scenario cannot be imported",
                    "A scenario file breaks the rule '" + rule.slug() + "' (see docs/scenario-format.md); the error "
                            + "names the file and line, and nothing is recorded.");
        }
        add(ProblemTypes.READ_MODELS_CATCHING_UP, 503, "The read models are catching up",
                "The service has just started and its read models have not yet taken in the whole ledger; an "
                        + "answer now would describe part of it. Try again after Retry-After seconds.");
        add(ProblemTypes.READ_MODELS_STOPPED, 503, "The read models stopped",
                "The read models could not apply an event of the ledger and stopped before it rather than answer "
                        + "without it. Nothing recorded is lost; the operator is told (health, log). Try again later.");
        add(ProblemTypes.READ_MODELS_REBUILDING, 503, "The read models are being rebuilt",
                "The read models of the organisation were to be loaded from this node's checkpoint, and what was "
                        + "read failed its checks (its bytes or its state digest). It is never served: the node is "
                        + "not ready and rebuilds its read models from the ledger's events. Nothing recorded is "
                        + "lost. Try again after Retry-After seconds.");
        add(ProblemTypes.STORE_UNAVAILABLE, 503, "The ledger's database is unavailable",
                "The database did not answer; nothing in the request was recorded unless it was acknowledged. "
                        + "Send it again after Retry-After seconds (a package sent twice is recorded once).");
        add("document-not-held", 404, "The document's bytes are not held",
                "The ledger holds no bytes under that SHA-256. A document may be recorded by its reference before, "
                        + "or without, its bytes being uploaded (docs/documents.md).");
        add("document-hash-mismatch", 422, "The bytes do not hash to the SHA-256 named",
                "The bytes sent to PUT /api/v1/documents/{sha256} hash to another SHA-256; nothing was kept.");
        add("document-size-differs", 422, "The size differs from the bytes held",
                "A document was attached with a size other than that of the bytes held under its SHA-256; nothing "
                        + "was recorded. Leave size out to take it from the bytes.");
        add("document-altered", 500, "The document's bytes were altered",
                "The bytes held under a document's SHA-256 no longer hash to it: they were changed in the store "
                        + "after they were kept. They are never served; the operator is told (log, metric "
                        + "ledger.documents.altered). It is the store's fault, never the client's.");
        add("service-busy", 503, "The service is busy",
                "More reads were waiting for their turn on this node than it could start within the queue timeout "
                        + "(ledger.reads.queue-timeout); nothing was read or recorded. Try again after Retry-After "
                        + "seconds, or on another node.");
        add(ProblemTypes.INTERNAL_ERROR, 500, "Internal error", "The service failed; this is never a client's fault.");
    }

    private ProblemTypeCatalogue() {
    }

    private static void add(String slug, int status, String title, String description) {
        TYPES.putIfAbsent(slug, new ProblemType(ProblemTypes.of(slug).toString(), status, title, description));
    }

    static Map<String, ProblemType> all() {
        return TYPES;
    }
}
