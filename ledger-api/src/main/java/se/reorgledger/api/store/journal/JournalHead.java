package se.reorgledger.api.store.journal;

import java.time.Instant;
import se.reorgledger.api.store.LedgerHead;

/** The head after an append: written after the append's events, it marks them whole. */
record JournalHead(long position, long globalIndex, String chainHash, Instant recordedAt) {

    static JournalHead of(LedgerHead head) {
        return new JournalHead(head.position(), head.globalIndex(), head.chainHash(), head.recordedAt());
    }
}
