package org.disclosurestats.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disclosurestats.domain.Decimals;
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

    /**
     * A division's total for the metric and year. Values are null when there is nothing to add.
     * {@code missing} lists the children that contributed nothing; it is empty when the total was read
     * from a stored roll-up row (rollup_total keeps the count, not the list).
     */
    public record Total(BigDecimal reported, boolean reportedApproximate, BigDecimal computed, boolean computedApproximate,
                        int contributingUnits, int expectedUnits, List<Division> missing) {

        /** The figure to use for the division: its own published total where there is one. */
        public BigDecimal best() {
            return reported != null ? reported : computed;
        }

        public boolean bestApproximate() {
            return reported != null ? reportedApproximate : computedApproximate;
        }

        /** Nothing stated here or below: such a total is not stored. */
        public boolean isEmpty() {
            return reported == null && computed == null;
        }
    }

    /**
     * What a division's own reports state about the metric: the sum of its self-scope figures (its
     * government, offices and departments) and its reported aggregate, the earliest recorded one.
     */
    public record Own(BigDecimal selfSum, boolean selfApproximate, RegionalFigure reportedAggregate) {

        static final Own NONE = new Own(null, false, null);
    }

    /** The figures of one metric and year grouped into each division's {@link Own}. */
    public static Map<String, Own> ownByDivision(List<RegionalFigure> figures) {
        Map<String, Own> own = new HashMap<>();
        for (RegionalFigure f : figures) {
            Own known = own.getOrDefault(f.divisionCode(), Own.NONE);
            if (f.scope() == Scope.AGGREGATE) {
                RegionalFigure a = known.reportedAggregate();
                own.put(f.divisionCode(), new Own(known.selfSum(), known.selfApproximate(), a == null || f.reportId() < a.reportId() ? f : a));
            } else {
                own.put(f.divisionCode(), new Own(known.selfSum() == null ? f.value() : known.selfSum().add(f.value()),
                        known.selfApproximate() || f.approximate(), known.reportedAggregate()));
            }
        }
        return own;
    }

    /**
     * The rule itself, for one division: its own figures plus the best figure of each child valid in
     * the year. Both the in-memory roll-up and the maintained rollup_total rows are built with it, so
     * they cannot disagree.
     *
     * @param children   the division's children in the year (zones excluded), in code order
     * @param childTotal each child's total, however it is obtained (recursion or a stored row)
     */
    public static Total combine(Own own, List<Division> children, Function<Division, Total> childTotal) {
        BigDecimal computed = own.selfSum();
        boolean approximate = own.selfApproximate();
        List<Division> missing = new ArrayList<>();
        int contributing = 0;
        for (Division child : children) {
            Total total = childTotal.apply(child);
            BigDecimal best = total == null ? null : total.best();
            if (best == null) {
                missing.add(child);
                continue;
            }
            contributing++;
            computed = computed == null ? best : computed.add(best);
            approximate |= total.bestApproximate();
        }
        RegionalFigure reported = own.reportedAggregate();
        missing.sort(Comparator.comparing((Division d) -> d.code));
        // Canonical like every stored figure: 0.5 + 0.5 reads back from numeric(24,6) as 1, so the sum must be 1, not 1.0.
        return new Total(reported == null ? null : reported.value(), reported != null && reported.approximate(),
                Decimals.canonical(computed), computed != null && approximate, contributing, children.size(), List.copyOf(missing));
    }

    private final DivisionTree tree;
    private final int year;
    private final Map<String, Own> own;
    private final Map<String, Total> memo = new HashMap<>();

    /** @param figures the metric's figures of one year, for every report in the region being totalled */
    public RollUp(DivisionTree tree, int year, List<RegionalFigure> figures) {
        this.tree = tree;
        this.year = year;
        this.own = ownByDivision(figures);
    }

    public Total totalOf(Division division) {
        Total known = memo.get(division.code);
        if (known != null) {
            return known;
        }
        Total total = combine(own.getOrDefault(division.code, Own.NONE), tree.children(division.code, year), this::totalOf);
        memo.put(division.code, total);
        return total;
    }
}
