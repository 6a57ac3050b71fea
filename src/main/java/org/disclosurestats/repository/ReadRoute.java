package org.disclosurestats.repository;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One request's choice between the replica and the primary, made once at its first read: its dataset
 * version and the rows it reads then come from the same server, so an answer never states a newer
 * version than its data. A replica that fails mid-request sends the rest of the request to the primary
 * (whose data is never older than the replica's, so the version stated still does not run ahead).
 */
@RequestScoped
public class ReadRoute {

    @Inject
    ReadRouting routing;

    private Boolean replica;

    /** Whether this request reads the replica. */
    public boolean replica() {
        if (replica == null) {
            replica = routing.replicaUsable();
        }
        return replica;
    }

    /** The replica failed this request: it, and every request until the next measurement, reads the primary. */
    public void fellBack(SQLException e) {
        replica = false;
        routing.replicaFailed(e);
    }

    /** Runs a read on this request's server; false when no request is active (start-up, background work). */
    public static boolean active() {
        return Arc.container().requestContext().isActive();
    }

    public interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    /** A read outside any transaction: on the replica when this request uses it, else (or when it fails) on the primary. */
    public <T> T read(Read<T> read) throws SQLException {
        if (replica()) {
            try (Connection c = routing.replicaConnection()) {
                return read.on(c);
            } catch (SQLException e) {
                fellBack(e);
            }
        }
        try (Connection c = routing.primaryConnection()) {
            return read.on(c);
        }
    }
}
