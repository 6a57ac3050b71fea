package org.disclosurestats.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.FlatObservation;

/**
 * The flat extract: every figure of the current published revisions with its report's identity, read
 * with one SQL statement per page (a keyset page by observation id), mapped by column name.
 */
@ApplicationScoped
public class FlatObservations {

    @Inject
    EntityManager em;

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
            sql.append(" and exists (select 1 from division d where d.code = r.division_code and d.level = :level and "
                    + Division.validInYearSql("d", "r.year") + ")");
            params.put("level", f.level());
        }
        var query = em.createNativeQuery(sql + " order by o.id limit :limit", Tuple.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(FlatObservations::row).toList();
    }

    /** One row by its column names (the select list above), not by position. */
    private static FlatObservation row(Tuple t) {
        return new FlatObservation(t.get("id", Number.class).longValue(), t.get("report_id", Number.class).longValue(),
                t.get("division_code", String.class), t.get("year", Number.class).intValue(), t.get("scope", String.class),
                t.get("issuer_name", String.class), t.get("edition", String.class), t.get("metric_code", String.class),
                Decimals.canonical(t.get("value", BigDecimal.class)), t.get("qualifier", String.class), t.get("status", String.class),
                t.get("breakdown", String.class), t.get("subject_name", String.class), t.get("subject_division_code", String.class),
                t.get("quote", String.class));
    }
}
