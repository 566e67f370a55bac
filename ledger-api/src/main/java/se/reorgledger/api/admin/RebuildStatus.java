package se.reorgledger.api.admin;

import java.time.Instant;
import se.reorgledger.projections.rebuild.RebuildResult;

/**
 * A rebuild's state: running with its progress, or finished with its result. {@code checksumsMatch} says
 * whether the rebuilt read models equal the live ones at the same position.
 */
public record RebuildStatus(String state, Instant startedAt, long eventsApplied, long targetPosition,
                            RebuildResult result, String error) {

    static RebuildStatus never() {
        return new RebuildStatus("never", null, 0, 0, null, null);
    }
}
