package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;

/**
 * Every change of the data is a new report revision (retractions included), and revisions are never
 * deleted (append-only ledger), so the number of revisions identifies the state of the whole dataset.
 * Their count, unlike the newest id, also changes when a transaction that took a lower id commits
 * after one that took a higher id. Drafts (imports awaiting review) change nothing a read shows.
 */
@ApplicationScoped
public class DatasetVersionRepository {

    /** How many visible revisions exist, and when the newest was recorded (null on an empty dataset). */
    public record Revisions(long count, OffsetDateTime lastRecordedAt) {
    }

    @Inject
    EntityManager em;

    private static final String VISIBLE = "select count(*), max(recorded_at) from report_revision where status <> 'draft'";

    public Revisions visibleRevisions() {
        return revisions((Object[]) em.createNativeQuery(VISIBLE).getSingleResult());
    }

    /** The same, on a connection of the caller's (a replica's), outside any transaction. */
    public static Revisions visibleRevisions(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery(VISIBLE)) {
            rs.next();
            return new Revisions(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
        }
    }

    /** Whether the server is a standby, and the WAL position it has replayed (a standby) or written. */
    public static long[] walPosition(java.sql.Connection connection) throws java.sql.SQLException {
        return ReadRouting.position(connection);
    }

    public Revisions visibleRevisionsAsOf(OffsetDateTime asOf) {
        return revisions((Object[]) em.createNativeQuery("select count(*), max(recorded_at) from report_revision where recorded_at <= ?1 and status <> 'draft'")
                .setParameter(1, asOf).getSingleResult());
    }

    private static Revisions revisions(Object[] row) {
        return new Revisions(((Number) row[0]).longValue(), row[1] == null ? null : toOffset(row[1]));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
