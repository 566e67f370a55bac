package se.reorgledger.api.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes every committed append durable on the embedded H2 database before it is acknowledged.
 *
 * <p>H2's store keeps a commit in memory and writes it to its file up to half a second later (its write
 * delay), so a process killed right after an acknowledged append could lose it. {@code CHECKPOINT SYNC} writes
 * everything committed to the file and forces it to the disk (fsync): after it, the append survives a killed
 * process and, as far as the disk honours a flush, a power cut. PostgreSQL needs none of this: its commit
 * returns once the write-ahead log is flushed (with the defaults {@code fsync} and {@code synchronous_commit}
 * on; see docs/reliability.md).
 */
public class EmbeddedDurability implements LedgerAppendListener {

    /** Before anything else is told of an append: nothing may count on an append that is not yet durable. */
    public static final int ORDER = 0;

    private final JdbcTemplate jdbc;

    public EmbeddedDurability(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void committed(LedgerHead head) {
        jdbc.execute("CHECKPOINT SYNC");
    }
}
