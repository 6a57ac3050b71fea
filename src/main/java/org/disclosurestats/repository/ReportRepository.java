package org.disclosurestats.repository;

import org.disclosurestats.domain.CurrentReport;
import org.disclosurestats.projection.CopyText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.domain.Scope;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {

    /** HQL: rv is the current revision of r. */
    private static final String REVISION_NOW = "rv.reportId = r.id and rv.revisionNo = r.currentRevisionNo";
    private static String revisionAt(OffsetDateTime asOf) {
        return asOf == null ? REVISION_NOW : RevisionAtInstant.HQL;
    }

    public Optional<Report> withIdentity(String issuerName, String divisionCode, int year, Scope scope) {
        return find("issuerName = :issuer and divisionCode = :division and year = :year and scope = :scope",
                Parameters.with("issuer", issuerName).and("division", divisionCode).and("year", (short) year).and("scope", scope))
                .firstResultOptional();
    }

    /** What tells reports apart: one report per issuer, division, year and scope. */
    public record Identity(String issuerName, String divisionCode, int year, Scope scope) {
    }

    /** The stored reports of these identities, by identity (absent: none stored): one statement for any number of them. */
    public java.util.Map<Identity, Long> stored(java.util.Collection<Identity> identities) {
        java.util.Map<Identity, Long> found = new java.util.HashMap<>();
        if (identities.isEmpty()) {
            return found;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement("select r.issuer_name, r.division_code, r.year, r.scope, r.id from report r"
                    + " join unnest(?::text[], ?::text[], ?::smallint[], ?::text[]) as u(i, d, y, s)"
                    + " on r.issuer_name = u.i and r.division_code = u.d and r.year = u.y and r.scope = u.s")) {
                st.setArray(1, connection.createArrayOf("text", identities.stream().map(Identity::issuerName).toArray()));
                st.setArray(2, connection.createArrayOf("text", identities.stream().map(Identity::divisionCode).toArray()));
                st.setArray(3, connection.createArrayOf("int2", identities.stream().map(i -> (short) i.year()).toArray()));
                st.setArray(4, connection.createArrayOf("text", identities.stream().map(i -> i.scope().code()).toArray()));
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.put(new Identity(rs.getString(1), rs.getString(2), rs.getShort(3),
                                org.disclosurestats.domain.Coded.parse(Scope.class, rs.getString(4)).orElseThrow()), rs.getLong(5));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Stores new reports in one round trip (COPY) instead of one INSERT each, setting their ids from the
     * table's sequence as persist would. Their identity key holds: a report already stored under the same
     * identity makes the statement fail on report_identity, as persist would.
     */
    public void insertAll(List<Report> rows) {
        LedgerCopy.insertWithIds(getEntityManager().unwrap(org.hibernate.Session.class), "report",
                "issuer_name, issuer_kind, division_code, year, scope, current_revision_no, created_at", rows, 96,
                (r, id) -> r.id = id, (text, r) -> {
                    CopyText.appendField(text, r.issuerName);
                    CopyText.appendField(text, r.issuerKind.code());
                    CopyText.appendField(text, r.divisionCode);
                    CopyText.appendField(text, String.valueOf(r.year));
                    CopyText.appendField(text, r.scope.code());
                    CopyText.appendField(text, String.valueOf(r.currentRevisionNo));
                    CopyText.appendField(text, r.createdAt.toString());
                });
    }

    /** Locks these report rows, in id order (as every writer of several reports takes them), and returns them by id. */
    public java.util.Map<Long, Report> lockedByIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, Report> locked = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("from Report r where r.id in :ids order by r.id", Report.class).setParameter("ids", ids)
                    .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(r -> locked.put(r.id, r));
        }
        return locked;
    }

    /** Locks the report row so that concurrent revisions of one report are serialised. */
    public Optional<Report> lockedById(long id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public List<CurrentReport> publishedPage(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit) {
        return publishedPage(divisionCode, year, scope, edition, afterId, limit, null);
    }

    /**
     * Published reports matching every given filter (null = no filter) with id above {@code afterId},
     * with their current revision (or the one current at {@code asOf}, when given), in id order: a
     * keyset page over a stable total order. A report retracted at that instant is left out.
     */
    public List<CurrentReport> publishedPage(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit,
                                             OffsetDateTime asOf) {
        StringBuilder where = new StringBuilder(revisionAt(asOf) + " and rv.status = :published and r.id > :after");
        Parameters params = Parameters.with("after", afterId).and("published", RevisionStatus.PUBLISHED);
        if (asOf != null) {
            params.and("asOf", asOf);
        }
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
        var query = getEntityManager().createQuery("select new org.disclosurestats.domain.CurrentReport(r, rv)"
                + " from Report r, ReportRevision rv where " + where + " order by r.id", CurrentReport.class);
        params.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** A published report with its current revision; empty if unknown or retracted. */
    public Optional<CurrentReport> published(long id) {
        return published(id, null);
    }

    /** A report with the revision current at {@code asOf} (null: now); empty if unknown, not yet recorded or retracted then. */
    public Optional<CurrentReport> published(long id, OffsetDateTime asOf) {
        return reportAt(id, asOf).filter(c -> c.revision().status == RevisionStatus.PUBLISHED);
    }

    /**
     * The revision of each report that was current at an instant (null: now), published or retracted;
     * reports first recorded after the instant are absent. This is the one definition of "as the data
     * stood then": reads with asOf use it, and aggregates as of an instant read the observations of
     * the published revisions it returns.
     */
    public List<CurrentReport> revisionsAt(OffsetDateTime asOf) {
        var query = getEntityManager().createQuery("select new org.disclosurestats.domain.CurrentReport(r, rv)"
                + " from Report r, ReportRevision rv where " + revisionAt(asOf) + " order by r.id", CurrentReport.class);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    private Optional<CurrentReport> reportAt(long id, OffsetDateTime asOf) {
        var query = getEntityManager().createQuery("select new org.disclosurestats.domain.CurrentReport(r, rv)"
                + " from Report r, ReportRevision rv where r.id = :id and " + revisionAt(asOf), CurrentReport.class)
                .setParameter("id", id);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultStream().findFirst();
    }
}
