package org.disclosurestats.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.projection.CurrentFigureRepository;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.projection.RollupRepository;

/**
 * Totals, series and rankings. Every number comes from {@link RollUp} (the no-double-counting rule)
 * and follows its metric's aggregation: sums and stocks add across divisions within a year; across
 * years sums add, stocks take the level at the end of the period, and ratios are recomputed from
 * their aggregated parts.
 *
 * Series and rankings ({@link SeriesService}, {@link RankingService}) read the same rows.
 *
 * <p>Yearly totals of current data at province or prefecture level are read from the stored roll-ups
 * (rollup_total, kept by RollupMaintainer with the same rule); everything else rolls the figures up here.
 */
@ApplicationScoped
public class AggregateService {

    public static final int MAX_METRICS = 10;
    public static final int MAX_YEARS = 30;
    /**
     * The most rows one totals answer may hold. An answer is built whole before it is written, at about 1 KB of heap
     * a row; the deployment's heap is 128 MB, and 156,000 rows (every county, two metrics, 26 years) ran it out.
     * Every county of the country, two metrics and five years (28,890 rows) fits.
     */
    public static final int MAX_ROWS = 30_000;
    public static final int MAX_RANKING = 500;

    @Inject
    Catalogue catalogue;
    @Inject
    DivisionTree tree;
    @Inject
    DivisionService divisions;
    @Inject
    CurrentFigureRepository figures;
    @Inject
    RollupRepository rollups;

    public enum Method { REPORTED, COMPUTED, DERIVED, SUMMED_OVER_YEARS, END_OF_PERIOD }

    public enum Period { YEAR, RANGE }

    /** What a totals question asks. {@code within} null = the whole country. */
    public record TotalsQuery(List<String> metrics, Level by, String within, int yearFrom, int yearTo,
                              boolean includeMissing, Period period, OffsetDateTime asOf) {
    }

    /**
     * One division's figure for a metric in a year (or over the period). For a family, {@code metric} is
     * the family and {@code metricUsed} the member the figure was read from; {@code editionBreak} marks
     * the first row of a division whose definition differs from its row of the year before; {@code territory} how the
     * division's land differs from the neighbouring years' (or, over a period, within it), null when it does not;
     * {@code ownFigures} how many figures of the division's own organs (self-scope reports) entered a computed total.
     */
    public record TotalRow(Division division, Integer year, Metric metric, BigDecimal total, Method method,
                           BigDecimal reportedTotal, BigDecimal computedTotal, boolean approximate,
                           Integer contributingUnits, Integer expectedUnits, List<Division> missing, String note,
                           Metric metricUsed, boolean editionBreak, String territory, Integer ownFigures) {

        TotalRow(Division division, Integer year, Metric metric, BigDecimal total, Method method, BigDecimal reportedTotal,
                 BigDecimal computedTotal, boolean approximate, Integer contributingUnits, Integer expectedUnits, List<Division> missing, String note,
                 Metric metricUsed, boolean editionBreak) {
            this(division, year, metric, total, method, reportedTotal, computedTotal, approximate, contributingUnits, expectedUnits, missing, note,
                    metricUsed, editionBreak, null, null);
        }

        TotalRow(Division division, Integer year, Metric metric, BigDecimal total, Method method, BigDecimal reportedTotal,
                 BigDecimal computedTotal, boolean approximate, Integer contributingUnits, Integer expectedUnits, List<Division> missing, String note) {
            this(division, year, metric, total, method, reportedTotal, computedTotal, approximate, contributingUnits, expectedUnits, missing, note, metric, false);
        }

        TotalRow asFamily(Metric family, boolean editionBreak) {
            return new TotalRow(division, year, family, total, method, reportedTotal, computedTotal, approximate, contributingUnits,
                    expectedUnits, missing, note, metric, editionBreak, territory, ownFigures);
        }

        TotalRow withBreak() {
            return new TotalRow(division, year, metric, total, method, reportedTotal, computedTotal, approximate, contributingUnits,
                    expectedUnits, missing, note, metricUsed, true, territory, ownFigures);
        }

        TotalRow withTerritory(String territory) {
            return new TotalRow(division, year, metric, total, method, reportedTotal, computedTotal, approximate, contributingUnits,
                    expectedUnits, missing, note, metricUsed, editionBreak, territory, ownFigures);
        }

        /** Why the row cannot stand beside complete totals (a ranking, a national sum); null when it can. */
        public String incompleteness() {
            return Comparability.ofRanking(method, ownFigures, contributingUnits, expectedUnits);
        }

        /** The published total less the sum of what is below it; null unless both exist. */
        public BigDecimal discrepancy() {
            return reportedTotal == null || computedTotal == null ? null : reportedTotal.subtract(computedTotal);
        }
    }

    /**
     * The stored path reads one statement on a pooled connection and needs no transaction of its own
     * (the totals endpoint's hot path); the in-memory path reads in one transaction.
     */
    public List<TotalRow> totals(TotalsQuery q) {
        List<Metric> metrics = requireMetrics(q.metrics());
        requireYearRange(q.yearFrom(), q.yearTo());
        Division within = q.within() == null ? null : requireWithin(q.within(), q.by(), q.yearFrom(), q.yearTo());
        requireBoundedAnswer(q, metrics.size(), within);
        if (q.period() == Period.RANGE && metrics.stream().anyMatch(m -> catalogue.family(m.code).isPresent())) {
            throw ApiProblem.badParameter("period", "period=range cannot add a family's years: they follow different definitions. Ask for yearly rows.");
        }
        // stored rows hold only what adds: a stated percentage without a formula is read from the figures
        boolean stored = storedRowsAnswer(q) && metrics.stream().allMatch(m -> m.aggregation.addsAcrossDivisions() || m.formula != null);
        List<TotalRow> rows = stored ? storedTotals(q, metrics, within)
                : QuarkusTransaction.joiningExisting().call(() -> rolledUpTotals(q, metrics, within));
        return withTerritories(Families.markBreaks(catalogue, rows), q);
    }

    /** Every row says how its division's land differs from the neighbouring years' (a period row: within the period). */
    private List<TotalRow> withTerritories(List<TotalRow> rows, TotalsQuery q) {
        Territories territories = tree.territories();
        Map<String, String> known = new HashMap<>();
        return rows.stream().map(r -> r.division() == null ? r : r.withTerritory(known.computeIfAbsent(r.division().code + "/" + r.year(),
                k -> r.year() == null ? territories.within(r.division().code, q.yearFrom(), q.yearTo()) : territories.around(r.division().code, r.year()))))
                .toList();
    }

    private List<TotalRow> rolledUpTotals(TotalsQuery q, List<Metric> metrics, Division within) {
        Map<Integer, Map<String, List<RegionalFigure>>> byYearAndMetric = load(metrics, within, q.yearFrom(), q.yearTo(), q.asOf());
        Map<YearKey, TotalRow> yearly = new HashMap<>();
        List<TotalRow> rows = new ArrayList<>();
        for (int year = q.yearFrom(); year <= q.yearTo(); year++) {
            YearTotals rollUps = YearTotals.rolledUp(tree, year, byYearAndMetric.getOrDefault(year, Map.of()));
            for (Division division : tree.atLevelWithin(q.by(), within, year)) {
                for (Metric metric : metrics) {
                    TotalRow row = totalRow(metric, division, year, rollUps, q.includeMissing());
                    yearly.put(new YearKey(division.code, metric.code, year), row);
                    if (q.period() == Period.YEAR) {
                        rows.add(row);
                    }
                }
            }
        }
        return q.period() == Period.YEAR ? rows : new PeriodTotals(catalogue, tree, q, yearly, byYearAndMetric).rows(metrics, within);
    }

    /**
     * Whether rollup_total answers the question: current data, yearly rows, province or prefecture level,
     * no list of missing units (rows keep only how many contributed); never for a stated percentage (not stored).
     */
    private static boolean storedRowsAnswer(TotalsQuery q) {
        return q.asOf() == null && q.period() == Period.YEAR && !q.includeMissing() && (q.by() == Level.PROVINCE || q.by() == Level.PREFECTURE);
    }

    /** The same rows as the in-memory path, read from the stored roll-ups with one index range scan. */
    private List<TotalRow> storedTotals(TotalsQuery q, List<Metric> metrics, Division within) {
        List<String> codes = withRatioParts(metrics).stream().map(m -> m.code).toList();
        Map<Integer, Map<String, Map<String, RollupRepository.Row>>> stored = rollups
                .atLevel(codes, within == null ? null : within.provinceCode, q.by(), q.yearFrom(), q.yearTo()).stream()
                .collect(Collectors.groupingBy(RollupRepository.Row::year,
                        Collectors.groupingBy(RollupRepository.Row::metric, Collectors.toMap(RollupRepository.Row::divisionCode, r -> r))));
        List<TotalRow> rows = new ArrayList<>();
        for (int year = q.yearFrom(); year <= q.yearTo(); year++) {
            int y = year;
            Map<String, Map<String, RollupRepository.Row>> ofYear = stored.getOrDefault(year, Map.of());
            YearTotals totals = (metric, division) -> {
                RollupRepository.Row r = ofYear.getOrDefault(metric, Map.of()).get(division.code);
                int expected = tree.children(division.code, y).size();
                return r == null ? new RollUp.Total(null, false, null, false, 0, expected, List.of())
                        : new RollUp.Total(r.reported(), r.reportedApproximate(), r.computed(), r.computedApproximate(),
                        r.selfFigures(), r.contributingUnits(), r.approximateParts(), expected, List.of());
            };
            for (Division division : tree.atLevelWithin(q.by(), within, year)) {
                for (Metric metric : metrics) {
                    rows.add(totalRow(metric, division, year, totals, false));
                }
            }
        }
        return rows;
    }

    record YearKey(String division, String metric, int year) {
    }

    static final String STATED_PERCENTAGE = "a stated percentage without parts cannot be combined; only a division's own aggregate report states it";

    TotalRow totalRow(Metric metric, Division division, int year, YearTotals rollUps, boolean includeMissing) {
        MetricFamily family = catalogue.family(metric.code).orElse(null);
        if (family != null) {
            return Families.familyRow(family, member -> totalRow(member, division, year, rollUps, includeMissing));
        }
        if (!metric.aggregation.addsAcrossDivisions()) {
            return ratioRow(metric, division, year, rollUps);
        }
        RollUp.Total t = rollUps.of(metric.code, division);
        Method method = t.reported() != null ? Method.REPORTED : Method.COMPUTED;
        String note = t.best() != null ? null
                : t.expectedUnits() == 0 ? "no report states it" : "no report states it, here or in any of " + t.expectedUnits() + " units below";
        return new TotalRow(division, year, metric, t.best(), method, t.reported(), t.computed(), t.bestApproximate(),
                t.contributingUnits(), t.expectedUnits(), includeMissing ? t.missing() : null, note, metric, false, null,
                method == Method.COMPUTED && t.computed() != null ? t.selfFigures() : null);
    }

    private TotalRow ratioRow(Metric metric, Division division, int year, YearTotals rollUps) {
        if (metric.formula == null) {
            // Only the division's own aggregate report can state such a percentage; it is never added.
            RollUp.Total t = rollUps.of(metric.code, division);
            return new TotalRow(division, year, metric, t.reported(), Method.REPORTED, t.reported(), null, t.reportedApproximate(),
                    null, null, null, t.reported() == null ? STATED_PERCENTAGE : null);
        }
        Formula.Derived ratio = catalogue.formulaOf(metric).percentFrom(part -> {
            RollUp.Total t = rollUps.of(part, division);
            return new Formula.CoveredPart(t.bestPart(), t.coverage());
        });
        return new TotalRow(division, year, metric, ratio.value(), Method.DERIVED, null, null, ratio.approximate(), null, null, null, ratio.reason());
    }

    Map<Integer, Map<String, List<RegionalFigure>>> load(List<Metric> metrics, Division within, int yearFrom, int yearTo, OffsetDateTime asOf) {
        Set<String> codes = withRatioParts(metrics).stream().map(m -> m.code).collect(Collectors.toCollection(LinkedHashSet::new));
        String province = within == null ? null : within.provinceCode;
        List<RegionalFigure> found = asOf == null ? figures.currentWithin(codes, province, yearFrom, yearTo)
                : figures.asOfWithin(codes, province, yearFrom, yearTo, asOf);
        return found.stream().collect(Collectors.groupingBy(RegionalFigure::year, Collectors.groupingBy(RegionalFigure::metric)));
    }

    /** The metrics to read: those asked for, plus the parts of every ratio among them. */
    List<Metric> withRatioParts(List<Metric> asked) {
        List<Metric> metrics = Families.expand(catalogue, asked);
        Set<Metric> all = new LinkedHashSet<>(metrics);
        for (Metric m : metrics) {
            if (m.formula != null) {
                catalogue.formulaOf(m).parts().forEach(p -> all.add(catalogue.require(p, "metric")));
            }
        }
        return List.copyOf(all);
    }

    private List<Metric> requireMetrics(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw ApiProblem.badParameter("metric", "Name at least one metric (repeat the parameter for several).");
        }
        if (codes.size() > MAX_METRICS) {
            throw ApiProblem.badParameter("metric", codes.size() + " metrics asked; at most " + MAX_METRICS + " per request.");
        }
        return codes.stream().distinct().map(c -> catalogue.requireMetricOrFamily(c, "metric")).toList();
    }

    static void requireYearRange(int yearFrom, int yearTo) {
        if (yearFrom > yearTo) {
            throw ApiProblem.badParameter("yearFrom", "yearFrom " + yearFrom + " is after yearTo " + yearTo + ".");
        }
        if (yearTo - yearFrom + 1 > MAX_YEARS) {
            throw ApiProblem.badParameter("yearTo", "At most " + MAX_YEARS + " years per request.");
        }
    }

    private void requireBoundedAnswer(TotalsQuery q, int metrics, Division within) {
        long rows = 0;
        for (int year = q.yearFrom(); year <= q.yearTo(); year++) {
            rows += (long) tree.atLevelWithin(q.by(), within, year).size() * metrics;
        }
        if (rows > MAX_ROWS) {
            throw ApiProblem.badParameter("by", "This answer would hold " + rows + " rows (divisions at level " + q.by().code()
                    + " x metrics x years); at most " + MAX_ROWS + " per request. Ask for fewer metrics or years, or add within.");
        }
    }

    private Division requireWithin(String code, Level by, int yearFrom, int yearTo) {
        DivisionService.requireCodeShape(code, "within");
        Division within = null;
        for (int year = yearTo; year >= yearFrom && within == null; year--) {
            within = tree.at(code, year).orElse(null);
        }
        if (within == null) {
            divisions.resolve(code, yearTo, "within");
        }
        if (within.level == Level.ZONE || DivisionTree.depth(by) < DivisionTree.depth(within.level)) {
            throw ApiProblem.badParameter("by", "by=" + by.code() + " is above within's level (" + within.code + " is a "
                    + within.level.code() + "); rows must be at or below the division they are within.");
        }
        return within;
    }
}
