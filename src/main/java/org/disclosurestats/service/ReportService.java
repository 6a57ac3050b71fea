package org.disclosurestats.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.OwnFigure;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.repository.CurrentFigureRepository;
import org.disclosurestats.repository.CurrentReport;
import org.disclosurestats.repository.ObservationRepository;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.repository.ReportRevisionRepository;
import org.disclosurestats.service.ApiProblem.Violation;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recording and reading reports. Recording is append-only: a report's content changes only by a new
 * revision, and the aggregate projection is rebuilt in the same transaction, so reads never see a
 * half-written report.
 */
@ApplicationScoped
public class ReportService {

    public static final int MAX_PAGE = 200;
    private static final Logger LOG = Logger.getLogger(ReportService.class);

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
    @Inject
    TableIdentities identities;
    @Inject
    WriteAccess access;
    @Inject
    RollupMaintainer rollups;
    @Inject
    LiveDatasetVersion datasetVersion;

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
        return createOrRevise(submission, Caller.system(actor), changeNote, false);
    }

    /**
     * As {@link #createOrRevise(ReportSubmission, String, String)}, for a caller whose rights are
     * checked; with {@code acceptInconsistent} a report whose tables break their identities is
     * stored anyway (the violations stay visible in its validation).
     */
    @Transactional
    public Recorded createOrRevise(ReportSubmission submission, Caller caller, String changeNote, boolean acceptInconsistent) {
        return reprojected(record(check(submission, caller, changeNote, acceptInconsistent)));
    }

    /** A submission that passed every check (the caller's rights, the rules, the table identities): ready to record. */
    public record Checked(ReportSubmission submission, String actor, String changeNote) {

        /** The identity it is recorded under: issuer, division, year and scope. */
        List<Object> identity() {
            return Arrays.asList(submission.issuerName(), submission.divisionCode(), submission.year(), submission.scope());
        }
    }

    /** One line of a bulk upload: a submission and its change note. */
    public record Submitted(ReportSubmission submission, String changeNote) {
    }

    /** What became of one line: recorded, or the failure that stopped it (an ApiProblem when it was refused). */
    public record LineOutcome(Recorded recorded, RuntimeException failure) {
    }

    /**
     * At most this many consecutive lines of a bulk upload are recorded in one transaction. Larger
     * groups share more roll-up ancestors (fewer rows rewritten) but hold their new identities longer
     * and replay more lines one by one when they fail.
     */
    @ConfigProperty(name = "disclosure.bulk.group-lines", defaultValue = "500")
    int groupLines;

    /** How many lines a bulk upload hands over at once at most: one group's worth. */
    public int bulkGroupLines() {
        return groupLines;
    }

    /**
     * Records the lines of a bulk upload, each as {@link #createOrRevise(ReportSubmission, Caller, String, boolean)}
     * would, with the same outcomes. Every line is checked first, writing nothing, so an invalid line is
     * refused on its own. The valid ones are recorded in groups of consecutive lines, one transaction per
     * group, whose projections and stored roll-ups are rebuilt once for the whole group. A group ends
     * before a line whose identity it already holds, so a report and its revision in one upload come out
     * as if sent one after the other. If a group fails at the database, it is rolled back and its lines
     * are recorded again one transaction each: a line that fails still fails alone, and every line stays
     * all-or-nothing. Runs outside any transaction (it opens its own).
     */
    public List<LineOutcome> createOrReviseEach(List<Submitted> lines, Caller caller, boolean acceptInconsistent) {
        List<LineOutcome> outcomes = new ArrayList<>(Collections.nCopies(lines.size(), null));
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                checked.add(check(lines.get(i).submission(), caller, lines.get(i).changeNote(), acceptInconsistent));
            } catch (RuntimeException refused) {
                checked.add(null);
                outcomes.set(i, new LineOutcome(null, refused));
            }
        }
        List<Integer> group = new ArrayList<>();
        Set<List<Object>> identities = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (checked.get(i) == null) {
                continue;
            }
            if (group.size() >= groupLines || !identities.add(checked.get(i).identity())) {
                recordGroup(group, checked, outcomes);
                group.clear();
                identities.clear();
                identities.add(checked.get(i).identity());
            }
            group.add(i);
        }
        recordGroup(group, checked, outcomes);
        return outcomes;
    }

    /** The lines at these indexes in one transaction, or, if that fails, each in its own. */
    private void recordGroup(List<Integer> group, List<Checked> checked, List<LineOutcome> outcomes) {
        if (group.isEmpty()) {
            return;
        }
        List<Recorded> recorded;
        try {
            recorded = QuarkusTransaction.requiringNew().call(() -> {
                List<Recorded> all = new ArrayList<>();
                for (int i : group) {
                    all.add(record(checked.get(i)));
                    // Write the line and let go of its entities: every later query would dirty-check them all again.
                    reports.getEntityManager().flush();
                    reports.getEntityManager().clear();
                }
                reproject(all.stream().filter(r -> r.outcome() != Outcome.UNCHANGED).map(Recorded::report).toList());
                return all;
            });
        } catch (RuntimeException groupFailed) {
            LOG.infof("A group of %d bulk lines failed (%s); recording them one by one",
                    group.size(), groupFailed.toString());
            for (int i : group) {
                try {
                    Recorded alone = QuarkusTransaction.requiringNew().call(() -> reprojected(record(checked.get(i))));
                    outcomes.set(i, new LineOutcome(alone, null));
                } catch (RuntimeException failed) {
                    outcomes.set(i, new LineOutcome(null, failed));
                }
            }
            return;
        }
        for (int k = 0; k < group.size(); k++) {
            outcomes.set(group.get(k), new LineOutcome(recorded.get(k), null));
        }
    }

    /**
     * Checks a submission without writing anything: the caller's right to write its division, every
     * rule, and the table identities unless accepted broken (ApiProblem otherwise).
     */
    public Checked check(ReportSubmission submission, Caller caller, String changeNote, boolean acceptInconsistent) {
        access.requireMayWrite(caller, submission.divisionCode(), submission.year());
        return new Checked(submission, caller.subject(), requireValid(submission, acceptInconsistent, changeNote));
    }

    /**
     * Records a checked submission by identity: a new report, a new revision if the content differs,
     * or nothing. The projection and roll-ups are left to {@link #reproject}.
     */
    private Recorded record(Checked c) {
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
        access.requireMayWrite(caller, submission.divisionCode(), submission.year());
        String note = requireValid(submission, acceptInconsistent, changeNote);
        Optional<Report> existing = reports.withIdentity(submission.issuerName(), submission.divisionCode(), submission.year(), submission.scope());
        if (existing.isPresent()) {
            throw duplicate(existing.get().id);
        }
        try {
            return reprojected(create(submission, caller.subject(), note));
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // a concurrent POST of the same report won the race for the identity
            if ("report_identity".equals(e.getConstraintName())) {
                throw duplicate(null);
            }
            throw e;
        }
    }

    /**
     * Replaces the content of report {@code id} by a new revision, if {@code ifMatch} names its current
     * revision (missing: 428; stale: 412). The report row is locked first, so of two concurrent
     * replacements made against the same revision exactly one succeeds.
     */
    @Transactional
    public Recorded revise(long id, ReportSubmission submission, String ifMatch, Caller caller, String changeNote, boolean acceptInconsistent) {
        requireIfMatch(id, ifMatch);
        Report report = reports.lockedById(id).orElseThrow(() -> unknownReport(id));
        access.requireMayWrite(caller, report.divisionCode, report.year);
        requireMatch(report, ifMatch);
        requireSameIdentity(report, submission);
        String note = requireValid(submission, acceptInconsistent, changeNote);
        return reprojected(reviseLocked(report, submission, caller.subject(), note));
    }

    /**
     * Retracts report {@code id}: a new revision with status retracted and no figures, so the report
     * disappears from reads and aggregates while its history stays. Retracting a retracted report
     * records nothing.
     */
    @Transactional
    public Recorded retract(long id, String ifMatch, Caller caller, String changeNote) {
        access.requireAdmin(caller);
        Report report = reports.lockedById(id).orElseThrow(() -> unknownReport(id));
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireMatch(report, ifMatch);
        }
        ReportRevision current = revisions.numbered(report.id, report.currentRevisionNo).orElseThrow(() -> unknownReport(id));
        if (current.status == RevisionStatus.RETRACTED) {
            return new Recorded(Outcome.UNCHANGED, report, current);
        }
        ReportRevision retraction = newRevision(report, revisions.nextRevisionNo(report.id), RevisionStatus.RETRACTED, current.edition, current.title, caller.subject(), changeNote);
        retraction.sourceUrl = current.sourceUrl;
        retraction.publishedOn = current.publishedOn;
        revisions.persist(retraction);
        report.currentRevisionNo = retraction.revisionNo;
        reproject(List.of(report));
        return new Recorded(Outcome.REVISED, report, retraction);
    }

    /** A replacement must name the revision it was made against (428 otherwise): no blind overwrites. */
    public static void requireIfMatch(long id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("PUT replaces a report only against the revision the caller has seen: send If-Match "
                    + "with the ETag of GET /api/v1/reports/" + id + ".");
        }
    }

    /** The strong ETag of a report's revision: it changes with every revision. */
    public static String etag(long reportId, int revisionNo) {
        return "\"" + reportId + "-" + revisionNo + "\"";
    }

    private Recorded reviseLocked(Report report, ReportSubmission submission, String actor, String changeNote) {
        // current_revision_no is 0 while a report created by an import has only drafts
        ReportRevision current = revisions.numbered(report.id, report.currentRevisionNo).orElse(null);
        if (current != null && current.status == RevisionStatus.PUBLISHED && submission.sameContentAs(asSubmission(report, current))) {
            return new Recorded(Outcome.UNCHANGED, report, current);
        }
        return new Recorded(Outcome.REVISED, report, appendRevision(report, revisions.nextRevisionNo(report.id), submission, actor, changeNote));
    }

    /** If-Match holds a list of ETags or *; only a strong match with the current revision passes. */
    private static void requireMatch(Report report, String ifMatch) {
        String current = etag(report.id, report.currentRevisionNo);
        boolean matches = java.util.Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw ApiProblem.preconditionFailed("Report " + report.id + " is at revision " + report.currentRevisionNo + " (ETag " + current
                    + "), not at " + ifMatch + ": fetch it again and re-apply the change.");
        }
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

    private static ApiProblem unknownReport(long id) {
        return ApiProblem.notFound("Report", "id", "No report with id " + id + ".");
    }

    private Recorded create(ReportSubmission s, String actor, String changeNote) {
        Report report = newIdentity(s);
        return new Recorded(Outcome.CREATED, report, appendRevision(report, 1, s, actor, changeNote)); // a new identity has no revision yet
    }

    /**
     * A new report identity (issuer, division, year, scope) with no revision yet: current revision 0,
     * so no read shows it until a revision is published (an import's draft waits there).
     */
    public Report newIdentity(ReportSubmission s) {
        Report report = new Report();
        report.issuerName = s.issuerName();
        report.issuerKind = s.issuerKind();
        report.divisionCode = s.divisionCode();
        report.year = (short) s.year();
        report.scope = s.scope();
        report.currentRevisionNo = 0;
        report.createdAt = OffsetDateTime.now();
        reports.persist(report);
        return report;
    }

    /** Writes a published revision with its figures and points the report at it; the projection is left to {@link #reproject}. */
    private ReportRevision appendRevision(Report report, int revisionNo, ReportSubmission s, String actor, String changeNote) {
        ReportRevision revision = newRevision(report, revisionNo, RevisionStatus.PUBLISHED, s.edition(), s.title(), actor, changeNote);
        revision.sourceUrl = s.sourceUrl();
        revision.publishedOn = s.publishedOn();
        revision.sourceText = s.sourceText();
        revision.textSha256 = s.sourceText() == null ? null : Hashing.sha256Hex(s.sourceText());
        revisions.persist(revision);
        observations.append(s.figures().stream().map(figure -> toObservation(revision.id, figure)).toList());
        report.currentRevisionNo = revision.revisionNo;
        return revision;
    }

    /** A revision numbered {@code revisionNo}: max(revision_no) + 1, as drafts take numbers too. */
    private ReportRevision newRevision(Report report, int revisionNo, RevisionStatus status, Edition edition, String title, String actor, String changeNote) {
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

    /** A recorded write with its projection and roll-ups rebuilt (nothing to do when unchanged). */
    private Recorded reprojected(Recorded recorded) {
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
    private void reproject(List<Report> changed) {
        if (changed.isEmpty()) {
            return;
        }
        reports.getEntityManager().flush();
        CurrentFigureRepository.Replaced replaced = currentFigures.replaceForReports(changed.stream().map(r -> r.id).toList());
        rollups.follow(replaced.before(), replaced.after());
        datasetVersion.changesOnCommit();
    }

    /**
     * Every rule of the submission, and the identities of its tables unless the caller accepts them
     * broken; all violations at once in one 422. Returns the change note, which records any
     * accepted inconsistency so the history says the report was stored knowingly.
     */
    private String requireValid(ReportSubmission submission, boolean acceptInconsistent, String changeNote) {
        List<Violation> violations = new ArrayList<>(rules.violations(submission));
        List<Violation> broken = violations.isEmpty() || !acceptInconsistent ? identityViolations(submission) : List.of();
        if (!acceptInconsistent) {
            violations.addAll(broken);
        }
        if (!violations.isEmpty()) {
            String hint = broken.isEmpty() || acceptInconsistent ? ""
                    : " A published report that really breaks its identities can be stored with acceptInconsistent=true.";
            throw ApiProblem.unprocessable("The report is not valid",
                    violations.size() + " rule(s) violated; nothing was stored." + hint, violations);
        }
        if (broken.isEmpty()) {
            return changeNote;
        }
        String accepted = "accepted inconsistent: " + broken.size() + " identity violation(s) ("
                + String.join(", ", broken.stream().map(v -> v.identity() + " " + (v.row() != null ? v.row() : v.column())).toList()) + ")";
        return changeNote == null ? accepted : changeNote + "; " + accepted;
    }

    /** The violated identities, each located at the submitted total it contradicts. */
    private List<Violation> identityViolations(ReportSubmission submission) {
        Map<String, Integer> indexByMetric = new HashMap<>();
        Map<String, BigDecimal> cells = ownCells(submission.figures(), indexByMetric);
        List<Violation> found = new ArrayList<>();
        for (TableIdentities.Result r : identities.check(submission.edition(), cells)) {
            if (r.status() == TableIdentities.Status.VIOLATED) {
                found.add(new Violation("/figures/" + indexByMetric.get(r.totalCell()), describe(r), r.identity(), r.row(), r.column(),
                        r.expected(), r.actual()));
            }
        }
        return found;
    }

    /** The issuer's own cells (no breakdown, no other subject): code → value, a blank cell mapping to null. */
    static Map<String, BigDecimal> ownCells(List<Figure> figures, Map<String, Integer> indexByMetric) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (OwnFigure.is(f.breakdown(), f.subject())) {
                cells.put(f.metric(), f.value());
                indexByMetric.putIfAbsent(f.metric(), i);
            }
        }
        return cells;
    }

    static String describe(TableIdentities.Result r) {
        String sides = "expected " + r.expected().toPlainString() + ", stated " + r.actual().toPlainString();
        return switch (r.identity()) {
            case "I1" -> "I1 (" + r.column() + "): new + carried over must equal total handled + carried forward; " + sides;
            case "I2" -> "I2 (" + r.column() + "): the handling rows must add up to （七）总计; " + sides;
            case "I3" -> "I3 (row " + r.row() + "): the applicant columns must add up to 总计; " + sides;
            default -> "I4 (" + r.row() + "): the outcomes must add up to 总计; " + sides;
        };
    }

    public List<CurrentReport> page(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit) {
        return page(divisionCode, year, scope, edition, afterId, limit, null);
    }

    /** A page of published reports as they stood at {@code asOf} (null: now). */
    public List<CurrentReport> page(String divisionCode, Integer year, Scope scope, Edition edition, long afterId, int limit, OffsetDateTime asOf) {
        return reports.publishedPage(divisionCode, year, scope, edition, afterId, limit, asOf);
    }

    public ReportContent current(long id) {
        return current(id, null);
    }

    /** A report as it stood at {@code asOf} (null: now); 404 if unknown, not yet recorded or retracted then. */
    public ReportContent current(long id, OffsetDateTime asOf) {
        CurrentReport found = reports.published(id, asOf).orElseThrow(() -> ApiProblem.notFound("Report", "id",
                "No published report with id " + id + (asOf == null ? "" : " as of " + asOf) + "."));
        return new ReportContent(found.report(), found.revision(), observations.ofRevision(found.revision().id));
    }

    /** One revision as recorded, published or retracted; 404 if the report or the revision does not exist. */
    public ReportContent revision(long id, int revisionNo) {
        // a report with only an import draft is not public: as unknown as one that does not exist
        Report report = reports.findByIdOptional(id).filter(r -> r.currentRevisionNo > 0).orElseThrow(() -> unknownReport(id));
        ReportRevision revision = revisions.numbered(id, revisionNo).filter(r -> r.status != RevisionStatus.DRAFT).orElseThrow(() -> ApiProblem.notFound("Revision", "n",
                "Report " + id + " has revisions 1 to " + report.currentRevisionNo + ", not " + revisionNo + "."));
        return new ReportContent(report, revision, observations.ofRevision(revision.id));
    }

    /** What one revision changed against the one before it (for the first revision, everything is added). */
    public record Change(ReportRevision revision, int figures, List<String> fieldsChanged, List<String> figuresAdded,
                         List<String> figuresRemoved, List<String> figuresChanged) {
    }

    /** The whole history of a report, retracted or not, oldest revision first. */
    public List<Change> history(long id) {
        Report report = reports.findByIdOptional(id).filter(r -> r.currentRevisionNo > 0).orElseThrow(() -> unknownReport(id));
        List<Change> changes = new ArrayList<>();
        ReportSubmission previous = null;
        for (ReportRevision revision : revisions.ofReport(report.id).stream().filter(r -> r.status != RevisionStatus.DRAFT).toList()) {
            ReportSubmission content = asSubmission(report, revision);
            changes.add(diff(revision, previous, content));
            previous = content;
        }
        return changes;
    }

    private static Change diff(ReportRevision revision, ReportSubmission before, ReportSubmission after) {
        Map<String, Figure> old = byKey(before == null ? List.of() : before.canonicalFigures());
        Map<String, Figure> now = byKey(after.canonicalFigures());
        List<String> fields = new ArrayList<>();
        if (before != null) {
            addIfChanged(fields, "edition", before.edition(), after.edition());
            addIfChanged(fields, "title", before.title(), after.title());
            addIfChanged(fields, "sourceUrl", before.sourceUrl(), after.sourceUrl());
            addIfChanged(fields, "publishedOn", before.publishedOn(), after.publishedOn());
            addIfChanged(fields, "issuerKind", before.issuerKind(), after.issuerKind());
            addIfChanged(fields, "text", before.sourceText(), after.sourceText());
        }
        List<String> added = now.keySet().stream().filter(k -> !old.containsKey(k)).toList();
        List<String> removed = old.keySet().stream().filter(k -> !now.containsKey(k)).toList();
        List<String> changed = now.keySet().stream().filter(k -> old.containsKey(k) && !old.get(k).equals(now.get(k))).toList();
        return new Change(revision, now.size(), fields, added, removed, changed);
    }

    private static void addIfChanged(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    /** Figures by a readable key: the metric, [breakdown] and @subject when present. */
    private static Map<String, Figure> byKey(List<Figure> figures) {
        Map<String, Figure> map = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = f.metric() + (f.breakdown().isEmpty() ? "" : "[" + f.breakdown() + "]") + (f.subject() == null ? "" : "@" + f.subject().name());
            map.put(key, f);
        }
        return map;
    }

    /** The content of a stored revision, in the shape of a submission (to compare, or to resubmit). */
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
        o.tablePage = p.tablePage();
        return o;
    }

    private static Figure toFigure(Observation o) {
        Subject subject = o.subjectName == null ? null : new Subject(o.subjectName, o.subjectDivisionCode);
        Provenance provenance = new Provenance(o.sourceKind, o.quote, o.quoteStart, o.quoteEnd, o.writtenAs,
                o.tableSection, o.tableRow, o.tableColumn, o.tablePage);
        return new Figure(o.metricCode, o.breakdown, subject, o.value, o.qualifier, o.status, provenance);
    }
}
