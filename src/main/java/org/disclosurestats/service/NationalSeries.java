package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Aggregation;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.service.AggregateService.Method;
import org.disclosurestats.service.AggregateService.Period;
import org.disclosurestats.service.AggregateService.TotalRow;
import org.disclosurestats.service.AggregateService.TotalsQuery;
import org.disclosurestats.service.SeriesService.SeriesPoint;

/**
 * The whole country's yearly series. No report speaks for the nation, so each year's value is computed
 * from the provinces' totals (each the figure the totals endpoint gives: its own aggregate report, else
 * its roll-up), with the provinces that stated it out of those valid that year as coverage. A ratio is
 * recomputed from the national sums of its parts; a stated percentage without parts has no national value.
 * In a family year where provinces follow different definitions, only the most common one is added (the
 * others are left out of the coverage): figures of different definitions never add up.
 */
@ApplicationScoped
public class NationalSeries {

    static final String NOTHING_STATED = "no province states it";

    @Inject
    AggregateService aggregates;
    @Inject
    SeriesService seriesService;
    @Inject
    Catalogue catalogue;

    /** {@code family}: the family the metric belongs to, when a plain metric of one was asked for. */
    public record Series(Metric metric, MetricFamily family, List<SeriesPoint> points) {
    }

    public Series series(String metricCode, int yearFrom, int yearTo, OffsetDateTime asOf) {
        Metric metric = catalogue.requireMetricOrFamily(metricCode, "metric");
        AggregateService.requireYearRange(yearFrom, yearTo);
        boolean ratio = catalogue.family(metric.code).isEmpty() && metric.aggregation == Aggregation.RATIO;
        List<String> read = !ratio ? List.of(metric.code)
                : metric.formula == null ? List.of() : List.copyOf(catalogue.formulaOf(metric).parts());
        Map<Integer, Map<String, List<TotalRow>>> provinces = read.isEmpty() ? Map.of()
                : aggregates.totals(new TotalsQuery(read, Level.PROVINCE, null, yearFrom, yearTo, false, Period.YEAR, asOf)).stream()
                .collect(Collectors.groupingBy(TotalRow::year, Collectors.groupingBy(r -> r.metric().code)));
        List<SeriesPoint> points = new ArrayList<>();
        TotalRow previousRow = null;
        Comparability.Value previous = null;
        for (int year = yearFrom; year <= yearTo; year++) {
            Map<String, List<TotalRow>> ofYear = provinces.getOrDefault(year, Map.of());
            if (ratio) {
                points.add(ratioPoint(metric, year, ofYear));
                continue;
            }
            National sum = sumOf(ofYear.getOrDefault(metric.code, List.of()));
            if (sum.total == null) {
                points.add(SeriesPoint.gap(year, NOTHING_STATED));
                continue;
            }
            TotalRow row = new TotalRow(null, year, metric, sum.total, Method.COMPUTED, null, sum.total, sum.approximate,
                    sum.contributing.size(), sum.expected, null, null, sum.metricUsed, false);
            Comparability.Value value = new Comparability.Value(year, Method.COMPUTED, sum.definition, sum.completeUnits(), sum.expected, sum.inputs(), null);
            points.add(seriesService.point(metric, row, value, previousRow == null ? null : new SeriesService.Previous(previousRow.total(), previous), null));
            previousRow = row;
            previous = value;
        }
        MetricFamily family = catalogue.family(metric.code).isPresent() ? null : catalogue.familyOf(metric.code).orElse(null);
        return new Series(metric, family, points);
    }

    /**
     * The provinces' figures of one year added up. {@code contributing}: the rows added; {@code definition}:
     * the family definition they follow (1 for a plain metric).
     */
    private record National(BigDecimal total, boolean approximate, List<TotalRow> contributing, int expected, int definition, Metric metricUsed) {

        /**
         * Provinces whose own total is complete: a national sum compares with another only when every province's
         * total is complete, or when the same provinces contributed the same way (see {@link #inputs()}).
         */
        int completeUnits() {
            return (int) contributing.stream()
                    .filter(r -> r.incompleteness() == null).count();
        }

        /** Each contributing province with how its total was obtained: equal sets mean the same inputs. */
        Set<String> inputs() {
            return contributing.stream().map(r -> r.division().code + ' ' + r.method() + ' ' + r.contributingUnits() + '/' + r.expectedUnits() + ' ' + r.ownFigures())
                    .collect(Collectors.toSet());
        }

        /** What the sum covers, for a ratio's parts: which provinces, each reported or computed from how many units. */
        List<String> coverage() {
            return contributing.stream().map(r -> r.division().code + (r.method() == Method.REPORTED ? " reported"
                    : " computed from " + r.contributingUnits() + " of " + r.expectedUnits() + " units")).sorted().toList();
        }
    }

    private National sumOf(List<TotalRow> rows) {
        List<TotalRow> valued = rows.stream().filter(r -> r.total() != null).toList();
        if (valued.isEmpty()) {
            return new National(null, false, List.of(), rows.size(), 1, null);
        }
        Map<Integer, List<TotalRow>> byDefinition = valued.stream()
                .collect(Collectors.groupingBy(r -> Families.definitionOf(catalogue, r), TreeMap::new, Collectors.toList()));
        // the most common definition; on a tie, the later one (the edition the reports are moving to)
        Map.Entry<Integer, List<TotalRow>> chosen = byDefinition.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, List<TotalRow>>>comparingInt(e -> e.getValue().size()).thenComparing(Map.Entry::getKey)).orElseThrow();
        List<TotalRow> added = chosen.getValue();
        BigDecimal total = added.stream().map(TotalRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new National(total, added.stream().anyMatch(TotalRow::approximate), added, rows.size(), chosen.getKey(), mostCommon(added, TotalRow::metricUsed));
    }

    private SeriesPoint ratioPoint(Metric metric, int year, Map<String, List<TotalRow>> ofYear) {
        if (metric.formula == null) {
            return SeriesPoint.gap(year, AggregateService.STATED_PERCENTAGE);
        }
        Map<String, National> sums = new HashMap<>();
        ofYear.forEach((part, rows) -> sums.put(part, sumOf(rows)));
        Formula.Derived result = catalogue.formulaOf(metric).percentFrom(part -> {
            National sum = sums.get(part);
            return sum == null || sum.total == null ? null
                    : new Formula.CoveredPart(new RollUp.Part(sum.total, sum.approximate), String.join(", ", sum.coverage()));
        });
        if (result.value() == null) {
            return SeriesPoint.gap(year, sums.values().stream().allMatch(n -> n.total == null) ? NOTHING_STATED : result.reason());
        }
        boolean approximate = result.approximate();
        return new SeriesPoint(year, result.value(), Method.DERIVED, approximate, null, null, metric.code, false, null, null, null, null, null, null);
    }

    private static <T> T mostCommon(List<TotalRow> rows, Function<TotalRow, T> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
