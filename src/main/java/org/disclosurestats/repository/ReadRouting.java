package org.disclosurestats.repository;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where reads go: to a streaming replica when one is configured (DB_REPLICA_URL), answers, is at most
 * the allowed lag behind the primary, and has replayed this instance's own last write; to the primary
 * otherwise. Writes always go to the primary (the default datasource). A thread measures the replica
 * twice a second: its lag is the age of the oldest primary WAL position it has not replayed yet.
 */
@ApplicationScoped
public class ReadRouting {

    private static final Logger LOG = Logger.getLogger(ReadRouting.class);
    /** WAL positions as byte offsets; on a server that is not a standby, its own current position. */
    static final String POSITION_SQL = "select pg_is_in_recovery(), pg_wal_lsn_diff(case when pg_is_in_recovery()"
            + " then pg_last_wal_replay_lsn() else pg_current_wal_lsn() end, '0/0')::bigint";

    /** What the last measurement found; lagMillis -1 when unknown. */
    public record Standing(boolean configured, boolean reachable, boolean standby, long lagMillis, long lagBytes, long replayed,
                           String problem) {

        static Standing unreachable(String problem) {
            return new Standing(true, false, false, -1, -1, -1, problem);
        }
    }

    @ConfigProperty(name = "disclosure.replica.url")
    Optional<String> url;
    @ConfigProperty(name = "disclosure.replica.max-lag", defaultValue = "5S")
    Duration maxLag;
    @ConfigProperty(name = "disclosure.replica.check-interval", defaultValue = "500ms")
    Duration checkInterval;
    @ConfigProperty(name = "disclosure.replica.pool-max", defaultValue = "32")
    int poolMax;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @ConfigProperty(name = "disclosure.schema")
    String schema;
    @Inject
    AgroalDataSource primary;

    private AgroalDataSource replica;
    private volatile Standing standing = new Standing(false, false, false, -1, -1, -1, null);
    /** Writes this instance committed, and how many of them the fence below already covers. */
    private final AtomicLong localWrites = new AtomicLong();
    private volatile long fencedWrites;
    /** The primary's WAL position after this instance's last write: the replica must have replayed it. */
    private volatile long fence;
    /** Primary positions the replica had not replayed when seen, oldest first: {position, nanoTime}. */
    private final ArrayDeque<long[]> unreplayed = new ArrayDeque<>();
    private volatile boolean running = true;
    private Thread checker;

    void start(@Observes @Priority(20) StartupEvent start) throws SQLException {
        Optional<String> configured = url.filter(u -> !u.isBlank());
        if (configured.isEmpty()) {
            return;
        }
        replica = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                .maxSize(poolMax).minSize(0).initialSize(0)
                // A replica that went away costs a request one second at most before it reads the primary.
                .acquisitionTimeout(Duration.ofSeconds(1))
                .validateOnBorrow(true)
                .connectionValidator(ConnectionValidator.defaultValidatorWithTimeout(2))
                .connectionFactoryConfiguration(factory -> {
                    factory.jdbcUrl(configured.get()).connectionProviderClass(org.postgresql.Driver.class)
                            .loginTimeout(Duration.ofSeconds(2))
                            .jdbcProperty("currentSchema", schema)
                            .jdbcProperty("connectTimeout", "2")
                            .jdbcProperty("socketTimeout", "30")
                            .jdbcProperty("ApplicationName", "disclosure-stats replica/" + schema);
                    user.ifPresent(u -> factory.principal(new NamePrincipal(u)));
                    password.ifPresent(p -> factory.credential(new SimplePassword(p)));
                    return factory;
                })));
        standing = Standing.unreachable("not measured yet");
        measure();
        checker = new Thread(this::follow, "replica-lag");
        checker.setDaemon(true);
        checker.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (checker != null) {
            checker.interrupt();
        }
        if (replica != null) {
            replica.close();
        }
    }

    /** Whether a read starting now may use the replica. */
    public boolean replicaUsable() {
        Standing s = standing;
        return replica != null && s.reachable() && s.lagMillis() >= 0 && s.lagMillis() <= maxLag.toMillis()
                && fencedWrites == localWrites.get() && s.replayed() >= fence;
    }

    public Standing standing() {
        return standing;
    }

    public Duration maxLag() {
        return maxLag;
    }

    /** Called once a write of this instance committed: its reads go to the primary until the replica has it. */
    public void localWriteCommitted() {
        localWrites.incrementAndGet();
    }

    public Connection replicaConnection() throws SQLException {
        if (replica == null) {
            throw new SQLException("no replica configured");
        }
        return replica.getConnection();
    }

    public Connection primaryConnection() throws SQLException {
        return primary.getConnection();
    }

    /** A read on the replica failed: nothing more goes there until the next measurement finds it well. */
    public void replicaFailed(SQLException e) {
        standing = Standing.unreachable(e.getMessage());
    }

    private void follow() {
        while (running) {
            try {
                Thread.sleep(checkInterval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            measure();
        }
    }

    synchronized void measure() {
        long writes = localWrites.get();
        long now = System.nanoTime();
        Long primaryPosition = null;
        try (Connection c = primary.getConnection()) {
            primaryPosition = position(c)[1];
        } catch (SQLException e) {
            // The primary away: the replica is measured against the last position seen, and reads go on.
            LOG.debugf("Primary position unknown: %s", e.getMessage());
        }
        long[] replayed;
        try (Connection c = replica.getConnection()) {
            replayed = position(c);
        } catch (SQLException e) {
            if (standing.reachable()) {
                LOG.warnf("Read replica unreachable (%s); reads go to the primary", e.getMessage());
            }
            standing = Standing.unreachable(e.getMessage());
            return;
        }
        if (primaryPosition != null && (unreplayed.isEmpty() || unreplayed.peekLast()[0] < primaryPosition)) {
            unreplayed.addLast(new long[] {primaryPosition, now});
        }
        while (!unreplayed.isEmpty() && unreplayed.peekFirst()[0] <= replayed[1]) {
            unreplayed.removeFirst();
        }
        long lagMillis = unreplayed.isEmpty() ? 0 : Duration.ofNanos(now - unreplayed.peekFirst()[1]).toMillis();
        long lagBytes = primaryPosition == null ? -1 : Math.max(0, primaryPosition - replayed[1]);
        if (writes != fencedWrites && primaryPosition != null) {
            fence = Math.max(fence, primaryPosition);
        }
        standing = new Standing(true, true, replayed[0] == 1, lagMillis, lagBytes, replayed[1], null);
        if (primaryPosition != null) {
            fencedWrites = writes;
        }
    }

    /** {1 if a standby else 0, WAL position replayed (standby) or written (primary)}. */
    static long[] position(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(POSITION_SQL)) {
            rs.next();
            return new long[] {rs.getBoolean(1) ? 1 : 0, rs.getLong(2)};
        }
    }
}
