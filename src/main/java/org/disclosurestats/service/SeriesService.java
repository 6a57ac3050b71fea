package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.service.AggregateService.Method;
import org.disclosurestats.service.AggregateService.TotalRow;

/**
 * A division's yearly series of one metric or family: each year's total (the same figure as the totals
 * endpoint, with its coverage), explicit gaps, the edition break where a family's definition changes,
 * and a change only where {@link Comparability} says the two values compare.
 */
@ApplicationScoped
public class SeriesService {

    @Inject
    AggregateService aggregates;
    @Inject
    Catalogue catalogue;
    @Inject
    DivisionTree tree;
    @Inject
    DivisionService divisions;

    /**
     * A year of a series. {@code change} is from the value of {@code changeFrom} (the previous year with a
     * value); when the two do not compare, change is null and {@code notComparable} says why. {@code territory} says how the
     * year's land differs from the neighbouring years' ({@link Territories#around}), {@code reportedUnder} the code the
     * figures were reported under that year, {@code restated} what a restatement on other boundaries added and took out.
     */
    public record SeriesPoint(int year, BigDecimal value, Method method, boolean approximate, Integer contributingUnits,
                              Integer expectedUnits, String metricUsed, boolean editionBreak, String breakNote,
                              BigDecimal change, BigDecimal changePercent, Integer changeFrom, String notComparable, String gap,
                              String territory, String reportedUnder, String restated, Integer ownFigures) {

        public SeriesPoint(int year, BigDecimal value, Method method, boolean approximate, Integer contributingUnits, Integer expectedUnits,
                           String metricUsed, boolean editionBreak, String breakNote, BigDecimal change, BigDecimal changePercent,
                           Integer changeFrom, String notComparable, String gap) {
            this(year, value, method, approximate, contributingUnits, expectedUnits, metricUsed, editionBreak, breakNote, change, changePercent,
                    changeFrom, notComparable, gap, null, null, null, null);
        }

        static SeriesPoint gap(int year, String why) {
            return new SeriesPoint(year, null, null, false, null, null, null, false, null, null, null, null, null, why);
        }

        SeriesPoint withPlace(String territory, String reportedUnder, String restated) {
            return new SeriesPoint(year, value, method, approximate, contributingUnits, expectedUnits, metricUsed, editionBreak, breakNote,
                    change, changePercent, changeFrom, notComparable, gap, territory, reportedUnder, restated, ownFigures);
        }

        SeriesPoint withOwnFigures(Integer ownFigures) {
            return new SeriesPoint(year, value, method, approximate, contributingUnits, expectedUnits, metricUsed, editionBreak, breakNote,
                    change, changePercent, changeFrom, notComparable, gap, territory, reportedUnder, restated, ownFigures);
        }
    }

    /** {@code family}: the family the metric belongs to, when a plain metric of one was asked for. */
    public record Series(Metric metric, MetricFamily family, Division division, List<SeriesPoint> points, Integer boundaries) {
    }

    @Transactional
    public Series series(String metricCode, String divisionCode, int yearFrom, int yearTo, OffsetDateTime asOf) {
        return series(metricCode, divisionCode, yearFrom, yearTo, asOf, null);
    }

    /** {@code boundaries}: restate every year on the division's territory of that year ({@link Restatement}); null: each year's own. */
    @Transactional
    public Series series(String metricCode, String divisionCode, int yearFrom, int yearTo, OffsetDateTime asOf, Integer boundaries) {
        Metric metric = catalogue.requireMetricOrFamily(metricCode, "metric");
        AggregateService.requireYearRange(yearFrom, yearTo);
        DivisionService.requireCodeShape(divisionCode, "division");
        Division anyPeriod = divisions.periodsOf(divisionCode, null, "division").get(0).division();
        Map<Integer, Map<String, List<RegionalFigure>>> byYear = aggregates.load(List.of(metric), anyPeriod, yearFrom, yearTo, asOf);
        Territories territories = tree.territories();
        Division basis = boundaries == null ? null : territories.resolve(divisionCode, boundaries).orElseThrow(() -> ApiProblem.badParameter("boundaries",
                "division " + divisionCode + " names no division in " + boundaries + ": its boundaries of that year do not exist."));
        List<SeriesPoint> points = new ArrayList<>();
        Previous previous = null;
        for (int year = yearFrom; year <= yearTo; year++) {
            Map<String, List<RegionalFigure>> ofYear = byYear.getOrDefault(year, Map.of());
            // a code is counted as its successor in a year of change, and followed back to its predecessor before it existed
            Division division = territories.resolve(divisionCode, year).orElse(basis);
            if (division == null) {
                points.add(SeriesPoint.gap(year, "division " + divisionCode + " not valid in " + year).withPlace(territories.beyond(divisionCode, year), null, null));
                continue;
            }
            Territories.Change restatedBy = basis == null ? null : territories.between(divisionCode, year, boundaries);
            YearTotals totals = YearTotals.rolledUp(tree, year, ofYear);
            if (restatedBy != null) {
                totals = Restatement.on(totals, division, restatedBy, m -> catalogue.find(m).map(x -> x.aggregation.addsAcrossDivisions()).orElse(false));
            }
            String reportedUnder = division.validIn(year) ? division.code : null;
            String territory = territories.around(divisionCode, year);
            String restated = restatedBy == null ? null : Restatement.note(restatedBy);
            TotalRow row = aggregates.totalRow(metric, division, year, totals, true);
            if (row.total() == null) {
                points.add(SeriesPoint.gap(year, anyFigureAtOrBelow(ofYear, division, year) ? "not reported" : "no report")
                        .withPlace(territory, reportedUnder, restated));
                continue;
            }
            // a code not valid that year (its land restated onto it) had no organs of its own that could be missing
            Integer ownFigures = reportedUnder == null ? null : row.ownFigures();
            Comparability.Value value = new Comparability.Value(year, row.method(), Families.definitionOf(catalogue, row),
                    row.contributingUnits(), row.expectedUnits(), restatedBy == null || restatedBy.isEmpty() ? contributors(division, year, row) : null,
                    ownFigures);
            // on one year's boundaries every value covers the same land; otherwise a change of land between the two years forbids a change
            Territories.Change land = previous == null || basis != null ? null : territories.between(divisionCode, previous.value().year(), year);
            points.add(point(metric, row, value, previous, land).withPlace(territory, reportedUnder, restated));
            previous = new Previous(row.total(), value);
        }
        MetricFamily family = catalogue.family(metric.code).isPresent() ? null : catalogue.familyOf(metric.code).orElse(null);
        return new Series(metric, family, tree.at(divisionCode, yearTo).orElse(anyPeriod), points, boundaries);
    }

    record Previous(BigDecimal total, Comparability.Value value) {
    }

    /** A point with a value; its change from {@code previous} only where the two compare. Also the national series' rule. */
    SeriesPoint point(Metric metric, TotalRow row, Comparability.Value value, Previous previous, Territories.Change land) {
        boolean editionBreak = previous != null && previous.value().definition() != value.definition();
        String breakNote = !editionBreak ? null : catalogue.family(metric.code).map(f -> f.differenceOf(value.definition()))
                .orElse("the definition changes here");
        String reason = previous == null ? null : Comparability.ofChange(previous.value(), value, land);
        BigDecimal change = previous == null || reason != null ? null : row.total().subtract(previous.total());
        BigDecimal percent = change == null || previous.total().signum() == 0 ? null
                : Decimals.canonical(change.multiply(BigDecimal.valueOf(100)).divide(previous.total(), MathContext.DECIMAL64));
        return new SeriesPoint(row.year(), row.total(), row.method(), row.approximate(), row.contributingUnits(), row.expectedUnits(),
                row.metricUsed().code, editionBreak, breakNote, change, percent, previous == null ? null : previous.value().year(), reason, null)
                .withOwnFigures(value.ownFigures());
    }

    /** The child units that contributed to a computed total (its children less the missing ones). */
    private Set<String> contributors(Division division, int year, TotalRow row) {
        if (row.missing() == null) {
            return null;
        }
        Set<String> missing = row.missing().stream().map(d -> d.code).collect(Collectors.toSet());
        return tree.children(division.code, year).stream().map(d -> d.code).filter(c -> !missing.contains(c)).collect(Collectors.toSet());
    }

    private boolean anyFigureAtOrBelow(Map<String, List<RegionalFigure>> figuresOfYear, Division division, int year) {
        return figuresOfYear.values().stream().flatMap(List::stream)
                .anyMatch(f -> f.divisionCode().equals(division.code) || isBelow(f.divisionCode(), division, year));
    }

    private boolean isBelow(String code, Division ancestor, int year) {
        Division d = tree.at(code, year).orElse(null);
        for (int hops = 0; d != null && d.parentCode != null && hops < 3; hops++) {
            if (d.parentCode.equals(ancestor.code)) {
                return true;
            }
            d = tree.at(d.parentCode, year).orElse(null);
        }
        return false;
    }
}
