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
import org.disclosurestats.projection.RegionalFigure;

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
 * (flows and stocks alike); this class never adds years. Stored totals follow a write by {@link Change}s:
 * a replaced own figure, or a child's best figure replaced by its new one.
 */
public final class RollUp {

    /**
     * A division's total for the metric and year. Values are null when there is nothing to add.
     * {@code missing} lists the children that contributed nothing; it is empty when the total was read
     * from a stored roll-up row (rollup_total keeps the count, not the list). {@code selfFigures} and
     * {@code approximateParts} count what entered the computed figure (the division's own figures and,
     * of those and the contributing children's best figures, the approximate ones), so that a stored
     * total can follow a change by increments: the computed figure is null exactly when nothing entered it.
     */
    public record Total(BigDecimal reported, boolean reportedApproximate, BigDecimal computed, boolean computedApproximate,
                        int selfFigures, int contributingUnits, int approximateParts, int expectedUnits, List<Division> missing) {

        public static final Total NONE = new Total(null, false, null, false, 0, 0, 0, 0, List.of());

        /** A total read back for display, where the counts of its parts are not needed. */
        public Total(BigDecimal reported, boolean reportedApproximate, BigDecimal computed, boolean computedApproximate,
                     int contributingUnits, int expectedUnits, List<Division> missing) {
            this(reported, reportedApproximate, computed, computedApproximate, 0, contributingUnits, 0, expectedUnits, missing);
        }

        /** The figure to use for the division: its own published total where there is one. */
        public BigDecimal best() {
            return reported != null ? reported : computed;
        }

        public boolean bestApproximate() {
            return reported != null ? reportedApproximate : computedApproximate;
        }

        /** The best figure as a part of the parent's computed figure; null when there is none. */
        public Part bestPart() {
            return best() == null ? null : new Part(best(), bestApproximate());
        }

        /**
         * What the best figure covers, in words: a reported aggregate its whole territory, a computed sum its own figures
         * and the units that contributed. Two parts of one ratio must cover the same ({@link Formula#percentFrom}).
         */
        public String coverage() {
            return reported != null ? "reported" : computed == null ? null
                    : "computed from " + selfFigures + " own figures and " + contributingUnits + " of " + expectedUnits + " units";
        }

        /** Nothing stated here or below: such a total is not stored. */
        public boolean isEmpty() {
            return reported == null && computed == null;
        }

        /** This total after its computed figure gained {@code change}: the rule applied by increments. */
        public Total plus(Change change) {
            int self = selfFigures + change.selfFigures();
            int units = contributingUnits + change.contributingUnits();
            int approximate = approximateParts + change.approximateParts();
            // Exact decimals: when every part has left, the sum is exactly zero and the figure is absent again.
            BigDecimal sum = (computed == null ? BigDecimal.ZERO : computed).add(change.sum());
            return new Total(reported, reportedApproximate, self + units == 0 ? null : Decimals.canonical(sum), approximate > 0,
                    self, units, approximate, expectedUnits, missing);
        }

        /** This total with another reported aggregate (null: no aggregate report states the metric any more). */
        public Total reportedBy(RegionalFigure aggregate) {
            return new Total(aggregate == null ? null : aggregate.value(), aggregate != null && aggregate.approximate(), computed,
                    computedApproximate, selfFigures, contributingUnits, approximateParts, expectedUnits, missing);
        }
    }

    /** One part of a computed figure: one of the division's own figures, or a child's best figure. */
    public record Part(BigDecimal value, boolean approximate) {
    }

    /**
     * What a computed figure gains when one of its parts is replaced (null: absent before or after). A
     * child whose best figure moves from its computed sum to a reported aggregate, or back, is one such
     * replacement: the parent never needs the child's other figures.
     */
    public record Change(BigDecimal sum, int selfFigures, int contributingUnits, int approximateParts) {

        public static final Change NONE = new Change(BigDecimal.ZERO, 0, 0, 0);

        public static Change ofOwnFigure(Part before, Part after) {
            return new Change(valueOf(after).subtract(valueOf(before)), presence(after) - presence(before), 0,
                    approximate(after) - approximate(before));
        }

        public static Change ofChild(Part before, Part after) {
            return new Change(valueOf(after).subtract(valueOf(before)), 0, presence(after) - presence(before),
                    approximate(after) - approximate(before));
        }

        public Change plus(Change other) {
            return new Change(sum.add(other.sum), selfFigures + other.selfFigures, contributingUnits + other.contributingUnits,
                    approximateParts + other.approximateParts);
        }

        private static BigDecimal valueOf(Part p) {
            return p == null ? BigDecimal.ZERO : p.value();
        }

        private static int presence(Part p) {
            return p == null ? 0 : 1;
        }

        private static int approximate(Part p) {
            return p != null && p.approximate() ? 1 : 0;
        }
    }

    /**
     * What a division's own reports state about the metric: the sum and number of its self-scope figures
     * (its government, offices and departments), how many of those are approximate, and its reported
     * aggregate, the earliest recorded one.
     */
    public record Own(BigDecimal selfSum, int selfFigures, int selfApproximateFigures, RegionalFigure reportedAggregate) {

        static final Own NONE = new Own(null, 0, 0, null);
    }

    /** The figures of one metric and year grouped into each division's {@link Own}. */
    public static Map<String, Own> ownByDivision(List<RegionalFigure> figures) {
        return ownByDivision(figures, Function.identity());
    }

    /** As {@link #ownByDivision(List)}, each figure counted as the division {@code countedAs} names for its code. */
    static Map<String, Own> ownByDivision(List<RegionalFigure> figures, Function<String, String> countedAs) {
        Map<String, Own> own = new HashMap<>();
        for (RegionalFigure f : figures) {
            String code = countedAs.apply(f.divisionCode());
            Own known = own.getOrDefault(code, Own.NONE);
            if (f.scope() == Scope.AGGREGATE) {
                RegionalFigure a = known.reportedAggregate();
                own.put(code, new Own(known.selfSum(), known.selfFigures(), known.selfApproximateFigures(),
                        a == null || f.reportId() < a.reportId() ? f : a));
            } else {
                own.put(code, new Own(known.selfSum() == null ? f.value() : known.selfSum().add(f.value()),
                        known.selfFigures() + 1, known.selfApproximateFigures() + (f.approximate() ? 1 : 0), known.reportedAggregate()));
            }
        }
        return own;
    }

    /**
     * The rule itself, for one division: its own figures plus the best figure of each child valid in
     * the year. The in-memory roll-up and the rebuild of rollup_total are built with it; writes move
     * the stored rows by its increments ({@link Total#plus}, {@link Total#reportedBy}), which give the
     * same rows because combine counts the same parts.
     *
     * @param children   the division's children in the year (zones excluded), in code order
     * @param childTotal each child's total, however it is obtained (recursion or a stored row)
     */
    public static Total combine(Own own, List<Division> children, Function<Division, Total> childTotal) {
        BigDecimal computed = own.selfSum();
        int approximateParts = own.selfApproximateFigures();
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
            approximateParts += total.bestApproximate() ? 1 : 0;
        }
        RegionalFigure reported = own.reportedAggregate();
        missing.sort(Comparator.comparing((Division d) -> d.code));
        // Canonical like every stored figure: 0.5 + 0.5 reads back from numeric(24,6) as 1, so the sum must be 1, not 1.0.
        return new Total(reported == null ? null : reported.value(), reported != null && reported.approximate(),
                Decimals.canonical(computed), approximateParts > 0, own.selfFigures(), contributing, approximateParts, children.size(),
                List.copyOf(missing));
    }

    private final DivisionTree tree;
    private final int year;
    private final Map<String, Own> own;
    private final Map<String, Total> memo = new HashMap<>();

    /** @param figures the metric's figures of one year, for every report in the region being totalled */
    public RollUp(DivisionTree tree, int year, List<RegionalFigure> figures) {
        this.tree = tree;
        this.year = year;
        this.own = ownByDivision(figures, code -> tree.countedAs(code, year));
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
