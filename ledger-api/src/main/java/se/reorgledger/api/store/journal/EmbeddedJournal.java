package se.reorgledger.api.store.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.reorgledger.api.store.LedgerAppendListener;
import se.reorgledger.api.store.LedgerHead;

/**
 * Writes every committed append of the embedded store to the journal and forces it to the disk before the append
 * is acknowledged. The embedded database has come back from kill -9 with an older state of its file
 * (docs/reliability.md); the journal is a second, append-only record of every acknowledged event, from which
 * {@link JournalRecovery} puts back at the next start whatever the database lost.
 */
public class EmbeddedJournal implements LedgerAppendListener, DisposableBean {

    /** After the database's own flush, before the witness: the witness must never be ahead of the journal. */
    public static final int ORDER = 5;

    private final JournalFile file;
    private final JournalRows rows;
    private long journaled;

    EmbeddedJournal(JournalFile file, JournalRows rows, long journaled) {
        this.file = file;
        this.rows = rows;
        this.journaled = journaled;
    }

    /**
     * A journal at {@code path} for the database behind {@code dataSource}, recovered as at a start (put back
     * what the database lacks, or catch up with it): for tools that run the engine without the service.
     */
    public static EmbeddedJournal recovered(Path path, DataSource dataSource) {
        JournalFile file = new JournalFile(path);
        JournalRecovery recovery = new JournalRecovery(file, new JournalRows(new JdbcTemplate(dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Optional.empty());
        recovery.recover();
        return new EmbeddedJournal(file, new JournalRows(new JdbcTemplate(dataSource)), recovery.journaled());
    }

    /**
     * Appends commit one after another but are told of in any order: the events up to this head that the journal
     * lacks are written with it, so a later append told first takes the earlier one along.
     */
    @Override
    public synchronized void committed(LedgerHead head) {
        if (head.position() <= journaled) {
            return;
        }
        List<JournalEvent> events = rows.between(journaled, head.position());
        if (events.size() != head.position() - journaled) {
            throw new IllegalStateException("The store holds " + events.size() + " of the events from position "
                    + (journaled + 1) + " to " + head.position() + " just committed; the journal cannot take them");
        }
        file.append(events, JournalHead.of(head));
        journaled = head.position();
    }

    @Override
    public void destroy() throws Exception {
        file.close();
    }
}
