package org.disclosurestats.repository;

/**
 * The one rule for "as the data stood at an instant": a report's revision then is its newest
 * published or retracted revision recorded at or before the instant (revision numbers grow with
 * recorded_at: revisions of a report are recorded under its row lock). Both query languages use it.
 */
public final class RevisionAtInstant {

    private RevisionAtInstant() {
    }

    /** HQL over aliases r (Report) and rv (ReportRevision), parameter :asOf. */
    public static final String HQL = "rv.reportId = r.id and rv.revisionNo = (select max(x.revisionNo) from ReportRevision x"
            + " where x.reportId = r.id and x.recordedAt <= :asOf and x.status in ('published', 'retracted'))";

    /** SQL over aliases r (report) and rv (report_revision), parameter :asOf. */
    public static final String SQL = "rv.report_id = r.id and rv.revision_no = (select max(x.revision_no) from report_revision x"
            + " where x.report_id = r.id and x.recorded_at <= :asOf and x.status in ('published', 'retracted'))";
}
