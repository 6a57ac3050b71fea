package org.disclosurestats.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.hibernate.Session;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.OwnFigure;
import org.disclosurestats.repository.RevisionAtInstant;
import org.disclosurestats.domain.Scope;

/**
 * The figures aggregates add up: for each report, the figures of its current published revision that
 * speak about the issuer itself (no other subject, no breakdown, not blank). The current ones live in
 * the current_figure projection; figures as of an earlier instant are read from the ledger.
 */
@ApplicationScoped
public class CurrentFigureRepository {

    @Inject
    EntityManager em;

    /**
     * The projection rule as SQL, for the reports meeting {@code reportCondition} (on alias r): the
     * figures of each report's current published revision that are about the issuer itself (no other
     * subject, no breakdown, not blank). The write path and the dataset generator both fill the
     * projection with it.
     */
    public static String projectionInsert(String reportCondition) {
        return """
                insert into current_figure (report_id, metric_code, division_code, province_code, year, scope, value, approximate)
                select r.id, o.metric_code, r.division_code, r.province_code, r.year, r.scope, o.value,
                       o.qualifier = 'approximate'
                from report r
                join report_revision rv on rv.report_id = r.id and rv.revision_no = r.current_revision_no and rv.status = 'published'
                join observation o on o.revision_id = rv.id
                where %s and %s and o.status = 'reported'
                """.formatted(reportCondition, OwnFigure.SQL);
    }

    /** The province a report's division lies in: what report's generated column province_code holds, for rows written without it. */
    private static String provinceOf(String divisionCode) {
        return divisionCode.substring(0, 2) + "0000";
    }

    /** A report's projected figures before and after its projection was rebuilt: what a write changed. */
    public record Replaced(List<RegionalFigure> before, List<RegionalFigure> after) {
    }

    private static final String RETURNED = " returning report_id, metric_code, division_code, year, scope, value, approximate";

    /**
     * Replaces the projected figures of these reports by those of their current revisions (none if
     * retracted), and returns both: two statements, however many reports.
     */
    public Replaced replaceForReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return new Replaced(List.of(), List.of());
        }
        List<RegionalFigure> before = figures(em.createNativeQuery("delete from current_figure where report_id in (:reports)" + RETURNED)
                .setParameter("reports", reportIds));
        List<RegionalFigure> after = figures(em.createNativeQuery(projectionInsert("r.id in (:reports)") + RETURNED)
                .setParameter("reports", reportIds));
        return new Replaced(before, after);
    }

    /**
     * The projection rule in memory, for a revision published with this content: the rows
     * {@link #projectionInsert} would select from its stored observations (the issuer's own figures,
     * reported ones only), so that a writer holding the content need not read back what it has just written.
     */
    public static List<RegionalFigure> projected(long reportId, ReportSubmission published) {
        List<RegionalFigure> rows = new ArrayList<>();
        for (ReportSubmission.Figure f : published.figures()) {
            if (f.isOwn() && f.status() == ObservationStatus.REPORTED) {
                rows.add(new RegionalFigure(reportId, f.metric(), published.divisionCode(), published.year(), published.scope(),
                        Decimals.canonical(f.value()), f.qualifier() == Qualifier.APPROXIMATE));
            }
        }
        return rows;
    }

    /**
     * As {@link #replaceForReports}, with the new rows already known ({@link #projected}): the stored rows
     * of {@code revised} are deleted (and returned as before), then {@code after} is written with one COPY.
     * Reports created in the same transaction have nothing to delete and need not be named.
     */
    public Replaced replaceWith(Collection<Long> revised, List<RegionalFigure> after) {
        List<RegionalFigure> before = revised.isEmpty() ? List.of()
                : figures(em.createNativeQuery("delete from current_figure where report_id in (:reports)" + RETURNED)
                .setParameter("reports", revised));
        if (!after.isEmpty()) {
            StringBuilder text = new StringBuilder(after.size() * 48);
            for (RegionalFigure f : after) {
                text.append(f.reportId());
                CopyText.appendField(text, f.metric());
                CopyText.appendField(text, f.divisionCode());
                CopyText.appendField(text, provinceOf(f.divisionCode()));
                CopyText.appendField(text, String.valueOf(f.year()));
                CopyText.appendField(text, f.scope().code());
                CopyText.appendField(text, f.value().toPlainString());
                CopyText.appendField(text, String.valueOf(f.approximate()));
                text.append('\n');
            }
            em.unwrap(Session.class).doWork(connection -> CopyText.copyIn(connection, "current_figure",
                    "report_id, metric_code, division_code, province_code, year, scope, value, approximate", text));
        }
        return new Replaced(before, after);
    }

    /**
     * The earliest recorded aggregate-scope figure of each of these divisions for each of these metrics
     * in one year, where there is one: each division's reported figure (a partial index holds only
     * aggregate figures, so this never reads a division's many self-scope figures).
     */
    public List<RegionalFigure> earliestAggregates(Collection<String> divisions, int year, Collection<String> metrics) {
        return figures(em.createNativeQuery("""
                select distinct on (division_code, metric_code) report_id, metric_code, division_code, year, scope, value, approximate
                from current_figure
                where scope = 'aggregate' and year = :year and division_code in (:divisions) and metric_code in (:metrics)
                order by division_code, metric_code, report_id
                """).setParameter("divisions", divisions).setParameter("year", (short) year).setParameter("metrics", metrics));
    }

    /** Current figures of these metrics and years, in one province (or nationwide when provinceCode is null). */
    public List<RegionalFigure> currentWithin(Collection<String> metrics, String provinceCode, int yearFrom, int yearTo) {
        Query query = em.createNativeQuery("""
                select report_id, metric_code, division_code, year, scope, value, approximate
                from current_figure
                where metric_code in (:metrics) and year between :yearFrom and :yearTo
                """ + (provinceCode == null ? "" : " and province_code = :province"));
        return figures(bind(query, metrics, provinceCode, yearFrom, yearTo));
    }

    /**
     * Hands every current figure to {@code chunk}, one (province, year, metric) at a time, reading
     * through a cursor in that order: one pass over the table, never all of it in memory, nor all
     * figures of a province-year (thousands of reports under one prefecture exceed a small heap). A
     * query per chunk would scan the whole table hundreds of times, as no index leads with province.
     * Must run inside a transaction.
     */
    public void forEachProvinceYearMetric(BiConsumer<String, List<RegionalFigure>> chunk) {
        em.createNativeQuery("""
                declare current_figure_by_province no scroll cursor for
                select report_id, metric_code, division_code, year, scope, value, approximate, province_code
                from current_figure order by province_code, year, metric_code
                """).executeUpdate();
        List<RegionalFigure> pending = new ArrayList<>();
        String pendingProvince = null;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("fetch forward 20000 from current_figure_by_province").getResultList();
            if (rows.isEmpty()) {
                break;
            }
            List<RegionalFigure> batch = figures(rows);
            for (int i = 0; i < batch.size(); i++) {
                RegionalFigure f = batch.get(i);
                String province = (String) rows.get(i)[7];
                if (!pending.isEmpty() && (!province.equals(pendingProvince) || f.year() != pending.get(0).year()
                        || !f.metric().equals(pending.get(0).metric()))) {
                    chunk.accept(pendingProvince, pending);
                    pending = new ArrayList<>();
                }
                pendingProvince = province;
                pending.add(f);
            }
        }
        if (!pending.isEmpty()) {
            chunk.accept(pendingProvince, pending);
        }
        em.createNativeQuery("close current_figure_by_province").executeUpdate();
    }

    /** The same figures as the data stood at an instant: each report's newest revision recorded by then. */
    public List<RegionalFigure> asOfWithin(Collection<String> metrics, String provinceCode, int yearFrom, int yearTo, OffsetDateTime asOf) {
        Query query = em.createNativeQuery("select r.id, o.metric_code, r.division_code, r.year, r.scope, o.value,"
                + " o.qualifier = 'approximate'"
                + " from report r"
                + " join report_revision rv on " + RevisionAtInstant.SQL + " and rv.status = 'published'"
                + " join observation o on o.revision_id = rv.id"
                + " where o.metric_code in (:metrics) and r.year between :yearFrom and :yearTo"
                + " and " + OwnFigure.SQL + " and o.status = 'reported'"
                + (provinceCode == null ? "" : " and left(r.division_code, 2) = left(:province, 2)"));
        query.setParameter("asOf", asOf);
        return figures(bind(query, metrics, provinceCode, yearFrom, yearTo));
    }

    private static Query bind(Query query, Collection<String> metrics, String provinceCode, int yearFrom, int yearTo) {
        query.setParameter("metrics", metrics).setParameter("yearFrom", (short) yearFrom).setParameter("yearTo", (short) yearTo);
        if (provinceCode != null) {
            query.setParameter("province", provinceCode);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<RegionalFigure> figures(Query query) {
        return figures((List<Object[]>) query.getResultList());
    }

    private static List<RegionalFigure> figures(List<Object[]> rows) {
        return rows.stream().map(r -> new RegionalFigure(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), Coded.parse(Scope.class, (String) r[4]).orElseThrow(), Decimals.canonical((BigDecimal) r[5]),
                (Boolean) r[6])).toList();
    }
}
