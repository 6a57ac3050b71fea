package org.disclosurestats.service;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.service.AggregateService.TotalRow;

/**
 * How aggregates read a metric family: a family's figure for a division and year is that of the member
 * covering most of the division (see {@link #familyRow}), and the row where a division's definition changes carries the
 * edition break. Plain metrics pass through unchanged.
 */
final class Families {

    private Families() {
    }

    /** The metrics to read for the metrics asked: a family's members in place of the family. */
    static List<Metric> expand(Catalogue catalogue, List<Metric> asked) {
        Set<Metric> all = new LinkedHashSet<>();
        for (Metric m : asked) {
            catalogue.family(m.code).ifPresentOrElse(f -> f.members().forEach(member -> all.add(member.metric())), () -> all.add(m));
        }
        return List.copyOf(all);
    }

    /**
     * A family's row: the member's row that covers most of the division (a reported or derived figure all of it, a
     * computed one the share of its units that contributed), the earlier definition on a tie; else the first member's
     * (empty) row. In a year of changing editions a few late reports in the old tables must not stand for a division
     * whose own report, or most of whose units, use the new ones.
     */
    static TotalRow familyRow(MetricFamily family, Function<Metric, TotalRow> memberRow) {
        TotalRow first = null;
        TotalRow best = null;
        for (MetricFamily.Member member : family.members()) {
            TotalRow row = memberRow.apply(member.metric());
            first = first == null ? row : first;
            if (row.total() != null && (best == null || coverage(row) > coverage(best))) {
                best = row;
            }
        }
        return (best != null ? best : first).asFamily(family.metric(), false);
    }

    private static double coverage(TotalRow row) {
        if (row.method() != AggregateService.Method.COMPUTED || row.expectedUnits() == null || row.expectedUnits() == 0
                || row.contributingUnits() == null) {
            return 1.0;
        }
        return (double) row.contributingUnits() / row.expectedUnits();
    }

    /** The definition a row's figure follows: its family member's, or 1 for a plain metric. */
    static int definitionOf(Catalogue catalogue, TotalRow row) {
        return catalogue.family(row.metric().code).flatMap(f -> f.member(row.metricUsed().code))
                .map(MetricFamily.Member::definition).orElse(1);
    }

    /** Marks each family row whose definition differs from the same division's previous row with a figure. */
    static List<TotalRow> markBreaks(Catalogue catalogue, List<TotalRow> rows) {
        Map<String, Integer> lastDefinition = new HashMap<>();
        return rows.stream().map(row -> {
            if (row.total() == null || catalogue.family(row.metric().code).isEmpty()) {
                return row;
            }
            int definition = definitionOf(catalogue, row);
            Integer last = lastDefinition.put(row.division().code + ' ' + row.metric().code, definition);
            return last != null && last != definition ? row.withBreak() : row;
        }).toList();
    }
}
