package se.reorgledger.api.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whether a failure is the database passing through a bad moment (a lost or terminated connection, a pool that
 * could not hand one out in time, a deadlock or serialisation failure) rather than anything about the request:
 * such a failure is worth sending again, and the client is told 503 with Retry-After if it persists.
 */
public final class TransientStoreFault {

    /** SQLSTATEs after which the same statement may well succeed on a fresh connection. */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "57014", // query_canceled (a statement timeout)
            "57P01", // admin_shutdown (pg_terminate_backend)
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "53300"  // too_many_connections
    );

    private static final String CLOSED_BY_POOL = "Connection is closed";

    private TransientStoreFault() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isTransientState(sql.getSQLState()) || isConnectionState(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the failure is a connection to the store lost (terminated by the server, broken, or already closed
     * by the pool after such a loss), as opposed to a statement that failed on a healthy connection.
     */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isConnectionState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // The pool's answer for a connection it closed after a loss carries no SQLSTATE.
            return CLOSED_BY_POOL.equals(sql.getMessage());
        }
        return state.startsWith("08") || state.startsWith("57P");
    }

    private static boolean isTransientState(String state) {
        // Class 08 is "connection exception": the connection broke, not the statement.
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }
}
