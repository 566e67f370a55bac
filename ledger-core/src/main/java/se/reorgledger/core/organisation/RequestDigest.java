package se.reorgledger.core.organisation;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import se.reorgledger.core.change.Change;

/** A digest of a package's content, by which a resent package is recognised. */
final class RequestDigest {

    private RequestDigest() {
    }

    static String of(List<Change> changes) {
        StringBuilder canonical = new StringBuilder();
        for (Change change : changes) {
            canonical.append(change.getClass().getSimpleName()).append('{');
            for (RecordComponent component : change.getClass().getRecordComponents()) {
                canonical.append(component.getName()).append('=').append(value(change, component)).append(';');
            }
            canonical.append("}\n");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Object value(Change change, RecordComponent component) {
        try {
            return component.getAccessor().invoke(change);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record components are public", e);
        }
    }
}
