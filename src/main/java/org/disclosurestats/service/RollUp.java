package org.disclosurestats.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.repository.RegionalFigure;

/**
 * The roll-up rule, for one metric in one year. It is the only place that adds figures of different
 * reports, so that no total anywhere counts a figure twice:
 *
 * <pre>
 * computed(d) = Σ self-scope figures of d's reports (its government and departments)
 *             + Σ over d's children c valid in the year: best(c)
 * best(c)     = c's reported aggregate, if an aggregate-scope report of c states the metric,
 *               else computed(c) (absent when nothing below c reported it)
 * </pre>
 *
 * An aggregate report already contains its children and its own organs, so it is used instead of
 * them, never added to them. Where a division has several aggregate reports for a year (different
 * issuers) the earliest recorded one is its reported figure. Any approximate figure that enters a sum
 * makes the sum approximate. Summing divisions within a year is right for every additive metric
 * (flows and stocks alike); this class never adds years.
 */
public final class RollUp {

    /** A division's total for the metric and year. Values are null when there is nothing to add. */
    public record Total(BigDecimal reported, boolean reportedApproximate, BigDecimal computed, boolean computedApproximate,
                        int contributingUnits, int expectedUnits, List<Division> missing) {

        /** The figure to use for the division: its own published total where there is one. */
        public BigDecimal best() {
            return reported != null ? reported : computed;
        }

        public boolean bestApproximate() {
            return reported != null ? reportedApproximate : computedApproximate;
        }
    }

    private final DivisionTree tree;
    private final int year;
    private final Map<String, BigDecimal> selfSums = new HashMap<>();
    private final Map<String, Boolean> selfApproximate = new HashMap<>();
    private final Map<String, RegionalFigure> aggregates = new HashMap<>();
    private final Map<String, Total> memo = new HashMap<>();

    /** @param figures the metric's figures of one year, for every report in the region being totalled */
    public RollUp(DivisionTree tree, int year, List<RegionalFigure> figures) {
        this.tree = tree;
        this.year = year;
        for (RegionalFigure f : figures) {
            if (f.scope() == Scope.AGGREGATE) {
                aggregates.merge(f.divisionCode(), f, (a, b) -> a.reportId() <= b.reportId() ? a : b);
            } else {
                selfSums.merge(f.divisionCode(), f.value(), BigDecimal::add);
                selfApproximate.merge(f.divisionCode(), f.approximate(), Boolean::logicalOr);
            }
        }
    }

    public Total totalOf(Division division) {
        Total known = memo.get(division.code);
        if (known != null) {
            return known;
        }
        BigDecimal computed = selfSums.get(division.code);
        boolean approximate = selfApproximate.getOrDefault(division.code, false);
        List<Division> children = tree.children(division.code, year);
        List<Division> missing = new ArrayList<>();
        int contributing = 0;
        for (Division child : children) {
            Total childTotal = totalOf(child);
            BigDecimal best = childTotal.best();
            if (best == null) {
                missing.add(child);
                continue;
            }
            contributing++;
            computed = computed == null ? best : computed.add(best);
            approximate |= childTotal.bestApproximate();
        }
        RegionalFigure reported = aggregates.get(division.code);
        missing.sort(Comparator.comparing((Division d) -> d.code));
        Total total = new Total(reported == null ? null : reported.value(), reported != null && reported.approximate(),
                computed, computed != null && approximate, contributing, children.size(), List.copyOf(missing));
        memo.put(division.code, total);
        return total;
    }
}
