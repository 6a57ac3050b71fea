package org.disclosurestats.rest;

import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.domain.Aggregation;
import org.disclosurestats.domain.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Metric", description = "A catalogue entry: what a figure means, its unit, and how it aggregates.")
public record MetricView(
        @jakarta.validation.constraints.NotNull @Schema(description = "Stable readable code.", example = "pro.channel.weibo") String code,
        @Schema(example = "政务微博公开政府信息数") String nameZh,
        @Schema(example = "information disclosed through government Weibo") String nameEn,
        @Schema(description = "Unit of every value of this metric.", example = "条") String unit,
        @Schema(description = "Topic: proactive, requests, appeals, fees, responses, interaction, capacity, power, web, complaints, derived.", example = "proactive") String section,
        @Schema(description = "sum: a year's flow, adds up; stock: a level, adds across divisions within a year but never across years; ratio: never added, recomputed from the parts named by formula.") Aggregation aggregation,
        @Schema(description = "Report editions the metric belongs to.", example = "[\"legacy\", \"2019\", \"2021\"]") java.util.List<String> editions,
        @Schema(description = "For ratios: the expression over other metric codes; the ratio is 100 × its value.") String formula,
        @Schema(description = "Whether values are whole numbers.") boolean integral,
        @Schema(description = "Whether values may be negative (year-on-year changes only).") boolean signed,
        @Schema(description = "The metric of another edition that means the same thing.") String equivalentTo,
        @Schema(description = "Row label in the standard table, for table cells.") String tableRow,
        @Schema(description = "Column label in the standard table, for table cells.") String tableColumn,
        String description) {

    @Schema(name = "MetricList", description = "The matching metrics in catalogue order.")
    public record Items(@jakarta.validation.constraints.NotNull java.util.List<MetricView> items) {
    }

    @Schema(name = "MetricFamilyList", description = "The metric families.")
    public record Families(@jakarta.validation.constraints.NotNull java.util.List<Family> items) {
    }

    @Schema(name = "MetricFamily", description = "Metrics of different editions that count the same thing.")
    public record Family(@Schema(example = "family.requests_received") String code, String nameZh, String nameEn,
                         @Schema(example = "件") String unit, Aggregation aggregation, String description, java.util.List<Member> members) {

        static Family of(MetricFamily f) {
            return new Family(f.code(), f.nameZh(), f.nameEn(), f.metric().unit, f.metric().aggregation, f.description(),
                    f.members().stream().map(m -> new Member(m.metric().code, java.util.List.of(m.metric().editions), m.definition(), m.difference())).toList());
        }
    }

    @Schema(name = "MetricFamilyMember", description = "A member metric; equal definition numbers mean exactly the same thing.")
    public record Member(@Schema(example = "req.new.total") String metric, @Schema(example = "[\"2019\", \"2021\"]") java.util.List<String> editions,
                         @Schema(example = "2") int definition,
                         @Schema(description = "What this definition changed from the one before (on a later definition).") String difference) {
    }

    static MetricView of(Metric m) {
        return new MetricView(m.code, m.nameZh, m.nameEn, m.unit, m.section, m.aggregation, java.util.List.of(m.editions), m.formula,
                m.integral, m.signed, m.equivalentTo, m.tableRow, m.tableColumn, m.description);
    }
}
