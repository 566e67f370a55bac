package se.reorgledger.core.organisation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.ChangeEvent;

/**
 * The digest by which a resent package is recognised, stored with every package it recorded.
 *
 * <p>Version 2 ({@value #VERSION_PREFIX}…) is the SHA-256 of a {@link CanonicalEncoding canonical, length-prefixed
 * encoding} of the events the package records, without the identifiers the ledger gives them where it records
 * them (organisation, decision, change id), in a canonical order: so two different packages never share a
 * digest whatever their texts contain, and the same package sent with its changes in another order is
 * recognised. A package is a set of dated changes; two orders of one set that both pass the rules describe the
 * same changes.
 *
 * <p>Version 1 (a bare hex digest, stored by earlier releases) joined class names and {@code toString()} texts
 * without escaping, so crafted texts could make two packages share it. Stored version 1 digests are never
 * compared: the organisation recomputes version 2 from each recorded package's events when it is loaded (see
 * {@link Organisation}), so every package ever recorded is recognised by its content alone.
 */
final class RequestDigest {

    static final String VERSION_PREFIX = "v2:";

    /** The identifiers given by where an event is recorded, not by what the package asks. */
    private static final java.util.Set<String> PLACEMENT = java.util.Set.of("organisationId", "decisionId",
            "changeId");

    private RequestDigest() {
    }

    /** The digest of a requested package, from the events it would record. */
    static String of(List<? extends Change> changes) {
        return ofEvents(changes.stream().map(change -> change.toEvent(null, null, null)).toList());
    }

    /** The digest of a recorded package, from its events. */
    static String ofEvents(List<? extends ChangeEvent> events) {
        List<byte[]> encoded = new ArrayList<>(events.size());
        for (ChangeEvent event : events) {
            encoded.add(CanonicalEncoding.record(event, PLACEMENT));
        }
        encoded.sort(Arrays::compareUnsigned);
        MessageDigest sha256 = sha256();
        sha256.update(CanonicalEncoding.count(encoded.size()));
        for (byte[] event : encoded) {
            sha256.update(CanonicalEncoding.count(event.length));
            sha256.update(event);
        }
        return VERSION_PREFIX + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
