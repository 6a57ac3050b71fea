package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.service.ImportService;
import org.disclosurestats.importing.MetadataDetector;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of imports and their drafts. */
public final class ImportViews {

    private ImportViews() {
    }

    static final String EXAMPLE = "{\"id\":7,\"reportId\":12,\"revision\":1,\"status\":\"draft\",\"mediaType\":\"text/plain\","
            + "\"documentSha256\":\"9f2c…\",\"edition\":\"legacy\",\"metadata\":{\"issuerName\":{\"value\":\"阿拉山口市人民政府\",\"source\":\"parameter\"},"
            + "\"issuerKind\":{\"value\":\"government\",\"source\":\"issuer name\",\"evidence\":\"阿拉山口市人民政府\"},\"division\":{\"value\":\"652702\",\"source\":\"parameter\"},"
            + "\"year\":{\"value\":2018,\"source\":\"parameter\"},\"scope\":{\"value\":\"aggregate\",\"source\":\"text\",\"evidence\":\"梳理和汇总\"},"
            + "\"title\":{\"value\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\",\"source\":\"composed\"}},"
            + "\"figures\":[{\"metric\":\"lreq.received\",\"metricNameZh\":\"收到申请数\",\"unit\":\"件\",\"value\":0,\"qualifier\":\"exact\",\"status\":\"reported\","
            + "\"provenance\":{\"kind\":\"sentence\",\"quote\":\"2018年,全市未收到依申请公开政府信息申请\",\"start\":3300,\"end\":3322,\"writtenAs\":\"未收到\"},"
            + "\"confidence\":\"high\",\"note\":\"stated as zero in words\"}],"
            + "\"unmapped\":[{\"text\":\"4600万元\",\"value\":46000000,\"unit\":\"元\",\"provenance\":{\"kind\":\"sentence\",\"quote\":\"一是加大环境保护资金投入企业环保设施提标改造资金4600万元\","
            + "\"start\":1480,\"end\":1510,\"writtenAs\":\"4600万元\",\"tableSection\":null,\"tableRow\":null,\"tableColumn\":null,\"tablePage\":null},\"reason\":\"no pattern of the catalogue maps this phrasing\"}],"
            + "\"validation\":{\"identities\":[],\"unmatchedLabels\":[],\"suspectRows\":[],\"violated\":0,\"conflicts\":[]},\"createdBy\":\"importer\",\"createdAt\":\"2026-11-21T12:00:00Z\"}";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Import", description = "An imported document and the draft report it produced. The draft is a revision with status draft: "
            + "GET /api/v1/reports and the aggregates never show it until POST /api/v1/reports/{reportId}:publish.")
    public record ImportView(
            @Schema(description = "Import id.", example = "7") long id,
            @Schema(description = "The report (issuer, division, year, scope) the draft belongs to.", example = "12") long reportId,
            @Schema(description = "The draft's revision number (max existing + 1: drafts take numbers too).", example = "1") int revision,
            @Schema(description = "draft, or published once a later published revision carries the same text.", example = "draft") String status,
            @Schema(description = "Set when these exact bytes (same SHA-256) were imported before: the id of that import, which is returned.") Long duplicateOf,
            @Schema(example = "text/html") String mediaType,
            @Schema(description = "SHA-256 of the uploaded bytes.") String documentSha256,
            @Schema(description = "Detected from the table labels, never from the year: legacy (prose), 2019 or 2021.") Edition edition,
            @Schema(description = "Issuer, kind, division, year, scope and title: each with its value and where it came from (parameter, title, text, issuer name, composed).")
            MetadataDetector.Metadata metadata,
            @Schema(description = "Every figure of the draft with provenance and a confidence flag.") List<DraftFigureView> figures,
            @Schema(description = "Figures and labels recognised but not mapped to a metric, with the reason: shown, never dropped.") List<Unmapped> unmapped,
            ImportService.Validation validation,
            String createdBy,
            OffsetDateTime createdAt) {

        static ImportView of(ImportService.Draft d, Catalogue catalogue) {
            List<DraftFigureView> figures = d.figures().stream().map(f -> DraftFigureView.of(f, catalogue.require(f.figure().metric(), "metric"))).toList();
            return new ImportView(d.record().id, d.report().id, d.revision().revisionNo, d.published() ? "published" : "draft", d.duplicateOf(),
                    d.record().mediaType, d.record().textSha256, d.record().detectedEdition, d.metadata(), figures, d.unmapped(), d.validation(),
                    d.record().createdBy, d.record().createdAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DraftFigure", description = "One figure of a draft.")
    public record DraftFigureView(
            @Schema(example = "pro.channel.weibo") String metric,
            @Schema(example = "政务微博公开政府信息数") String metricNameZh,
            @Schema(description = "The metric's unit; the value is in it (a cell written in 元 for a metric in 万元 is converted, see note).", example = "条") String unit,
            @Schema(description = "Absent for a blank table cell (status blank: not reported, and not 0).", example = "19063") BigDecimal value,
            Qualifier qualifier,
            ObservationStatus status,
            @Schema(description = "The report's own category label.", example = "部门动态") String breakdown,
            @Schema(description = "The unit the figure is about when not the issuer.") ReportViews.SubjectView subject,
            ReportViews.ProvenanceView provenance,
            @Schema(description = "high: label and unit matched exactly; low: a reviewer should look (number-only match, carried subject, heading topic, unit not written).",
                    enumeration = {"high", "low"}, example = "high") String confidence,
            @Schema(description = "How the figure was read, when it matters: unit conversion, blank cell, zero stated in words.") String note) {

        static DraftFigureView of(ImportService.DraftFigure d, Metric metric) {
            Figure f = d.figure();
            Provenance p = f.provenance();
            return new DraftFigureView(f.metric(), metric.nameZh, metric.unit, Decimals.canonical(f.value()), f.qualifier(), f.status(),
                    f.breakdown().isEmpty() ? null : f.breakdown(),
                    f.subject() == null ? null : new ReportViews.SubjectView(f.subject().name(), f.subject().divisionCode()),
                    new ReportViews.ProvenanceView(p.kind(), p.quote(), p.start(), p.end(), p.writtenAs(),
                            p.tableSection() == null && p.tableRow() == null ? null : new ReportViews.TableCell(p.tableSection(), p.tableRow(), p.tableColumn(), p.tablePage())),
                    d.confidence().code(), d.note());
        }
    }
}
