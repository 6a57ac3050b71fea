package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The aggregate projection: for each report, the figures of its current published revision that
 * speak about the issuer itself (no other subject, no breakdown, not blank).
 */
@ApplicationScoped
public class CurrentFigureRepository {

    @Inject
    EntityManager em;

    /** Replaces the report's projected figures by those of its current revision (none if retracted). */
    public void rebuildForReport(long reportId) {
        em.createNativeQuery("delete from current_figure where report_id = ?1").setParameter(1, reportId).executeUpdate();
        em.createNativeQuery("""
                insert into current_figure (report_id, metric_code, division_code, province_code, year, scope, value, approximate)
                select r.id, o.metric_code, r.division_code, left(r.division_code, 2) || '0000', r.year, r.scope, o.value,
                       o.qualifier = 'approximate'
                from report r
                join report_revision rv on rv.report_id = r.id and rv.revision_no = r.current_revision_no and rv.status = 'published'
                join observation o on o.revision_id = rv.id
                where r.id = ?1 and o.subject_name is null and o.breakdown = '' and o.status = 'reported'
                """).setParameter(1, reportId).executeUpdate();
    }
}
