package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every change of the data is a new report revision (retractions included), so the newest revision
 * identifies the state of the whole dataset. Drafts (imports awaiting review) change nothing a read shows.
 */
@ApplicationScoped
public class DatasetVersionRepository {

    /** The newest revision's id and time; (0, null) on an empty dataset. */
    public record Newest(long revisionId, OffsetDateTime recordedAt) {
    }

    @Inject
    EntityManager em;

    public Newest newest() {
        return first(em.createNativeQuery("select id, recorded_at from report_revision where status <> 'draft' order by id desc limit 1").getResultList());
    }

    public Newest newestAsOf(OffsetDateTime asOf) {
        return first(em.createNativeQuery("select id, recorded_at from report_revision where recorded_at <= ?1 and status <> 'draft' order by recorded_at desc, id desc limit 1")
                .setParameter(1, asOf).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static Newest first(List<?> rows) {
        if (rows.isEmpty()) {
            return new Newest(0, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Newest(((Number) row[0]).longValue(), toOffset(row[1]));
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
