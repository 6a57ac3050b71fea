package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.repository.ObservationRepository;
import org.disclosurestats.repository.ReportRevisionRepository;

/**
 * The one place revisions are built and their figures turned into observation rows and back: the
 * write path, retractions and import drafts all record revisions through it.
 */
@ApplicationScoped
public class Revisions {

    @Inject
    ReportRevisionRepository revisions;
    @Inject
    ObservationRepository observations;

    /** A revision numbered {@code revisionNo} (max(revision_no) + 1, as drafts take numbers too), not yet stored. */
    public static ReportRevision newRevision(Report report, int revisionNo, RevisionStatus status, Edition edition, String title,
                                             String actor, String changeNote) {
        ReportRevision revision = new ReportRevision();
        revision.reportId = report.id;
        revision.revisionNo = revisionNo;
        revision.status = status;
        revision.edition = edition;
        revision.title = title;
        revision.recordedAt = OffsetDateTime.now();
        revision.recordedBy = actor;
        revision.changeNote = changeNote;
        return revision;
    }

    /**
     * Stores revision {@code revisionNo} of the report holding the submission's content, with its figures.
     * Where the report points is left to the caller: a draft does not become current.
     */
    public ReportRevision append(Report report, int revisionNo, RevisionStatus status, ReportSubmission s, String actor, String changeNote) {
        ReportRevision revision = holding(report, revisionNo, status, s, actor, changeNote);
        revisions.persist(revision);
        observations.append(s.figures().stream().map(figure -> toObservation(revision.id, figure)).toList());
        return revision;
    }

    /** A revision to store with {@link #appendAll}: revision {@code revisionNo} of a stored report, holding a submission. */
    public record Next(Report report, int revisionNo, RevisionStatus status, ReportSubmission submission, String actor, String changeNote) {
    }

    /**
     * Stores many revisions as {@link #append} stores one, in two round trips however many: the
     * revisions in one statement, then the figures of all of them in one COPY.
     */
    public List<ReportRevision> appendAll(List<Next> next) {
        List<ReportRevision> built = next.stream().map(n -> holding(n.report(), n.revisionNo(), n.status(), n.submission(), n.actor(),
                n.changeNote())).toList();
        revisions.insertAll(built);
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            long revisionId = built.get(i).id;
            next.get(i).submission().figures().forEach(figure -> rows.add(toObservation(revisionId, figure)));
        }
        observations.append(rows);
        return built;
    }

    private static ReportRevision holding(Report report, int revisionNo, RevisionStatus status, ReportSubmission s, String actor,
                                          String changeNote) {
        ReportRevision revision = newRevision(report, revisionNo, status, s.edition(), s.title(), actor, changeNote);
        revision.sourceUrl = s.sourceUrl();
        revision.publishedOn = s.publishedOn();
        revision.sourceText = s.sourceText();
        revision.textSha256 = s.sourceText() == null ? null : Hashing.sha256Hex(s.sourceText());
        return revision;
    }

    /** The content of a stored revision, in the shape of a submission (to compare, or to resubmit: publishing a draft). */
    public ReportSubmission asSubmission(Report report, ReportRevision revision) {
        return asSubmission(report, revision, observations.ofRevision(revision.id));
    }

    /** As {@link #asSubmission(Report, ReportRevision)}, with the revision's observations already read. */
    public ReportSubmission asSubmission(Report report, ReportRevision revision, List<Observation> stored) {
        List<Figure> figures = stored.stream().map(Revisions::toFigure).toList();
        return new ReportSubmission(report.issuerName, report.issuerKind, report.divisionCode, report.year, report.scope,
                revision.edition, revision.title, revision.sourceUrl, revision.publishedOn, revision.sourceText, figures);
    }

    /** The observation row of a figure in a revision. */
    static Observation toObservation(long revisionId, Figure f) {
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
        o.tablePage = p.tablePage();
        return o;
    }

    static Figure toFigure(Observation o) {
        Subject subject = o.subjectName == null ? null : new Subject(o.subjectName, o.subjectDivisionCode);
        Provenance provenance = new Provenance(o.sourceKind, o.quote, o.quoteStart, o.quoteEnd, o.writtenAs,
                o.tableSection, o.tableRow, o.tableColumn, o.tablePage);
        return new Figure(o.metricCode, o.breakdown, subject, o.value, o.qualifier, o.status, provenance);
    }
}
