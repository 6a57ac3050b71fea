package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.repository.CurrentFigureRepository;
import org.disclosurestats.repository.CurrentReport;
import org.disclosurestats.repository.ObservationRepository;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.repository.ReportRevisionRepository;
import org.disclosurestats.service.ReportSubmission.Figure;
import org.disclosurestats.service.ReportSubmission.Provenance;
import org.disclosurestats.service.ReportSubmission.Subject;

/**
 * Recording and reading reports. Recording is append-only: a report's content changes only by a new
 * revision, and the aggregate projection is rebuilt in the same transaction, so reads never see a
 * half-written report.
 */
@ApplicationScoped
public class ReportService {

    public static final int MAX_PAGE = 200;

    @Inject
    ReportRepository reports;
    @Inject
    ReportRevisionRepository revisions;
    @Inject
    ObservationRepository observations;
    @Inject
    CurrentFigureRepository currentFigures;
    @Inject
    SubmissionRules rules;

    public enum Outcome { CREATED, REVISED, UNCHANGED }

    public record Recorded(Outcome outcome, Report report, ReportRevision revision) {
    }

    /** A report as it currently stands, with its figures. */
    public record ReportContent(Report report, ReportRevision revision, List<Observation> observations) {
    }

    /**
     * Records a submission: a new report, or a new revision of the report with the same identity
     * when its content differs, or nothing at all when it is the same.
     */
    @Transactional
    public Recorded createOrRevise(ReportSubmission submission, String actor, String changeNote) {
        requireValid(submission);
        Optional<Report> existing = reports.withIdentity(submission.issuerName(), submission.divisionCode(), submission.year(), submission.scope());
        if (existing.isEmpty()) {
            return create(submission, actor);
        }
        Report report = reports.lockedById(existing.get().id).orElseThrow();
        // current_revision_no is 0 while a report created by an import has only drafts
        ReportRevision current = revisions.numbered(report.id, report.currentRevisionNo).orElse(null);
        if (current != null && current.status == RevisionStatus.PUBLISHED && submission.sameContentAs(asSubmission(report, current))) {
            return new Recorded(Outcome.UNCHANGED, report, current);
        }
        return new Recorded(Outcome.REVISED, report, appendRevision(report, submission, actor, changeNote));
    }

    private Recorded create(ReportSubmission s, String actor) {
        Report report = new Report();
        report.issuerName = s.issuerName();
        report.issuerKind = s.issuerKind();
        report.divisionCode = s.divisionCode();
        report.year = (short) s.year();
        report.scope = s.scope();
        report.currentRevisionNo = 0;
        report.createdAt = OffsetDateTime.now();
        reports.persist(report);
        return new Recorded(Outcome.CREATED, report, appendRevision(report, s, actor, null));
    }

    private ReportRevision appendRevision(Report report, ReportSubmission s, String actor, String changeNote) {
        ReportRevision revision = new ReportRevision();
        revision.reportId = report.id;
        revision.revisionNo = revisions.nextRevisionNo(report.id); // drafts take numbers too
        revision.status = RevisionStatus.PUBLISHED;
        revision.edition = s.edition();
        revision.title = s.title();
        revision.sourceUrl = s.sourceUrl();
        revision.publishedOn = s.publishedOn();
        revision.sourceText = s.sourceText();
        revision.textSha256 = s.sourceText() == null ? null : Hashing.sha256Hex(s.sourceText());
        revision.recordedAt = OffsetDateTime.now();
        revision.recordedBy = actor;
        revision.changeNote = changeNote;
        revisions.persist(revision);
        for (Figure figure : s.figures()) {
            observations.persist(toObservation(revision.id, figure));
        }
        report.currentRevisionNo = revision.revisionNo;
        reports.getEntityManager().flush();
        currentFigures.rebuildForReport(report.id);
        return revision;
    }

    private void requireValid(ReportSubmission submission) {
        List<ApiProblem.Violation> violations = rules.violations(submission);
        if (!violations.isEmpty()) {
            throw ApiProblem.unprocessable("The report is not valid",
                    violations.size() + " rule(s) violated; nothing was stored.", violations);
        }
    }

    public List<CurrentReport> page(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit) {
        return reports.publishedPage(divisionCode, year, scope, edition, afterId, limit);
    }

    public ReportContent current(long id) {
        CurrentReport found = reports.published(id).orElseThrow(() -> ApiProblem.notFound("Report", "id", "No published report with id " + id + "."));
        return new ReportContent(found.report(), found.revision(), observations.ofRevision(found.revision().id));
    }

    /** The content of a stored revision, in the shape of a submission (to compare, or to resubmit: publishing a draft). */
    public ReportSubmission asSubmission(Report report, ReportRevision revision) {
        List<Figure> figures = observations.ofRevision(revision.id).stream().map(ReportService::toFigure).toList();
        return new ReportSubmission(report.issuerName, report.issuerKind, report.divisionCode, report.year, report.scope,
                revision.edition, revision.title, revision.sourceUrl, revision.publishedOn, revision.sourceText, figures);
    }

    /** The observation row of a figure in a revision (also used for the figures of drafts). */
    public static Observation toObservation(long revisionId, Figure f) {
        Observation o = new Observation();
        o.revisionId = revisionId;
        o.metricCode = f.metric();
        o.breakdown = f.breakdown();
        o.subjectName = f.subject() == null ? null : f.subject().name();
        o.subjectDivisionCode = f.subject() == null ? null : f.subject().divisionCode();
        o.value = f.value();
        o.qualifier = f.qualifier();
        o.status = f.status();
        Provenance p = f.provenance();
        o.sourceKind = p.kind();
        o.quote = p.quote();
        o.quoteStart = p.start();
        o.quoteEnd = p.end();
        o.writtenAs = p.writtenAs();
        o.tableSection = p.tableSection();
        o.tableRow = p.tableRow();
        o.tableColumn = p.tableColumn();
        return o;
    }

    private static Figure toFigure(Observation o) {
        Subject subject = o.subjectName == null ? null : new Subject(o.subjectName, o.subjectDivisionCode);
        Provenance provenance = new Provenance(o.sourceKind, o.quote, o.quoteStart, o.quoteEnd, o.writtenAs,
                o.tableSection, o.tableRow, o.tableColumn);
        return new Figure(o.metricCode, o.breakdown, subject, o.value, o.qualifier, o.status, provenance);
    }
}
