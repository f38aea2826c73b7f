package vn.motcua.platform.health.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises a failure whose cause is that the database cannot be reached (down, restarting, network cut), as opposed
 * to a bug or a refused statement: the user is then told to try again in a moment instead of seeing the general error
 * page. The pool (validation, {@code fail-all-connections}) reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

    /** Message key of the Vietnamese "try again" notice. */
    public static final String MESSAGE = "error.databaseUnavailable";

    private DatabaseUnavailable() {}

    /** Whether anything in the cause chain says the database connection failed. */
    public static boolean causes(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql)) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // Payara's pool when it cannot open a connection; EclipseLink when it cannot get one from the pool
            if (message.contains("error in allocating a connection")
                    || message.contains("connection could not be allocated")
                    || message.contains("connection is broken")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 is "connection exception" (SQL standard; SQL Server's driver uses it); H2 reports a broken or
     * refused connection as 90067 ({@code CONNECTION_BROKEN_1}) and a closed one as 90098 ({@code DATABASE_CALLED_AT_SHUTDOWN}).
     */
    static boolean connectionState(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("90067") || state.equals("90098"));
    }
}
