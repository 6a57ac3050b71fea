package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.CurrentReport;
import org.disclosurestats.repository.ObservationRepository;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.repository.ReportRevisionRepository;

/** Reading reports: pages of published reports, a report as it stands (or stood), any earlier revision. */
@ApplicationScoped
public class ReportQueries {

    public static final int MAX_PAGE = 200;

    @Inject
    ReportRepository reports;
    @Inject
    ReportRevisionRepository revisions;
    @Inject
    ObservationRepository observations;

    /** A report as it currently stands, with its figures. */
    public record ReportContent(Report report, ReportRevision revision, List<Observation> observations) {
    }

    /** A page of published reports as they stood at {@code asOf} (null: now). */
    @Transactional
    public List<CurrentReport> page(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit, OffsetDateTime asOf) {
        return reports.publishedPage(divisionCode, year, scope, edition, afterId, limit, asOf);
    }

    @Transactional
    public ReportContent current(long id) {
        return current(id, null);
    }

    /** A report as it stood at {@code asOf} (null: now); 404 if unknown, not yet recorded or retracted then. */
    @Transactional
    public ReportContent current(long id, OffsetDateTime asOf) {
        CurrentReport found = reports.published(id, asOf).orElseThrow(() -> ApiProblem.notFound("Report", "id",
                "No published report with id " + id + (asOf == null ? "" : " as of " + asOf) + "."));
        return new ReportContent(found.report(), found.revision(), observations.ofRevision(found.revision().id));
    }

    /** One revision as recorded, published or retracted; 404 if the report or the revision does not exist. */
    @Transactional
    public ReportContent revision(long id, int revisionNo) {
        Report report = publicReport(id);
        ReportRevision revision = revisions.numbered(id, revisionNo).filter(r -> r.status != RevisionStatus.DRAFT).orElseThrow(() -> ApiProblem.notFound("Revision", "n",
                "Report " + id + " has revisions 1 to " + report.currentRevisionNo + ", not " + revisionNo + "."));
        return new ReportContent(report, revision, observations.ofRevision(revision.id));
    }

    /** A report that has been published at least once; a report with only an import draft is as unknown as one that does not exist. */
    Report publicReport(long id) {
        return reports.findByIdOptional(id).filter(r -> r.currentRevisionNo > 0).orElseThrow(() -> unknownReport(id));
    }

    static ApiProblem unknownReport(long id) {
        return ApiProblem.notFound("Report", "id", "No report with id " + id + ".");
    }
}
