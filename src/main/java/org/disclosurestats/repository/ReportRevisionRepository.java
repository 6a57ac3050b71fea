package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.projection.CopyText;

@ApplicationScoped
public class ReportRevisionRepository implements PanacheRepositoryBase<ReportRevision, Long> {

    /**
     * Stores new revisions in one round trip (COPY) instead of one INSERT each, setting their ids from the
     * table's sequence as persist would; their reports must already be written.
     */
    public void insertAll(List<ReportRevision> rows) {
        LedgerCopy.insertWithIds(getEntityManager().unwrap(org.hibernate.Session.class), "report_revision",
                "report_id, revision_no, status, edition, title, source_url, published_on, source_text, text_sha256,"
                        + " recorded_at, recorded_by, change_note", rows, 160,
                (r, id) -> r.id = id, (text, r) -> {
                    CopyText.appendField(text, String.valueOf(r.reportId));
                    CopyText.appendField(text, String.valueOf(r.revisionNo));
                    CopyText.appendField(text, r.status.code());
                    CopyText.appendField(text, r.edition.code());
                    CopyText.appendField(text, r.title);
                    CopyText.appendField(text, r.sourceUrl);
                    CopyText.appendField(text, r.publishedOn == null ? null : r.publishedOn.toString());
                    CopyText.appendField(text, r.sourceText);
                    CopyText.appendField(text, r.textSha256);
                    CopyText.appendField(text, r.recordedAt.toString());
                    CopyText.appendField(text, r.recordedBy);
                    CopyText.appendField(text, r.changeNote);
                });
    }

    public Optional<ReportRevision> numbered(long reportId, int revisionNo) {
        return find("reportId = ?1 and revisionNo = ?2", reportId, revisionNo).firstResultOptional();
    }

    /** The given revisions of several reports at once, keyed by report id (one query for a page of reports). */
    public Map<Long, ReportRevision> currentOf(Map<Long, Integer> revisionNoByReport) {
        if (revisionNoByReport.isEmpty()) {
            return Map.of();
        }
        Collection<Long> ids = revisionNoByReport.keySet();
        List<ReportRevision> revisions = list("reportId in ?1", ids);
        return revisions.stream()
                .filter(r -> revisionNoByReport.get(r.reportId) == r.revisionNo)
                .collect(Collectors.toMap(r -> r.reportId, Function.identity()));
    }

    /**
     * The current revisions of these reports, by report (none for a report whose current revision is 0),
     * detached: read to be compared, never written, and not kept by the session for the rest of its transaction.
     */
    public Map<Long, ReportRevision> currentDetached(Collection<Long> reportIds) {
        Map<Long, ReportRevision> byReport = new java.util.HashMap<>();
        for (ReportRevision rv : getEntityManager().createQuery("select rv from ReportRevision rv, Report r"
                + " where r.id = rv.reportId and rv.revisionNo = r.currentRevisionNo and r.id in :ids", ReportRevision.class)
                .setParameter("ids", reportIds).getResultList()) {
            getEntityManager().detach(rv);
            byReport.put(rv.reportId, rv);
        }
        return byReport;
    }

    /** The highest revision number of each of these reports (drafts included), by report. */
    public Map<Long, Integer> lastNumbers(Collection<Long> reportIds) {
        Map<Long, Integer> last = new java.util.HashMap<>();
        getEntityManager().createQuery("select rv.reportId, max(rv.revisionNo) from ReportRevision rv where rv.reportId in :ids"
                + " group by rv.reportId", Object[].class).setParameter("ids", reportIds).getResultList()
                .forEach(row -> last.put((Long) row[0], (Integer) row[1]));
        return last;
    }

    /** Every revision of a report, oldest first. */
    public List<ReportRevision> ofReport(long reportId) {
        return list("reportId = ?1 order by revisionNo", reportId);
    }

    /** Revisions whose source text has this SHA-256, newest first. */
    public List<ReportRevision> withTextHash(String sha256) {
        return list("textSha256 = ?1 order by id desc", sha256);
    }

    /**
     * The number the next revision of a report takes: max(revision_no) + 1. Drafts take numbers too, so
     * this is not current_revision_no + 1.
     */
    public int nextRevisionNo(long reportId) {
        Integer max = getEntityManager().createQuery("select max(rv.revisionNo) from ReportRevision rv where rv.reportId = :report", Integer.class)
                .setParameter("report", reportId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The report's newest draft, if any. */
    public Optional<ReportRevision> latestDraft(long reportId) {
        return find("reportId = ?1 and status = ?2 order by revisionNo desc", reportId, org.disclosurestats.domain.RevisionStatus.DRAFT)
                .firstResultOptional();
    }
}
