package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.service.ReportHistory;
import org.disclosurestats.service.ReportQueries.ReportContent;
import org.disclosurestats.service.ReportValidation;
import org.disclosurestats.domain.TableIdentities;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the write API's answers: revisions, validation, bulk outcomes. */
public final class WriteViews {

    private WriteViews() {
    }

    @Schema(name = "RevisionSummary", description = "One revision in a report's history: who recorded it (the token subject), when, and what it changed.")
    public record RevisionSummary(
            @Schema(example = "2") int revision,
            @Schema(description = "published, or retracted (the report withdrawn; no figures).") RevisionStatus status,
            OffsetDateTime recordedAt,
            @Schema(description = "Subject of the token that recorded it (seed-loader for the seeds).", example = "shushan-platform") String recordedBy,
            @Schema(example = "correct 四、结转下年度 per the published PDF") String changeNote,
            Edition edition,
            String title,
            String textSha256,
            @Schema(description = "Number of figures the revision states.", example = "57") int figures,
            @Schema(description = "Fields whose value differs from the previous revision.", example = "[\"title\"]") List<String> fieldsChanged,
            @Schema(description = "Figures new in this revision (metric, [breakdown], @subject).", example = "[\"req.carried_forward.total\"]") List<String> figuresAdded,
            @Schema(description = "Figures of the previous revision this one no longer states.") List<String> figuresRemoved,
            @Schema(description = "Figures whose value, qualifier, status or provenance changed.", example = "[\"req.total.total\"]") List<String> figuresChanged) {

        static RevisionSummary of(ReportHistory.Change c) {
            ReportRevision rv = c.revision();
            return new RevisionSummary(rv.revisionNo, rv.status, rv.recordedAt, rv.recordedBy, rv.changeNote, rv.edition, rv.title, rv.textSha256,
                    c.figures(), c.fieldsChanged(), c.figuresAdded(), c.figuresRemoved(), c.figuresChanged());
        }
    }

    @Schema(name = "RevisionHistory", description = "Every revision of a report, oldest first. Nothing of an earlier revision is ever changed or deleted.")
    public record History(@Schema(example = "5") long reportId, @Schema(example = "1") int currentRevision, List<RevisionSummary> revisions) {
    }

    @Schema(name = "Revision", description = "One revision of a report exactly as recorded, with its figures (none for a retraction).")
    public record RevisionDetail(
            @Schema(example = "5") long reportId,
            @Schema(example = "1") int revision,
            RevisionStatus status,
            OffsetDateTime recordedAt,
            @Schema(example = "seed-loader") String recordedBy,
            String changeNote,
            @Schema(example = "阿拉山口市人民政府") String issuerName,
            IssuerKind issuerKind,
            @Schema(example = "652702") String division,
            @Schema(example = "2018") int year,
            Scope scope,
            Edition edition,
            String title,
            String sourceUrl,
            LocalDate publishedOn,
            String textSha256,
            List<ReportViews.ObservationView> observations) {

        static RevisionDetail of(ReportContent content, Function<String, Metric> metrics) {
            Report r = content.report();
            ReportRevision rv = content.revision();
            return new RevisionDetail(r.id, rv.revisionNo, rv.status, rv.recordedAt, rv.recordedBy, rv.changeNote, r.issuerName, r.issuerKind,
                    r.divisionCode, r.year, r.scope, rv.edition, rv.title, rv.sourceUrl, rv.publishedOn, rv.textSha256,
                    content.observations().stream().map(o -> ReportViews.ObservationView.of(o, metrics.apply(o.metricCode))).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IdentityCheck", description = "One table identity checked on one column (I1, I2) or row (I3, I4). expected is the sum of the "
            + "parts, actual the stated total; both absent when not checkable, with the blank or unreported cells in missing.")
    public record IdentityView(
            @Schema(example = "I2") String identity,
            @Schema(description = "The row checked (I3, I4).", example = "granted") String row,
            @Schema(example = "total") String column,
            TableIdentities.Status status,
            @Schema(example = "12") BigDecimal expected,
            @Schema(example = "11") BigDecimal actual,
            @Schema(description = "Cells that are blank or not reported (a blank is never taken as 0).") List<String> missing) {

        static IdentityView of(TableIdentities.Result r) {
            return new IdentityView(r.identity(), r.row(), r.column(), r.status(), r.expected(), r.actual(), r.missing());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SoftCheck", description = "A check real reports may legitimately break (warnings, not errors).")
    public record SoftCheckView(
            @Schema(description = "carried_forward_vs_next_year (四 of this year vs 二 of the next), carried_over_vs_previous_year, or prose_vs_tables.",
                    example = "carried_forward_vs_next_year") String check,
            @Schema(example = "total") String column,
            ReportValidation.SoftStatus status,
            BigDecimal thisReport,
            BigDecimal otherReport,
            @Schema(description = "The report compared with.") Long otherReportId,
            String detail) {

        static SoftCheckView of(ReportValidation.SoftCheck c) {
            return new SoftCheckView(c.check(), c.column(), c.status(), c.thisReport(), c.otherReport(), c.otherReportId(), c.detail());
        }
    }

    @Schema(name = "IdentitySummary", description = "How many identity checks held, were violated, or could not be checked.")
    public record IdentitySummary(int held, int violated, int notCheckable) {
    }

    @Schema(name = "ReportValidation", description = "The checks of a report's current revision, recomputed from its stored figures. "
            + "Legacy (prose) reports have no tables, hence no identities.")
    public record ValidationView(
            @Schema(example = "5") long reportId,
            @Schema(example = "1") int revision,
            Edition edition,
            IdentitySummary summary,
            List<IdentityView> identities,
            List<SoftCheckView> softChecks) {

        static ValidationView of(ReportValidation.Validation v) {
            List<IdentityView> identities = v.identities().stream().map(IdentityView::of).toList();
            IdentitySummary summary = new IdentitySummary(count(identities, TableIdentities.Status.HELD),
                    count(identities, TableIdentities.Status.VIOLATED), count(identities, TableIdentities.Status.NOT_CHECKABLE));
            return new ValidationView(v.content().report().id, v.content().revision().revisionNo, v.content().revision().edition, summary,
                    identities, v.softChecks().stream().map(SoftCheckView::of).toList());
        }

        private static int count(List<IdentityView> identities, TableIdentities.Status status) {
            return (int) identities.stream().filter(i -> i.status() == status).count();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkLineOutcome", description = "What became of one line of a bulk upload.")
    public record BulkLine(
            @Schema(description = "Line number in the upload, from 1.", example = "2") int line,
            @Schema(description = "created, revised, unchanged or rejected.", example = "created") String outcome,
            @Schema(example = "7") Long id,
            @Schema(example = "1") Integer revision,
            @Schema(example = "/api/v1/reports/7") String location,
            @Schema(description = "Why the line was rejected (nothing of it was stored).") Problem problem) {
    }

    @Schema(name = "BulkResult", description = "The outcome of every non-empty line; each line was recorded in its own transaction.")
    public record BulkResult(int created, int revised, int unchanged, int rejected, List<BulkLine> lines) {
    }
}
