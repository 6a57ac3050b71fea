package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The notices PostgreSQL sends when a revision is committed (trigger of V7), on a connection of its
 * own: a listening session must stay open, so it is never one of the request pool's connections.
 */
@ApplicationScoped
public class DatasetChangeFeed {

    static final String CHANNEL = "dataset_changed";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @ConfigProperty(name = "disclosure.schema")
    String schema;

    /** An open subscription: from the moment this returns, no committed change goes unnoticed. */
    public Subscription subscribe() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "disclosure-stats change feed");
        Connection connection = DriverManager.getConnection(url, properties);
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new Subscription(connection, schema);
    }

    public static final class Subscription implements AutoCloseable {
        private final Connection connection;
        private final PGConnection pg;
        private final String schema;

        Subscription(Connection connection, String schema) throws SQLException {
            this.connection = connection;
            this.pg = connection.unwrap(PGConnection.class);
            this.schema = schema;
        }

        /**
         * Waits up to {@code timeout} for notices; true when one concerns this service's schema.
         * Throws when the connection is lost, so the caller can no longer trust what it holds.
         */
        public boolean awaitChange(Duration timeout) throws SQLException {
            PGNotification[] notices = pg.getNotifications((int) Math.max(1, timeout.toMillis()));
            if (notices == null || notices.length == 0) {
                // No notice: prove the session is alive (a half-open connection would stay silent forever).
                try (Statement st = connection.createStatement()) {
                    st.execute("select 1");
                }
                return false;
            }
            for (PGNotification notice : notices) {
                if (schema.equals(notice.getParameter())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing left to release
            }
        }
    }
}
