package org.disclosurestats.rest;

import java.util.List;
import org.disclosurestats.domain.Aggregation;
import org.disclosurestats.domain.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Metric", description = "A catalogue entry: what a figure means, its unit, and how it aggregates.")
public record MetricView(
        @Schema(description = "Stable readable code.", example = "pro.channel.weibo") String code,
        @Schema(example = "政务微博公开政府信息数") String nameZh,
        @Schema(example = "information disclosed through government Weibo") String nameEn,
        @Schema(description = "Unit of every value of this metric.", example = "条") String unit,
        @Schema(description = "Topic: proactive, requests, appeals, fees, responses, interaction, capacity, power, web, complaints, derived.", example = "proactive") String section,
        @Schema(description = "sum: a year's flow, adds up; stock: a level, adds across divisions within a year but never across years; ratio: never added, recomputed from the parts named by formula.") Aggregation aggregation,
        @Schema(description = "Report editions the metric belongs to.", example = "[\"legacy\", \"2019\", \"2021\"]") List<String> editions,
        @Schema(description = "For ratios: the expression over other metric codes; the ratio is 100 × its value.") String formula,
        @Schema(description = "Whether values are whole numbers.") boolean integral,
        @Schema(description = "Whether values may be negative (year-on-year changes only).") boolean signed,
        @Schema(description = "The metric of another edition that means the same thing.") String equivalentTo,
        @Schema(description = "Row label in the standard table, for table cells.") String tableRow,
        @Schema(description = "Column label in the standard table, for table cells.") String tableColumn,
        String description) {

    static MetricView of(Metric m) {
        return new MetricView(m.code, m.nameZh, m.nameEn, m.unit, m.section, m.aggregation, List.of(m.editions), m.formula,
                m.integral, m.signed, m.equivalentTo, m.tableRow, m.tableColumn, m.description);
    }
}
