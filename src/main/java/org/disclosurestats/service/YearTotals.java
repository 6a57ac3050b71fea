package org.disclosurestats.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Division;
import org.disclosurestats.projection.RegionalFigure;

/** Where a year's totals come from: the in-memory roll-up or the stored rows. */
interface YearTotals {

    RollUp.Total of(String metric, Division division);

    /** The in-memory roll-ups of one year, one per metric, built when first asked for. */
    static YearTotals rolledUp(DivisionTree tree, int year, Map<String, List<RegionalFigure>> figuresOfYear) {
        Map<String, RollUp> byMetric = new HashMap<>();
        return (metric, division) -> byMetric.computeIfAbsent(metric, m -> new RollUp(tree, year, figuresOfYear.getOrDefault(m, List.of())))
                .totalOf(division);
    }
}
