package se.reorgledger.api.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The pool of connections to the store. When one connection is found lost, the others opened before it are
 * most likely lost too (the server restarted, or an operator terminated the service's sessions); the pool hands
 * a recently used connection out without checking it, so each retry would meet another dead one. Discarding the
 * idle connections at once lets the next attempt open a fresh one.
 */
@Component
public class StoreConnections {

    private static final Logger log = LoggerFactory.getLogger(StoreConnections.class);

    private final DataSource dataSource;

    public StoreConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Closes the idle connections now and the busy ones when they are returned. */
    public void discardAfterConnectionLoss() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                    log.warn("A connection to the store was lost; the pool's other connections are replaced");
                }
            }
        } catch (SQLException | RuntimeException cannotEvict) {
            log.debug("The connection pool could not be asked to replace its connections", cannotEvict);
        }
    }
}
