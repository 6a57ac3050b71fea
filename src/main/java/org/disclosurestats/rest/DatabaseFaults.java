package org.disclosurestats.rest;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;

/**
 * The one rule on which failures mean "the database is away or every connection is busy": a
 * connection-class SQL state (08…), a server shutting down or starting (57P01–57P03), or the pool's
 * acquisition timeout. The client can only retry, so it gets 503 with Retry-After, not a 500.
 */
final class DatabaseFaults {

    /** Seconds a client waits before retrying: the pool validates connections, so a returning database serves at once. */
    static final int RETRY_AFTER_SECONDS = 1;

    private DatabaseFaults() {
    }

    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("acquisition timeout")) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    static Response serviceUnavailable(String instance) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "database-unavailable", "Service temporarily unavailable", 503,
                "The database is not reachable or all its connections are busy; retry in " + RETRY_AFTER_SECONDS + " s.", instance, null, List.of());
        return Response.fromResponse(ProblemMapper.respond(problem)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
