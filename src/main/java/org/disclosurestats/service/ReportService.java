package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.projection.CurrentFigureRepository;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.repository.ReportRevisionRepository;
import org.disclosurestats.service.ApiProblem.Violation;
import org.disclosurestats.service.SubmissionCheck.Checked;

/**
 * Recording reports. Recording is append-only: a report's content changes only by a new revision, and
 * the aggregate projection is rebuilt in the same transaction, so reads never see a half-written report.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportRepository reports;
    @Inject
    ReportRevisionRepository revisions;
    @Inject
    Revisions contents;
    @Inject
    CurrentFigureRepository currentFigures;
    @Inject
    SubmissionCheck checks;
    @Inject
    WriteAccess access;
    @Inject
    RollupMaintainer rollups;
    @Inject
    LiveDatasetVersion datasetVersion;

    public enum Outcome { CREATED, REVISED, UNCHANGED }

    public record Recorded(Outcome outcome, Report report, ReportRevision revision) {
    }

    /**
     * What a write requires of the report it changes, checked once the report is locked: the REST layer
     * passes its If-Match condition, so that of two concurrent writes made against one revision exactly
     * one succeeds.
     */
    @FunctionalInterface
    public interface Precondition {

        Precondition NONE = (reportId, currentRevisionNo) -> {
        };

        void require(long reportId, int currentRevisionNo);
    }

    /**
     * Records a submission: a new report, or a new revision of the report with the same identity
     * when its content differs, or nothing at all when it is the same.
     */
    @Transactional
    public Recorded createOrRevise(ReportSubmission submission, String actor, String changeNote) {
        return createOrRevise(submission, Caller.system(actor), changeNote, false);
    }

    /**
     * As {@link #createOrRevise(ReportSubmission, String, String)}, for a caller whose rights are
     * checked; with {@code acceptInconsistent} a report whose tables break their identities is
     * stored anyway (the violations stay visible in its validation).
     */
    @Transactional
    public Recorded createOrRevise(ReportSubmission submission, Caller caller, String changeNote, boolean acceptInconsistent) {
        return reprojected(record(checks.check(submission, caller, changeNote, acceptInconsistent)));
    }

    /**
     * Records a checked submission by identity: a new report, a new revision if the content differs,
     * or nothing. The projection and roll-ups are left to {@link #reproject}.
     */
    Recorded record(Checked c) {
        ReportSubmission s = c.submission();
        Optional<Report> existing = reports.withIdentity(s.issuerName(), s.divisionCode(), s.year(), s.scope());
        if (existing.isEmpty()) {
            return create(s, c.actor(), c.changeNote());
        }
        return reviseLocked(reports.lockedById(existing.get().id).orElseThrow(), s, c.actor(), c.changeNote());
    }

    /** Records a new report; a report with the same identity (issuer, division, year, scope) is a 422. */
    @Transactional
    public Recorded createNew(ReportSubmission submission, Caller caller, String changeNote, boolean acceptInconsistent) {
        Checked checked = checks.check(submission, caller, changeNote, acceptInconsistent);
        Optional<Report> existing = reports.withIdentity(submission.issuerName(), submission.divisionCode(), submission.year(), submission.scope());
        if (existing.isPresent()) {
            throw duplicate(existing.get().id);
        }
        try {
            return reprojected(create(submission, checked.actor(), checked.changeNote()));
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // a concurrent POST of the same report won the race for the identity
            if ("report_identity".equals(e.getConstraintName())) {
                throw duplicate(null);
            }
            throw e;
        }
    }

    /**
     * Replaces the content of report {@code id} by a new revision, if the report, once locked, meets
     * {@code precondition}.
     */
    @Transactional
    public Recorded revise(long id, ReportSubmission submission, Precondition precondition, Caller caller, String changeNote,
                           boolean acceptInconsistent) {
        Report report = reports.lockedById(id).orElseThrow(() -> ReportQueries.unknownReport(id));
        access.requireMayWrite(caller, report.divisionCode, report.year);
        precondition.require(report.id, report.currentRevisionNo);
        requireSameIdentity(report, submission);
        String note = checks.requireValid(submission, acceptInconsistent, changeNote);
        return reprojected(reviseLocked(report, submission, caller.subject(), note));
    }

    /**
     * Retracts report {@code id}: a new revision with status retracted and no figures, so the report
     * disappears from reads and aggregates while its history stays. Retracting a retracted report
     * records nothing.
     */
    @Transactional
    public Recorded retract(long id, Precondition precondition, Caller caller, String changeNote) {
        access.requireAdmin(caller);
        Report report = reports.lockedById(id).orElseThrow(() -> ReportQueries.unknownReport(id));
        precondition.require(report.id, report.currentRevisionNo);
        ReportRevision current = revisions.numbered(report.id, report.currentRevisionNo).orElseThrow(() -> ReportQueries.unknownReport(id));
        if (current.status == RevisionStatus.RETRACTED) {
            return new Recorded(Outcome.UNCHANGED, report, current);
        }
        ReportRevision retraction = Revisions.newRevision(report, revisions.nextRevisionNo(report.id), RevisionStatus.RETRACTED, current.edition,
                current.title, caller.subject(), changeNote);
        retraction.sourceUrl = current.sourceUrl;
        retraction.publishedOn = current.publishedOn;
        revisions.persist(retraction);
        report.currentRevisionNo = retraction.revisionNo;
        reproject(List.of(report));
        return new Recorded(Outcome.REVISED, report, retraction);
    }

    private Recorded reviseLocked(Report report, ReportSubmission submission, String actor, String changeNote) {
        // current_revision_no is 0 while a report created by an import has only drafts
        ReportRevision current = revisions.numbered(report.id, report.currentRevisionNo).orElse(null);
        if (current != null && current.status == RevisionStatus.PUBLISHED && submission.sameContentAs(contents.asSubmission(report, current))) {
            return new Recorded(Outcome.UNCHANGED, report, current);
        }
        return new Recorded(Outcome.REVISED, report, publish(report, revisions.nextRevisionNo(report.id), submission, actor, changeNote));
    }

    private static void requireSameIdentity(Report report, ReportSubmission s) {
        List<Violation> found = new ArrayList<>();
        String fixed = " is part of the report's identity and cannot change; submit a different report with POST";
        if (!Objects.equals(report.issuerName, s.issuerName())) {
            found.add(new Violation("/issuerName", "is '" + report.issuerName + "' for report " + report.id + fixed));
        }
        if (!Objects.equals(report.divisionCode, s.divisionCode())) {
            found.add(new Violation("/division", "is " + report.divisionCode + " for report " + report.id + fixed));
        }
        if (report.year != s.year()) {
            found.add(new Violation("/year", "is " + report.year + " for report " + report.id + fixed));
        }
        if (report.scope != s.scope()) {
            found.add(new Violation("/scope", "is " + (report.scope == null ? null : report.scope.code()) + " for report " + report.id + fixed));
        }
        if (!found.isEmpty()) {
            throw ApiProblem.unprocessable("The report's identity cannot change", "PUT revises report " + report.id + "; nothing was stored.", found);
        }
    }

    private static ApiProblem duplicate(Long existingId) {
        String where = existingId == null ? "another report" : "report " + existingId;
        return ApiProblem.unprocessable("The report already exists", "A report with the same issuer, division, year and scope exists ("
                + where + "); revise it with PUT" + (existingId == null ? "" : " /api/v1/reports/" + existingId) + ". Nothing was stored.",
                List.of(new Violation("", "duplicate report: same issuerName, division, year and scope as " + where)));
    }

    private Recorded create(ReportSubmission s, String actor, String changeNote) {
        Report report = newIdentity(s);
        return new Recorded(Outcome.CREATED, report, publish(report, 1, s, actor, changeNote)); // a new identity has no revision yet
    }

    /**
     * A new report identity (issuer, division, year, scope) with no revision yet: current revision 0,
     * so no read shows it until a revision is published (an import's draft waits there).
     */
    public Report newIdentity(ReportSubmission s) {
        Report report = identityOf(s, 0);
        reports.persist(report);
        return report;
    }

    private static Report identityOf(ReportSubmission s, int currentRevisionNo) {
        Report report = new Report();
        report.issuerName = s.issuerName();
        report.issuerKind = s.issuerKind();
        report.divisionCode = s.divisionCode();
        report.year = (short) s.year();
        report.scope = s.scope();
        report.currentRevisionNo = currentRevisionNo;
        report.createdAt = OffsetDateTime.now();
        return report;
    }

    /**
     * Records checked submissions whose identities no stored report has, as {@link #record} would one by
     * one (each created with revision 1), in a constant number of statements: the reports in one, their
     * revisions in one, all their figures in one COPY. A report stored meanwhile under one of the
     * identities makes it fail on report_identity. The projection is left to {@link #reproject}.
     */
    List<Recorded> createAll(List<Checked> fresh) {
        List<Report> created = fresh.stream().map(c -> identityOf(c.submission(), 1)).toList();
        reports.insertAll(created);
        List<Revisions.Next> next = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Checked c = fresh.get(i);
            next.add(new Revisions.Next(created.get(i), 1, RevisionStatus.PUBLISHED, c.submission(), c.actor(), c.changeNote()));
        }
        List<ReportRevision> revisions = contents.appendAll(next);
        List<Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            recorded.add(new Recorded(Outcome.CREATED, created.get(i), revisions.get(i)));
        }
        return recorded;
    }

    /** Stores a published revision with its figures and points the report at it; the projection is left to {@link #reproject}. */
    private ReportRevision publish(Report report, int revisionNo, ReportSubmission s, String actor, String changeNote) {
        ReportRevision revision = contents.append(report, revisionNo, RevisionStatus.PUBLISHED, s, actor, changeNote);
        report.currentRevisionNo = revision.revisionNo;
        return revision;
    }

    /** A recorded write with its projection and roll-ups rebuilt (nothing to do when unchanged). */
    Recorded reprojected(Recorded recorded) {
        if (recorded.outcome() != Outcome.UNCHANGED) {
            reproject(List.of(recorded.report()));
        }
        return recorded;
    }

    /**
     * Rebuilds the projection of reports just pointed at a new revision, and moves the stored roll-ups
     * above them by what their figures changed, in the writing transaction: two statements for the
     * projection however many reports, and one roll-up update for all of them.
     */
    void reproject(List<Report> changed) {
        if (changed.isEmpty()) {
            return;
        }
        reports.getEntityManager().flush();
        follow(currentFigures.replaceForReports(changed.stream().map(r -> r.id).toList()));
    }

    /**
     * As {@link #reproject}, for reports just given a published revision whose content is at hand (the
     * lines of a bulk group, in the same order): their projected figures are taken from that content and
     * written with one COPY, instead of selected back from the observations just written.
     */
    void reprojectPublished(List<Recorded> written, List<ReportSubmission> contents) {
        if (written.isEmpty()) {
            return;
        }
        reports.getEntityManager().flush();
        List<Long> revised = new ArrayList<>();
        List<RegionalFigure> after = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Recorded r = written.get(i);
            if (r.outcome() == Outcome.REVISED) {
                revised.add(r.report().id);
            }
            after.addAll(CurrentFigureRepository.projected(r.report().id, contents.get(i)));
        }
        follow(currentFigures.replaceWith(revised, after));
    }

    private void follow(CurrentFigureRepository.Replaced replaced) {
        rollups.follow(replaced.before(), replaced.after());
        datasetVersion.changesOnCommit();
    }
}
