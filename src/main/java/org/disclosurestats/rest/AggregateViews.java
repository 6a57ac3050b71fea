package org.disclosurestats.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.service.AggregateService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON (and CSV) shapes of totals, series and rankings. Rows are flat so that CSV columns are simple. */
public final class AggregateViews {

    private AggregateViews() {
    }

    static String methodName(AggregateService.Method method) {
        return method == null ? null : method.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, String> units(List<Metric> metrics) {
        Map<String, String> units = new LinkedHashMap<>();
        metrics.forEach(m -> units.put(m.code, m.unit));
        return units;
    }

    @Schema(name = "TotalsResponse", description = "Totals by division and year. CSV (Accept: text/csv or format=csv) has one line per row with the TotalRow columns.")
    public record Totals(
            @Schema(description = "The dataset state the answer reflects (also in the Dataset-Version header).", example = "1042.5f3a9c1e") String datasetVersion,
            @Schema(description = "The instant asked for with asOf, if any.") OffsetDateTime asOf,
            @Schema(description = "Unit of each metric in the rows.", example = "{\"lreq.received\": \"件\"}") Map<String, String> units,
            List<TotalRow> rows) {
    }

    @Schema(name = "TotalRow", description = "One division's figure for one metric in one year (or over the period when period=range).")
    public record TotalRow(
            @Schema(example = "652700") String division,
            @Schema(example = "博尔塔拉蒙古自治州") String divisionName,
            @Schema(example = "prefecture") String level,
            @Schema(description = "The year; null for period=range rows.", example = "2018") Integer year,
            @Schema(description = "The year, or 'from-to' for period=range rows.", example = "2018") String period,
            @Schema(example = "pro.items") String metric,
            @Schema(example = "条") String unit,
            @Schema(description = "sum, stock or ratio.", example = "sum") String aggregation,
            @Schema(description = "The division's figure: its reported total where it publishes one, else the computed one. Null with a note when there is none.", example = "3054") BigDecimal total,
            @Schema(description = "reported: the division's own aggregate report states it; computed: summed from below by the roll-up rule; derived: a ratio recomputed from its aggregated parts; summed_over_years / end_of_period: period=range rows.",
                    example = "computed") String method,
            @Schema(description = "What the division's aggregate-scope report states, if any.") BigDecimal reportedTotal,
            @Schema(description = "The sum of its own self-scope reports and its children's totals, if any.", example = "3054") BigDecimal computedTotal,
            @Schema(description = "reportedTotal − computedTotal, when both exist.") BigDecimal discrepancy,
            @Schema(description = "True when an approximate figure (近, 余, 多, 约) entered the total.") boolean approximate,
            @Schema(description = "Child divisions that contributed a figure.", example = "1") Integer contributingUnits,
            @Schema(description = "Child divisions valid in that year (the honest denominator of coverage).", example = "4") Integer expectedUnits,
            @Schema(description = "Codes of the child divisions that contributed nothing (only with includeMissing=true).", example = "[\"652701\", \"652722\", \"652723\"]") List<String> missing,
            @Schema(description = "Why total is null, when it is.") String note) {

        static TotalRow of(AggregateService.TotalRow r) {
            Division d = r.division();
            String period = r.year() != null ? String.valueOf(r.year()) : null;
            return new TotalRow(d.code, d.name, d.level.code(), r.year(), period, r.metric().code, r.metric().unit,
                    r.metric().aggregation.code(), r.total(), methodName(r.method()), r.reportedTotal(), r.computedTotal(), r.discrepancy(),
                    r.approximate(), r.contributingUnits(), r.expectedUnits(),
                    r.missing() == null ? null : r.missing().stream().map(m -> m.code).toList(), r.note());
        }

        TotalRow withPeriod(String period) {
            return new TotalRow(division, divisionName, level, year, period, metric, unit, aggregation, total, method, reportedTotal,
                    computedTotal, discrepancy, approximate, contributingUnits, expectedUnits, missing, note);
        }
    }

    @Schema(name = "SeriesResponse", description = "One value per year for one division. CSV renders the points.")
    public record Series(String datasetVersion, OffsetDateTime asOf,
                         @Schema(example = "lreq.received") String metric,
                         @Schema(example = "件") String unit,
                         @Schema(example = "sum") String aggregation,
                         @Schema(example = "650000") String division,
                         @Schema(example = "新疆维吾尔自治区") String divisionName,
                         List<SeriesPoint> points) {
    }

    @Schema(name = "SeriesPoint", description = "A year of a series: the division's best figure (reported aggregate, else computed), or an explicit gap.")
    public record SeriesPoint(
            @Schema(example = "2016") int year,
            @Schema(example = "768") BigDecimal value,
            @Schema(example = "reported") String method,
            boolean approximate,
            @Schema(description = "The metric the value was read from: the one asked for, or its equivalent in another edition.", example = "lreq.received") String metricUsed,
            @com.fasterxml.jackson.annotation.JsonProperty("break")
            @Schema(name = "break", description = "True when the value comes from a differently defined metric than the previous value (an edition change).") boolean seriesBreak,
            @Schema(description = "Change from the previous year with a value.") BigDecimal change,
            @Schema(description = "Change in percent of the previous value.") BigDecimal changePercent,
            @Schema(description = "Why value is null: 'no report' (nothing published for the division that year) or 'not reported' (published, but not this figure).", example = "no report") String gap) {

        static SeriesPoint of(AggregateService.SeriesPoint p) {
            return new SeriesPoint(p.year(), p.value(), methodName(p.method()), p.approximate(), p.metricUsed(), p.seriesBreak(),
                    p.change(), p.changePercent(), p.gap());
        }
    }

    @Schema(name = "RankingResponse", description = "Divisions ranked by one metric in one year. CSV renders the rows.")
    public record Ranking(String datasetVersion, OffsetDateTime asOf,
                          @Schema(example = "pro.items") String metric,
                          @Schema(example = "条") String unit,
                          @Schema(example = "2018") int year,
                          @Schema(example = "650000") String within,
                          @Schema(example = "prefecture") String by,
                          @Schema(example = "desc") String order,
                          @Schema(description = "Divisions with a value (ranked).") int rankedUnits,
                          @Schema(description = "Codes of the divisions without a value (not ranked).") List<String> unranked,
                          List<RankingRow> rows) {
    }

    @Schema(name = "RankingRow", description = "A ranked division. Equal totals share a rank and the next rank skips (1, 2, 2, 4).")
    public record RankingRow(@Schema(example = "1") int rank,
                             @Schema(example = "652700") String division,
                             @Schema(example = "博尔塔拉蒙古自治州") String divisionName,
                             @Schema(example = "3054") BigDecimal total,
                             @Schema(example = "computed") String method,
                             boolean approximate,
                             Integer contributingUnits,
                             Integer expectedUnits) {
    }
}
