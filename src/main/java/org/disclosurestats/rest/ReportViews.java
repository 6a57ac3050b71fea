package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.disclosurestats.domain.Decimals;
import java.util.function.Function;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.service.ReportQueries.ReportContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of reports and their figures. */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "ReportSummary", description = "A report's identity and its current revision, without figures.")
    public record Summary(
            @Schema(example = "2") long id,
            @Schema(example = "新疆维吾尔自治区人民政府") String issuerName,
            IssuerKind issuerKind,
            @Schema(description = "The issuer's division, as named in the report's year.") DivisionRef division,
            @Schema(example = "2016") int year,
            @Schema(description = "self: the issuer's own organs; aggregate: compiled for its whole territory.") Scope scope,
            @Schema(description = "legacy (prose), 2019 (trial tables) or 2021 (tables).") Edition edition,
            @Schema(example = "新疆维吾尔自治区2016年政府信息公开年度报告") String title,
            String sourceUrl,
            LocalDate publishedOn,
            @Schema(description = "Number of the current revision (1 = as first recorded).", example = "1") int revision,
            OffsetDateTime recordedAt,
            @Schema(description = "SHA-256 of the stored source text.") String textSha256) {

        static Summary of(Report r, ReportRevision rv, DivisionRef division) {
            return new Summary(r.id, r.issuerName, r.issuerKind, division, r.year, r.scope, rv.edition, rv.title,
                    rv.sourceUrl, rv.publishedOn, rv.revisionNo, rv.recordedAt, rv.textSha256);
        }
    }

    @Schema(name = "ReportPage", description = "One page of reports in id order. Pass nextCursor as cursor for the next page; null on the last page.")
    public record Page(@jakarta.validation.constraints.NotNull List<Summary> items, String nextCursor) {
    }

    @Schema(name = "Report", description = "A report as it currently stands, with every figure it states and where each came from.")
    public record Detail(
            @Schema(example = "2") long id,
            @Schema(example = "新疆维吾尔自治区人民政府") String issuerName,
            IssuerKind issuerKind,
            DivisionRef division,
            @Schema(example = "2016") int year,
            Scope scope,
            Edition edition,
            String title,
            String sourceUrl,
            LocalDate publishedOn,
            @Schema(example = "1") int revision,
            OffsetDateTime recordedAt,
            String textSha256,
            @Schema(description = "Every figure the report states. A metric that is absent here was not reported (it is not 0).") List<ObservationView> observations) {

        static Detail of(ReportContent content, Division division, Function<String, Metric> metrics) {
            Report r = content.report();
            ReportRevision rv = content.revision();
            List<ObservationView> observations = content.observations().stream().map(o -> ObservationView.of(o, metrics.apply(o.metricCode))).toList();
            return new Detail(r.id, r.issuerName, r.issuerKind, new DivisionRef(division.code, division.name, division.level.code()),
                    r.year, r.scope, rv.edition, rv.title, rv.sourceUrl, rv.publishedOn, rv.revisionNo, rv.recordedAt, rv.textSha256, observations);
        }
    }

    @Schema(name = "DivisionRef", description = "A division as it was named in the year in question: the same shape wherever a division appears.")
    public record DivisionRef(@jakarta.validation.constraints.NotNull @Schema(example = "650000") String code, @Schema(example = "新疆维吾尔自治区") String name,
                              @Schema(example = "province") String level) {

        static DivisionRef of(org.disclosurestats.domain.Division d) {
            return d == null ? null : new DivisionRef(d.code, d.name, d.level.code());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Observation", description = "One figure a report states.")
    public record ObservationView(
            @Schema(example = "pro.channel.weibo") String metric,
            @Schema(example = "政务微博公开政府信息数") String metricNameZh,
            @Schema(example = "条") String unit,
            @Schema(description = "The value in the metric's unit; absent for a blank table cell.", example = "19063") BigDecimal value,
            Qualifier qualifier,
            ObservationStatus status,
            @Schema(description = "The report's own category label, for metrics broken down by category.", example = "部门动态") String breakdown,
            @Schema(description = "The unit the figure is about, when it is not the issuer.") SubjectView subject,
            ProvenanceView provenance) {

        static ObservationView of(Observation o, Metric metric) {
            return new ObservationView(o.metricCode, metric.nameZh, metric.unit, Decimals.canonical(o.value), o.qualifier, o.status,
                    o.breakdown.isEmpty() ? null : o.breakdown,
                    o.subjectName == null ? null : new SubjectView(o.subjectName, o.subjectDivisionCode),
                    new ProvenanceView(o.sourceKind, o.quote, o.quoteStart, o.quoteEnd, o.writtenAs,
                            o.tableSection == null && o.tableRow == null ? null : new TableCell(o.tableSection, o.tableRow, o.tableColumn, o.tablePage)));
        }
    }

    @Schema(name = "Subject", description = "Another unit a figure is about (a sub-region, a general office).")
    public record SubjectView(@Schema(example = "自治区人民政府办公厅") String name, @Schema(example = "650000") String division) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Provenance", description = "Where a figure was read: a sentence of the text (with offsets into GET /api/v1/reports/{id}/text) or a table cell.")
    public record ProvenanceView(
            SourceKind kind,
            @Schema(example = "2016年,全区各级行政机关通过政务微博发布政府信息19063条,其中:自治区人民政府微博发布政府信息4584条") String quote,
            @Schema(description = "Offset of the quote's first character in the report text (UTF-16 code units, as in JavaScript).") Integer start,
            @Schema(description = "Offset just past the quote's last character.") Integer end,
            @Schema(description = "The figure exactly as written.", example = "19063条") String writtenAs,
            TableCell table) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TableCell", description = "A cell of a table: a standard table (section 二, 三 or 四) or the legacy statistics table.")
    public record TableCell(@Schema(example = "三") String section, @Schema(example = "（一）予以公开") String row,
                            @Schema(example = "自然人") String column,
                            @Schema(description = "The page of the PDF the cell stands on; absent for other documents.", example = "3") Integer page) {
    }
}
