package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.repository.CurrentFigureRepository;
import org.disclosurestats.repository.RegionalFigure;
import org.disclosurestats.repository.RollupRepository;
import org.disclosurestats.repository.RollupRepository.Row;

/**
 * Keeps rollup_total exact on every write: after a report's projection is rebuilt, the totals of its
 * division and of each ancestor up to the province are recomputed with {@link RollUp#combine}, in the
 * writing transaction, for the metrics the write touched. Each level reads the level below from the
 * rows it has just written, so a refresh costs a few statements per level (at most three levels),
 * whatever the number of metrics, and of reports when a group of bulk lines is refreshed at once.
 */
@ApplicationScoped
public class RollupMaintainer {

    /** Namespace of the advisory locks taken here (the first key of pg_advisory_xact_lock). */
    private static final int LOCK_NAMESPACE = 0x526f6c6c; // "Roll"

    @Inject
    DivisionTree tree;
    @Inject
    CurrentFigureRepository figures;
    @Inject
    RollupRepository rollups;
    @Inject
    EntityManager em;

    /** Where reports were written: a division in a year. */
    public record DivisionYear(String divisionCode, int year) {
    }

    /**
     * Recomputes the stored totals above reports written in several divisions and years at once (a
     * group of bulk lines), for the metrics each (division, year) stated before or after the writes.
     * Each ancestor is recomputed once, bottom-up, for the union of the metrics below it: the same rows
     * as refreshing after every report in turn, since a node's totals depend only on the current
     * figures and on its children's rows, and every child whose rows may have changed is recomputed
     * before it. The locks of all (province, year) concerned are taken first, in ascending order, so
     * that two groups never wait on each other in a cycle (a single write takes one lock).
     */
    public void refresh(Map<DivisionYear, Set<String>> touched) {
        Map<DivisionYear, Set<String>> metricsByNode = new HashMap<>();
        Map<DivisionYear, Division> nodes = new HashMap<>();
        Map<DivisionYear, Integer> depthByNode = new HashMap<>();
        SortedSet<Integer> locks = new TreeSet<>();
        touched.forEach((where, metrics) -> {
            Division division = metrics.isEmpty() ? null : tree.at(where.divisionCode(), where.year()).orElse(null);
            // A zone's figures overlap its host districts and never roll up; a code not valid in the year
            // belongs to no parent that year. Neither reaches any stored total.
            if (division == null || division.level == Level.ZONE) {
                return;
            }
            int year = where.year();
            locks.add(lockKey(division.provinceCode, year));
            List<Division> chain = new ArrayList<>();
            for (Division node = tree.holdsRollUp(division, year) ? division : parentOf(division, year); node != null; node = parentOf(node, year)) {
                chain.add(node);
            }
            for (int i = 0; i < chain.size(); i++) {
                DivisionYear key = new DivisionYear(chain.get(i).code, year);
                nodes.put(key, chain.get(i));
                depthByNode.put(key, chain.size() - 1 - i);
                metricsByNode.computeIfAbsent(key, k -> new HashSet<>()).addAll(metrics);
            }
        });
        locks.forEach(this::lock);
        // One level of one year at a time, deepest first: the nodes of a level never read each other.
        Map<Integer, Map<Integer, List<DivisionYear>>> byDepthAndYear = new TreeMap<>(Comparator.reverseOrder());
        metricsByNode.keySet().forEach(key -> byDepthAndYear.computeIfAbsent(depthByNode.get(key), d -> new TreeMap<>())
                .computeIfAbsent(key.year(), y -> new ArrayList<>()).add(key));
        byDepthAndYear.values().forEach(byYear -> byYear.forEach((year, keys) -> recompute(year,
                keys.stream().collect(Collectors.toMap(key -> nodes.get(key), metricsByNode::get)))));
    }

    private Division parentOf(Division d, int year) {
        return d.parentCode == null ? null : tree.at(d.parentCode, year).orElse(null);
    }

    /** The second key of a (province, year) lock. */
    private static int lockKey(String provinceCode, int year) {
        return Integer.parseInt(provinceCode.substring(0, 2)) * 10_000 + year;
    }

    /**
     * Serialises writers of one province and year until commit. Without it two reports under the same
     * prefecture written at once would each recompute the prefecture from a snapshot missing the other
     * (a lost update). Under READ COMMITTED the statements after the lock see what the previous holder
     * committed.
     */
    private void lock(int provinceYearKey) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, LOCK_NAMESPACE).setParameter(2, provinceYearKey).getSingleResult();
    }

    /**
     * Recomputes the totals of these nodes (none an ancestor of another) for the metrics given for
     * each, with three statements whatever their number: their own figures and those of their children
     * without stored totals, the stored rows of the other children, then the upsert (and a delete for
     * each node where a metric no longer has any figure).
     */
    private void recompute(int year, Map<Division, Set<String>> metricsByNode) {
        Set<String> metrics = new HashSet<>();
        metricsByNode.values().forEach(metrics::addAll);
        List<String> ownCodes = new ArrayList<>();
        List<String> storedChildren = new ArrayList<>();
        metricsByNode.keySet().forEach(node -> {
            ownCodes.add(node.code);
            for (Division child : tree.children(node.code, year)) {
                (tree.holdsRollUp(child, year) ? storedChildren : ownCodes).add(child.code);
            }
        });
        Map<String, Map<String, RollUp.Own>> ownByMetric = own(figures.currentOf(ownCodes, year, metrics));
        Map<String, Map<String, Row>> storedByMetric = rollups.of(storedChildren, year, metrics).stream()
                .collect(Collectors.groupingBy(Row::metric, Collectors.toMap(Row::divisionCode, r -> r)));

        List<Row> upserts = new ArrayList<>();
        metricsByNode.forEach((node, nodeMetrics) -> {
            List<Division> children = tree.children(node.code, year);
            List<String> emptied = new ArrayList<>();
            for (String metric : nodeMetrics) {
                Map<String, RollUp.Own> own = ownByMetric.getOrDefault(metric, Map.of());
                Map<String, Row> stored = storedByMetric.getOrDefault(metric, Map.of());
                RollUp.Total total = RollUp.combine(own.getOrDefault(node.code, RollUp.Own.NONE), children,
                        child -> tree.holdsRollUp(child, year) ? fromRow(stored.get(child.code))
                                : RollUp.combine(own.getOrDefault(child.code, RollUp.Own.NONE), List.of(), c -> null));
                if (total.isEmpty()) {
                    emptied.add(metric);
                } else {
                    upserts.add(rowOf(metric, node, year, total));
                }
            }
            rollups.delete(node.code, year, emptied);
        });
        rollups.upsert(upserts);
    }

    private static Map<String, Map<String, RollUp.Own>> own(List<RegionalFigure> found) {
        Map<String, Map<String, RollUp.Own>> byMetric = new HashMap<>();
        found.stream().collect(Collectors.groupingBy(RegionalFigure::metric))
                .forEach((metric, list) -> byMetric.put(metric, RollUp.ownByDivision(list)));
        return byMetric;
    }

    /** A stored row as a child's total; the counts of missing units are not needed one level up. */
    static RollUp.Total fromRow(Row row) {
        return row == null ? null : new RollUp.Total(row.reported(), row.reportedApproximate(), row.computed(), row.computedApproximate(),
                row.contributingUnits(), 0, List.of());
    }

    static Row rowOf(String metric, Division d, int year, RollUp.Total t) {
        return new Row(metric, d.code, year, d.provinceCode, d.level, t.reported(), t.reportedApproximate(), t.computed(),
                t.computedApproximate(), t.contributingUnits());
    }
}
