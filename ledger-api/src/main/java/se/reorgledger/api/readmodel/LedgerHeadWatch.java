package se.reorgledger.api.readmodel;

import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger's head now and then, so that how far the read models are behind is known without asking the
 * database when someone asks (readiness must answer at once whatever the database is doing). Each read gives up
 * after a second; appends on this node and the events the read models take in move the known head too.
 */
@Component
public class LedgerHeadWatch {

    private static final Logger log = LoggerFactory.getLogger(LedgerHeadWatch.class);

    private final JdbcTemplate jdbc;
    private final ReadSideStatus status;
    private volatile boolean failing;

    public LedgerHeadWatch(DataSource dataSource, ReadSideStatus status,
                           @Value("${ledger.read-models.head-query-timeout:1s}") Duration timeout) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
        this.status = status;
    }

    @Scheduled(fixedDelayString = "${ledger.read-models.head-refresh:1s}")
    void refresh() {
        try {
            Long head = jdbc.queryForObject("SELECT global_index FROM ledger_head WHERE id = 1", Long.class);
            status.headSeen(head == null ? 0 : head);
            if (failing) {
                log.info("The ledger's head can be read again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("The ledger's head cannot be read now ({}); the last one known stands", e.getMessage());
                failing = true;
            }
        }
    }
}
