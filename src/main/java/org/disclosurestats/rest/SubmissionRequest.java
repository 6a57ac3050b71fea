package org.disclosurestats.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of POST and PUT /api/v1/reports and of each line of the bulk endpoint. Unknown
 * fields are rejected (400 naming them) rather than silently dropped: a misspelt figure would
 * otherwise vanish.
 */
@Schema(name = "ReportSubmission", description = "A report to record: its identity (issuerName, division, year, scope), its metadata, "
        + "optionally its full text, and its figures as the edition's tables, as a flat list, or both.")
public record SubmissionRequest(
        @Schema(required = true, example = "合肥市蜀山区人民政府") String issuerName,
        @Schema(required = true) IssuerKind issuerKind,
        @Schema(required = true, description = "GB/T 2260 code of the issuer's division, valid in the report's year.", example = "340104") String division,
        @Schema(required = true, example = "2021") Integer year,
        @Schema(required = true, description = "self: the issuer's own organs; aggregate: compiled for its whole territory.") Scope scope,
        @Schema(required = true, description = "legacy (prose), 2019 (trial tables) or 2021 (tables), as detected from the report's labels.") Edition edition,
        @Schema(required = true, example = "合肥市蜀山区人民政府2021年政府信息公开工作年度报告") String title,
        @Schema(example = "https://www.shushan.gov.cn/public/2021-report") String sourceUrl,
        @Schema(example = "2022-01-28") LocalDate publishedOn,
        @Schema(description = "The report's full text. Figures that carry a quote are located in it (their offsets are recorded); "
                + "a quote it does not contain is a 422.") String text,
        @Schema(description = "A note for this revision's history (why it was recorded or changed).", example = "correct 四、结转下年度 per the published PDF") String changeNote,
        @Schema(description = "The standard tables (2019 and 2021 editions).") Tables tables,
        @Schema(description = "Figures as a flat list: any metric of the edition, including narrative ones.") List<FigureRequest> figures) {

    /**
     * The standard tables, one map per section: row → column → value, where the metric code is
     * mechanically {@code <prefix>.<row>.<column>} (pro, req, appeal), exactly as in the metric
     * catalogue. A null value is a blank cell (stored as blank, never as 0); a row or column left
     * out is not reported.
     */
    @Schema(name = "ReportTables", description = "Cells of the standard tables, row → column → value. The metric code of a cell is "
            + "pro.<row>.<column> (proactive, section 二), req.<row>.<column> (requests, section 三) or appeal.<row>.<column> "
            + "(appeals, section 四), as listed by GET /api/v1/metrics?edition=2021. null is a blank cell (not 0); an omitted cell is not reported.",
            example = "{\"proactive\":{\"rules\":{\"issued\":1,\"repealed\":0,\"in_force\":12}},"
                    + "\"requests\":{\"new\":{\"natural_person\":3,\"commercial\":1,\"research\":0,\"public_interest\":0,\"legal_services\":0,\"other_org\":0,\"total\":4},"
                    + "\"other_processing.no_correction\":{\"natural_person\":null,\"total\":null}},"
                    + "\"appeals\":{\"review\":{\"upheld\":1,\"corrected\":0,\"other\":0,\"pending\":0,\"total\":1}}}")
    public record Tables(
            @Schema(description = "Section 二 主动公开: row (rules, normative_docs, licensing, …) → column (issued, repealed, in_force, decisions, …).")
            Map<String, Map<String, BigDecimal>> proactive,
            @Schema(description = "Section 三 requests: row (new, carried_over, granted, denied.state_secret, …, total, carried_forward) → "
                    + "applicant column (natural_person, commercial, research, public_interest, legal_services, other_org, total).")
            Map<String, Map<String, BigDecimal>> requests,
            @Schema(description = "Section 四: row (review, suit_direct, suit_after_review) → outcome (upheld, corrected, other, pending, total).")
            Map<String, Map<String, BigDecimal>> appeals) {
    }

    @Schema(name = "SubmittedFigure", description = "One figure. value null is a blank cell. With a quote and the report's text, the quote "
            + "is located in the text and its offsets recorded.")
    public record FigureRequest(
            @Schema(required = true, example = "lreq.received") String metric,
            @Schema(description = "In the metric's unit; null for a blank cell.", example = "768") BigDecimal value,
            @Schema(description = "exact (default) or approximate.") Qualifier qualifier,
            @Schema(description = "The report's own category label, for broken-down metrics.", example = "部门动态") String breakdown,
            @Schema(description = "The unit the figure is about, when it is not the issuer.") SubjectRequest subject,
            @Schema(description = "The sentence the figure was read from.", example = "受理政府信息公开申请共768件") String quote,
            @Schema(description = "The figure exactly as written.", example = "768件") String writtenAs) {
    }

    @Schema(name = "SubmittedSubject", description = "Another unit a figure is about.")
    public record SubjectRequest(@Schema(example = "自治区人民政府办公厅") String name, @Schema(example = "650000") String division) {
    }
}
