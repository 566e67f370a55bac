package se.reorgledger.api.store.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import se.reorgledger.api.store.LedgerHead;

/**
 * At start, right after the migrations and before anything reads the ledger, brings the embedded database and its
 * journal together:
 * <ul>
 *   <li>the database holds fewer events than the journal, and the ones it holds are the journal's: the database
 *   came back with an older state of its file, and the journaled events after its head are put back, exactly as
 *   they were, in one transaction;</li>
 *   <li>the database holds more (an append that committed but was not yet journaled when the process stopped, or
 *   a data folder from before the journal): the journal is brought up to the database;</li>
 *   <li>the two disagree on an event both hold: the service does not start, and says so.</li>
 * </ul>
 * An operator who accepts the database as it is ({@code LEDGER_ACCEPT_HEAD} naming its head) has the journal set
 * aside, kept under a new name, and a new one begun from the database.
 */
public class JournalRecovery {

    private static final Logger log = LoggerFactory.getLogger(JournalRecovery.class);

    private final JournalFile file;
    private final JournalRows rows;
    private final TransactionTemplate transaction;
    private final Optional<String> acceptedHead;
    private Long journaled;

    JournalRecovery(JournalFile file, JournalRows rows, TransactionTemplate transaction, Optional<String> acceptedHead) {
        this.file = file;
        this.rows = rows;
        this.transaction = transaction;
        this.acceptedHead = acceptedHead;
    }

    /** What the start did: how many events the journal put back (0 when none were missing). */
    public synchronized long recover() {
        LedgerHead store = rows.head();
        JournalFile.Scan scan = file.scan(store.position());
        file.truncate(scan);
        long restored = 0;
        if (store.position() < scan.position()) {
            if (!store.chainHash().equals(scan.chainHashAtAsked())) {
                throw disagreement(store, scan);
            }
            if (accepts(store)) {
                setAside(store, scan);
                scan = file.scan(0);
            } else {
                restored = restore(store, scan);
                store = rows.head();
            }
        }
        if (store.position() > scan.position() && !scan.chainHash().equals(rows.chainHashAt(scan.position()))) {
            throw disagreement(store, scan);
        }
        if (store.position() == scan.position() && !store.chainHash().equals(scan.chainHash())) {
            throw disagreement(store, scan);
        }
        if (store.position() > scan.position()) {
            catchUp(scan.position(), store);
        }
        journaled = store.position();
        return restored;
    }

    /** The position the journal holds, once {@link #recover()} has run. */
    synchronized long journaled() {
        if (journaled == null) {
            throw new IllegalStateException("The journal is written to only after the start has recovered it");
        }
        return journaled;
    }

    private long restore(LedgerHead store, JournalFile.Scan scan) {
        long missing = scan.position() - store.position();
        log.warn("The embedded database holds {} events but its journal {} holds {}: the database came back with an "
                        + "older state of its file. Restoring the {} events from position {} to {} from the journal.",
                store.position(), file.path(), scan.position(), missing, store.position() + 1, scan.position());
        transaction.executeWithoutResult(status -> {
            file.eventsAfter(store.position(), scan, rows::restore);
            rows.moveHead(scan.head());
        });
        LedgerHead now = rows.head();
        if (now.position() != scan.position() || !now.chainHash().equals(scan.chainHash())) {
            throw new IllegalStateException("After restoring, the store's head is " + now.position() + ":"
                    + now.chainHash() + ", not the journal's " + scan.position() + ":" + scan.chainHash());
        }
        log.warn("Restored {} events from the journal; the ledger's head is again position {}, chain hash {}",
                missing, now.position(), now.chainHash());
        return missing;
    }

    /** Journals what the database holds beyond the journal: one whole append, forced once at its head. */
    private void catchUp(long from, LedgerHead store) {
        log.info("Journaling the events from position {} to {} that the journal {} does not hold yet", from + 1,
                store.position(), file.path());
        for (long after = from; after < store.position(); after += JournalFile.BATCH) {
            List<JournalEvent> events = rows.between(after, Math.min(after + JournalFile.BATCH, store.position()));
            file.appendEvents(events);
        }
        file.appendHead(JournalHead.of(store));
    }

    private boolean accepts(LedgerHead store) {
        return acceptedHead.map(head -> head.equalsIgnoreCase(store.position() + ":" + store.chainHash()))
                .orElse(false);
    }

    private void setAside(LedgerHead store, JournalFile.Scan scan) {
        Path aside = file.path().resolveSibling(file.path().getFileName() + ".set-aside-"
                + Instant.now().toString().replace(':', '-'));
        log.warn("LEDGER_ACCEPT_HEAD accepts the database at position {} although its journal holds {} events: the "
                + "journal is kept as {} and a new one begun", store.position(), scan.position(), aside);
        try {
            file.close();
            Files.move(file.path(), aside);
        } catch (IOException e) {
            throw new UncheckedIOException("The journal could not be set aside", e);
        }
    }

    private IllegalStateException disagreement(LedgerHead store, JournalFile.Scan scan) {
        return new IllegalStateException("The embedded database (head " + store.position() + ":" + store.chainHash()
                + ") and its journal " + file.path() + " (head " + scan.position() + ":" + scan.chainHash()
                + ") disagree on the events both hold: one of them is not this ledger's. Nothing was changed; the "
                + "service does not start. See docs/reliability.md, \"The embedded journal\".");
    }
}
