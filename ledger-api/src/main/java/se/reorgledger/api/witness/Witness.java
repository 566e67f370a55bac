package se.reorgledger.api.witness;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the service last knew of the ledger it ran on, kept outside the database it describes: the head
 * (position and chain hash, which commits to every event before it) and, when written at a start or a stop, the
 * Merkle root over the same events. The same fields as {@code GET /api/v1/ledger/head}, with where they were seen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Witness(
        int format,
        String dataFolder,
        String store,
        long position,
        String chainHash,
        Instant recordedAt,
        Long treeSize,
        String merkleRoot,
        Instant writtenAt,
        String writtenWhen) {

    static final int FORMAT = 1;
}
