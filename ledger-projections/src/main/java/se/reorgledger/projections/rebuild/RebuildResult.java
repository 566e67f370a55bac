package se.reorgledger.projections.rebuild;

import java.time.Duration;

/**
 * What a rebuild did. The checksums combine the digests compared one organisation at a time; when no event
 * arrived during the comparison they are the two projections' {@code checksum()}. {@code checksumsMatch} false
 * means the live projection had drifted from what the ledger says (or the projection's code changed since it was
 * built): the rebuilt one was swapped in all the same. {@code swapped} false means the rebuild could not reach
 * the live position, and the live projection stays.
 */
public record RebuildResult(long position, long eventsApplied, String liveChecksum, String rebuiltChecksum,
                            boolean checksumsMatch, boolean swapped, Duration took) {
}
