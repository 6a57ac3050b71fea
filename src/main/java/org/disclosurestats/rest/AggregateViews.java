package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.rest.ReportViews.DivisionRef;
import org.disclosurestats.service.AggregateService;
import org.disclosurestats.service.RankingService;
import org.disclosurestats.service.SeriesService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON (and CSV) shapes of totals, series and rankings. Rows are flat apart from the division, so
 * that CSV columns are simple. With shape=columns, {@code columns} (one array per field) replaces the
 * rows: both are never present together.
 */
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

    static final String TERRITORY = "How the division's land differs from the neighbouring years' (codes that joined or left, from where, in which year; where an abolished division's land went), or over a period within it; null when it does not.";

    static final String OWN_FIGURES = "How many figures of the division's own organs (its government and departments, self-scope reports) entered a "
            + "computed total; 0: the sum misses them, so it is incomplete however many units below contributed. Null unless method is computed.";

    static final String COLUMNS_DESCRIPTION = "With shape=columns: one array per field of the rows (named like the CSV columns), in place of the rows.";

    @Schema(name = "TotalsResponse", description = "Totals by division and year. CSV (Accept: text/csv or format=csv) has one line per row with the TotalRow columns.")
    public record Totals(
            @Schema(description = "The dataset state the answer reflects (also in the Dataset-Version header).", example = "1042.5f3a9c1e") String datasetVersion,
            @Schema(description = "The instant asked for with asOf, if any.") OffsetDateTime asOf,
            @Schema(description = "Unit of each metric in the rows.", example = "{\"lreq.received\": \"件\"}") Map<String, String> units,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<TotalRow> items,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = COLUMNS_DESCRIPTION) Map<String, List<Object>> columns) {
    }

    @Schema(name = "TotalRow", description = "One division's figure for one metric or family in one year (or over the period when period=range).")
    public record TotalRow(
            DivisionRef division,
            @Schema(description = "The year; null for period=range rows.", example = "2018") Integer year,
            @Schema(description = "The year, or 'from-to' for period=range rows.", example = "2018") String period,
            @Schema(description = "The metric or family asked for.", example = "pro.items") String metric,
            @Schema(description = "The metric the figure was read from: the one asked for, or the family member that states it.", example = "pro.items") String metricUsed,
            @Schema(description = "True on a family's row whose definition differs from the same division's previous row with a figure (an edition break).") boolean editionBreak,
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
            @Schema(description = "Why total is null, when it is.") String note,
            @Schema(description = TERRITORY) String territory,
            @Schema(description = OWN_FIGURES, example = "12") Integer ownFigures) {

        static TotalRow of(AggregateService.TotalRow r, String period) {
            return new TotalRow(DivisionRef.of(r.division()), r.year(), period, r.metric().code, r.metricUsed().code, r.editionBreak(),
                    r.metric().unit, r.metric().aggregation.code(), r.total(), methodName(r.method()), r.reportedTotal(), r.computedTotal(),
                    r.discrepancy(), r.approximate(), r.contributingUnits(), r.expectedUnits(),
                    r.missing() == null ? null : r.missing().stream().map(m -> m.code).toList(), r.note(), r.territory(), r.ownFigures());
        }
    }

    @Schema(name = "SeriesResponse", description = "One value per year for one division. CSV renders the points.")
    public record Series(String datasetVersion, OffsetDateTime asOf,
                         @Schema(description = "The metric or family asked for.", example = "lreq.received") String metric,
                         @Schema(example = "件") String unit,
                         @Schema(example = "sum") String aggregation,
                         @Schema(description = "The division of the series; null in the whole country's series (/api/v1/series/national), which has no division code.")
                         DivisionRef division,
                         @Schema(description = "The family the metric belongs to, when a plain metric of one was asked for: ask for the family to follow it across editions.",
                                 example = "family.requests_received") String family,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<SeriesPoint> items,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = COLUMNS_DESCRIPTION) Map<String, List<Object>> columns,
                         @Schema(description = "The year whose boundaries every value is restated on (the boundaries parameter); null: each year on its own land.",
                                 example = "2019") Integer boundaries) {

        /** A division's or the nation's series as answered: without empty years when asked, as rows or as columns. */
        static Series of(String version, OffsetDateTime asOf, Metric metric, DivisionRef division, MetricFamily family,
                         List<SeriesService.SeriesPoint> read, boolean omitEmpty, boolean columns) {
            return of(version, asOf, metric, division, family, read, omitEmpty, columns, null);
        }

        static Series of(String version, OffsetDateTime asOf, Metric metric, DivisionRef division, MetricFamily family,
                         List<SeriesService.SeriesPoint> read, boolean omitEmpty, boolean columns, Integer boundaries) {
            List<SeriesPoint> points = read.stream().filter(p -> !omitEmpty || p.value() != null).map(SeriesPoint::of).toList();
            return new Series(version, asOf, metric.code, metric.unit, metric.aggregation.code(), division, family == null ? null : family.code(),
                    columns ? null : points, columns ? Columns.of(SeriesPoint.class, points) : null, boundaries);
        }
    }

    @Schema(name = "SeriesPoint", description = "A year of a series: the division's total (reported aggregate, else computed) with its coverage, or an explicit gap.")
    public record SeriesPoint(
            @Schema(example = "2018") int year,
            @Schema(example = "0") BigDecimal value,
            @Schema(example = "computed") String method,
            boolean approximate,
            @Schema(description = "Child divisions that contributed a figure.", example = "1") Integer contributingUnits,
            @Schema(description = "Child divisions valid in that year.", example = "15") Integer expectedUnits,
            @Schema(description = "The metric the value was read from: the one asked for, or the family member that states it.", example = "lreq.received") String metricUsed,
            @JsonProperty("break")
            @Schema(name = "break", description = "True where the value follows another definition than the previous value (an edition break within a family).") boolean seriesBreak,
            @Schema(description = "What the new definition changed, on a break.") String breakNote,
            @Schema(description = "Change from the value of changeFrom; null when there is none or when the two do not compare (see notComparable).") BigDecimal change,
            @Schema(description = "change in percent of the value of changeFrom.") BigDecimal changePercent,
            @Schema(description = "The year the change is measured from: the previous year with a value (gaps in between are points of their own).", example = "2016") Integer changeFrom,
            @Schema(description = "Why no change is given although there is a previous value: an edition break, a change of method (reported / computed), or a change of coverage.",
                    example = "method changed: reported in 2016, computed in 2018") String notComparable,
            @Schema(description = "Why value is null: 'no report' (nothing published for the division or below that year) or 'not reported' (published, but not this figure).", example = "no report") String gap,
            @Schema(description = TERRITORY) String territory,
            @Schema(description = "The division code the year's figures were reported under (a series follows a code change: 650400's 2014 point is 652100's); null where the code names nothing that year.",
                    example = "652100") String reportedUnder,
            @Schema(description = "With boundaries: what the restatement added to and took out of the year's own total; null when the year's land is the boundaries' land.")
            String restated,
            @Schema(description = OWN_FIGURES, example = "12") Integer ownFigures) {

        static SeriesPoint of(SeriesService.SeriesPoint p) {
            return new SeriesPoint(p.year(), p.value(), methodName(p.method()), p.approximate(), p.contributingUnits(), p.expectedUnits(),
                    p.metricUsed(), p.editionBreak(), p.breakNote(), p.change(), p.changePercent(), p.changeFrom(), p.notComparable(), p.gap(),
                    p.territory(), p.reportedUnder(), p.restated(), p.ownFigures());
        }
    }

    @Schema(name = "RankingResponse", description = "Divisions ranked by one metric in one year. CSV renders the ranked rows.")
    public record Ranking(String datasetVersion, OffsetDateTime asOf,
                          @Schema(example = "pro.items") String metric,
                          @Schema(example = "条") String unit,
                          @Schema(example = "2018") int year,
                          DivisionRef within,
                          @Schema(example = "prefecture") String by,
                          @Schema(example = "desc") String order,
                          @Schema(description = "Divisions with a comparable value (ranked).") int rankedUnits,
                          @Schema(description = "Divisions not ranked, each with the reason: no value, or a value not comparable with complete totals.") List<UnrankedRow> unranked,
                          List<RankingRow> items) {
    }

    @Schema(name = "RankingRow", description = "A ranked division. Equal totals share a rank and the next rank skips (1, 2, 2, 4).")
    public record RankingRow(@Schema(example = "1") int rank,
                             DivisionRef division,
                             @Schema(example = "3054") BigDecimal total,
                             @Schema(example = "reported") String method,
                             boolean approximate,
                             Integer contributingUnits,
                             Integer expectedUnits,
                             @Schema(description = TERRITORY) String territory) {

        static RankingRow of(RankingService.RankedRow r) {
            AggregateService.TotalRow row = r.row();
            return new RankingRow(r.rank(), DivisionRef.of(row.division()), row.total(), methodName(row.method()), row.approximate(),
                    row.contributingUnits(), row.expectedUnits(), row.territory());
        }
    }

    @Schema(name = "UnrankedRow", description = "A division left out of a ranking, and why.")
    public record UnrankedRow(DivisionRef division,
                              @Schema(example = "incomplete: computed from 1 of 4 units, not comparable with complete totals") String reason,
                              @Schema(description = TERRITORY) String territory) {

        static UnrankedRow of(RankingService.Unranked u) {
            return new UnrankedRow(DivisionRef.of(u.division()), u.reason(), u.territory());
        }
    }
}
