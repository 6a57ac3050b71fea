package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.domain.Scope;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {

    public Optional<Report> withIdentity(String issuerName, String divisionCode, int year, Scope scope) {
        return find("issuerName = :issuer and divisionCode = :division and year = :year and scope = :scope",
                Parameters.with("issuer", issuerName).and("division", divisionCode).and("year", (short) year).and("scope", scope))
                .firstResultOptional();
    }

    /** Locks the report row so that concurrent revisions of one report are serialised. */
    public Optional<Report> lockedById(long id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Published reports matching every given filter (null = no filter) with id above {@code afterId},
     * with their current revision, in id order: a keyset page over a stable total order.
     */
    public List<CurrentReport> publishedPage(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit) {
        StringBuilder where = new StringBuilder("rv.reportId = r.id and rv.revisionNo = r.currentRevisionNo"
                + " and rv.status = :published and r.id > :after");
        Parameters params = Parameters.with("after", afterId).and("published", RevisionStatus.PUBLISHED);
        if (divisionCode != null) {
            where.append(" and r.divisionCode = :division");
            params.and("division", divisionCode);
        }
        if (year != null) {
            where.append(" and r.year = :year");
            params.and("year", year.shortValue());
        }
        if (scope != null) {
            where.append(" and r.scope = :scope");
            params.and("scope", scope);
        }
        if (edition != null) {
            where.append(" and rv.edition = :edition");
            params.and("edition", edition);
        }
        var query = getEntityManager().createQuery("select new org.disclosurestats.repository.CurrentReport(r, rv)"
                + " from Report r, ReportRevision rv where " + where + " order by r.id", CurrentReport.class);
        params.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** A published report with its current revision; empty if unknown or retracted. */
    public Optional<CurrentReport> published(long id) {
        return getEntityManager().createQuery("select new org.disclosurestats.repository.CurrentReport(r, rv)"
                        + " from Report r, ReportRevision rv where r.id = :id and rv.reportId = r.id"
                        + " and rv.revisionNo = r.currentRevisionNo and rv.status = :published", CurrentReport.class)
                .setParameter("id", id).setParameter("published", RevisionStatus.PUBLISHED)
                .getResultStream().findFirst();
    }
}
