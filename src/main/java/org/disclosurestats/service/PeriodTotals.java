package org.disclosurestats.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.service.AggregateService.Method;
import org.disclosurestats.service.AggregateService.TotalRow;
import org.disclosurestats.service.AggregateService.TotalsQuery;
import org.disclosurestats.service.AggregateService.YearKey;

/**
 * How a metric adds over a period ({@code period=range}), decided here only: sums add the years, a stock is the level at
 * the end of the period (never a sum of years), a ratio is recomputed from its parts summed over the same years.
 *
 * A period row gives no unit counts (the units differ from year to year); its note names every year that is missing or
 * incomplete, so that a sum of one year and a missing one never reads as a two-year total.
 */
final class PeriodTotals {

    private final Catalogue catalogue;
    private final DivisionTree tree;
    private final TotalsQuery q;
    private final Map<YearKey, TotalRow> yearly;
    private final Map<Integer, Map<String, List<RegionalFigure>>> figuresByYear;

    PeriodTotals(Catalogue catalogue, DivisionTree tree, TotalsQuery q, Map<YearKey, TotalRow> yearly,
                 Map<Integer, Map<String, List<RegionalFigure>>> figuresByYear) {
        this.catalogue = catalogue;
        this.tree = tree;
        this.q = q;
        this.yearly = yearly;
        this.figuresByYear = figuresByYear;
    }

    /** One row per division (valid in any year of the period) and metric. */
    List<TotalRow> rows(List<Metric> metrics, Division within) {
        Map<String, Division> latest = new TreeMap<>();
        for (int year = q.yearFrom(); year <= q.yearTo(); year++) {
            for (Division d : tree.atLevelWithin(q.by(), within, year)) {
                latest.put(d.code, d);
            }
        }
        List<TotalRow> rows = new ArrayList<>();
        for (Division division : latest.values()) {
            for (Metric metric : metrics) {
                rows.add(row(metric, division));
            }
        }
        return rows;
    }

    private TotalRow row(Metric metric, Division division) {
        if (!metric.aggregation.addsAcrossDivisions()) {
            return ratio(metric, division);
        }
        if (!metric.aggregation.addsAcrossYears()) {
            TotalRow last = yearly.get(new YearKey(division.code, metric.code, q.yearTo()));
            BigDecimal value = last == null ? null : last.total();
            String why = "a stock: the level at the end of the period (" + q.yearTo() + "), never a sum of years";
            return new TotalRow(division, null, metric, value, Method.END_OF_PERIOD, null, null, last != null && last.approximate(),
                    last == null ? null : last.contributingUnits(), last == null ? null : last.expectedUnits(), List.of(),
                    value == null ? "no figure for " + q.yearTo() + ", the end of the period; " + why : why);
        }
        Summed sum = summed(metric.code, division);
        return new TotalRow(division, null, metric, sum.part == null ? null : sum.part.value(), Method.SUMMED_OVER_YEARS, null, null,
                sum.part != null && sum.part.approximate(), null, null, List.of(),
                sum.part == null ? "no figure in any year of the period" : sum.incomplete.isEmpty() ? null
                        : "summed over the years with a figure; " + String.join("; ", sum.incomplete));
    }

    private TotalRow ratio(Metric metric, Division division) {
        if (metric.formula == null) {
            return new TotalRow(division, null, metric, null, Method.DERIVED, null, null, false, null, null, List.of(), AggregateService.STATED_PERCENTAGE);
        }
        Formula.Derived ratio = catalogue.formulaOf(metric).percentFrom(part -> {
            Summed sum = summed(part, division);
            return new Formula.CoveredPart(sum.part, String.join("; ", sum.coverage));
        });
        return new TotalRow(division, null, metric, ratio.value(), Method.DERIVED, null, null, ratio.approximate(), null, null, List.of(), ratio.reason());
    }

    /**
     * A metric's best figures added over the years. {@code incomplete}: the years without a figure or with a computed
     * figure of only some units; {@code coverage}: what each year's figure covers, for comparing a ratio's parts.
     */
    private record Summed(RollUp.Part part, List<String> incomplete, List<String> coverage) {
    }

    private Summed summed(String metric, Division division) {
        BigDecimal value = null;
        boolean approximate = false;
        List<String> incomplete = new ArrayList<>();
        List<String> coverage = new ArrayList<>();
        for (int year = q.yearFrom(); year <= q.yearTo(); year++) {
            if (!division.validIn(year)) {
                incomplete.add(division.code + " not valid in " + year);
                continue;
            }
            RollUp.Total total = new RollUp(tree, year, figuresByYear.getOrDefault(year, Map.of()).getOrDefault(metric, List.of())).totalOf(division);
            coverage.add(year + " " + (total.coverage() == null ? "none" : total.coverage()));
            if (total.best() == null) {
                incomplete.add("no figure in " + year);
                continue;
            }
            value = value == null ? total.best() : value.add(total.best());
            approximate |= total.bestApproximate();
            if (total.reported() == null && total.contributingUnits() < total.expectedUnits()) {
                incomplete.add(year + " computed from " + total.contributingUnits() + " of " + total.expectedUnits() + " units");
            }
        }
        return new Summed(value == null ? null : new RollUp.Part(value, approximate), incomplete, coverage);
    }
}
