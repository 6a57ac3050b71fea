package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosurestats.domain.Observation;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, Long> {

    /** The figures of one revision in catalogue order. */
    public List<Observation> ofRevision(long revisionId) {
        return getEntityManager().createQuery(
                        "select o from Observation o, Metric m where m.code = o.metricCode and o.revisionId = :revision"
                                + " order by m.sortOrder, o.breakdown, coalesce(o.subjectName, ''), o.id", Observation.class)
                .setParameter("revision", revisionId)
                .getResultList();
    }

    /** What a flat extract asks for; null fields do not filter. */
    public record FlatFilter(java.util.Collection<String> metrics, String divisionCode, java.util.Collection<String> withinCodes,
                             String level, Integer yearFrom, Integer yearTo) {
    }

    /** Observations of current published revisions after the given id, in id order (a keyset page). */
    @SuppressWarnings("unchecked")
    public List<FlatObservation> currentPage(FlatFilter f, long afterId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select o.id, r.id as report_id, r.division_code, r.year, r.scope, r.issuer_name, rv.edition, o.metric_code, o.value,
                       o.qualifier, o.status, o.breakdown, o.subject_name, o.subject_division_code, o.quote
                from observation o
                join report_revision rv on rv.id = o.revision_id and rv.status = 'published'
                join report r on r.id = rv.report_id and r.current_revision_no = rv.revision_no
                where o.id > :after""");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("after", afterId);
        if (f.metrics() != null && !f.metrics().isEmpty()) {
            sql.append(" and o.metric_code in (:metrics)");
            params.put("metrics", f.metrics());
        }
        if (f.divisionCode() != null) {
            sql.append(" and r.division_code = :division");
            params.put("division", f.divisionCode());
        }
        if (f.withinCodes() != null) {
            sql.append(" and r.division_code in (:within)");
            params.put("within", f.withinCodes());
        }
        if (f.yearFrom() != null) {
            sql.append(" and r.year between :yearFrom and :yearTo");
            params.put("yearFrom", f.yearFrom().shortValue());
            params.put("yearTo", f.yearTo().shortValue());
        }
        if (f.level() != null) {
            sql.append(" and exists (select 1 from division d where d.code = r.division_code and d.level = :level"
                    + " and (d.valid_from is null or d.valid_from <= r.year) and (d.valid_to is null or d.valid_to >= r.year))");
            params.put("level", f.level());
        }
        var query = getEntityManager().createNativeQuery(sql + " order by o.id limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new FlatObservation(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7], org.disclosurestats.domain.Decimals.canonical((java.math.BigDecimal) r[8]),
                (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14])).toList();
    }
}
