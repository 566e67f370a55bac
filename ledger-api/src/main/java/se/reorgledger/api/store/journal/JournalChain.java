package se.reorgledger.api.store.journal;

import java.nio.file.Path;
import se.reorgledger.integrity.chain.EntryHashing;

/** Checks the journal's events as they are read: consecutive positions, each entry hash and each link. */
final class JournalChain {

    private final long asked;
    private long position;
    private String chainHash = EntryHashing.GENESIS;
    private JournalHead head;
    private long wholeBytes;
    private String chainHashAtAsked;
    private final Path path;

    JournalChain(Path path, long asked) {
        this.path = path;
        this.asked = asked;
        this.chainHashAtAsked = asked == 0 ? EntryHashing.GENESIS : null;
    }

    void event(JournalEvent event, long line) {
        if (event.position() != position + 1) {
            throw new JournalDamagedException(path, line, "position " + event.position() + " follows position "
                    + position);
        }
        String entryHash = EntryHashing.entryHash(event.position(), event.stored());
        if (!entryHash.equals(event.entryHash())) {
            throw new JournalDamagedException(path, line, "the event at position " + event.position()
                    + " no longer matches its entry hash");
        }
        String next = EntryHashing.chainHash(chainHash, entryHash);
        if (!next.equals(event.chainHash())) {
            throw new JournalDamagedException(path, line, "the link at position " + event.position()
                    + " does not follow from the one before");
        }
        position = event.position();
        chainHash = next;
        if (position == asked) {
            chainHashAtAsked = chainHash;
        }
    }

    /** Closes an append: the head must name the last event read. */
    void head(JournalHead head, long endOffset, long line) {
        if (head.position() != position || !chainHash.equals(head.chainHash())) {
            throw new JournalDamagedException(path, line, "the head names position " + head.position()
                    + " but the events before it end at position " + position);
        }
        this.head = head;
        this.wholeBytes = endOffset;
    }

    JournalHead head() {
        return head;
    }

    long wholeBytes() {
        return wholeBytes;
    }

    String chainHashAtAsked() {
        return chainHashAtAsked;
    }
}
