package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.projection.CurrentFigureRepository;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.projection.RollupRepository;
import org.disclosurestats.projection.RollupRepository.Key;
import org.disclosurestats.projection.RollupRepository.Row;

/**
 * Keeps rollup_total exact on every write, by increments: a write's figures before and after are
 * compared, and only the totals of the report's division and of its ancestors, for the metrics whose
 * figures changed, move by what changed ({@link RollUp.Change}). A node passes a change up only when
 * its best figure changed, so a write costs a few statements per level, whatever the number of reports
 * already stored below. A division's reported figure is the one part that is not a sum: when an
 * aggregate report changes, it is read again (the earliest aggregate of that division), and its
 * parent receives the difference between the node's old and new best figure, as for any child.
 * Only metrics that add across divisions are stored; a ratio is derived from its stored parts.
 */
@ApplicationScoped
public class RollupMaintainer {

    @Inject
    DivisionTree tree;
    @Inject
    Catalogue catalogue;
    @Inject
    CurrentFigureRepository figures;
    @Inject
    RollupRepository rollups;

    private record FigureOf(long reportId, String metric) {
    }

    /**
     * Moves the stored totals by the difference between the written reports' projected figures
     * {@code before} and {@code after} the write (one report, or a group of bulk lines at once).
     * Rows are locked level by level, deepest first, each level in (metric, year, division) order (the primary key's):
     * every writer takes its row locks in that one order, so writers never wait on each other in a
     * cycle, and writers under different nodes never wait at all.
     */
    public void follow(List<RegionalFigure> before, List<RegionalFigure> after) {
        Map<FigureOf, RegionalFigure> old = byFigure(before);
        Map<FigureOf, RegionalFigure> now = byFigure(after);
        Set<FigureOf> written = new HashSet<>(old.keySet());
        written.addAll(now.keySet());
        Pending pending = new Pending();
        for (FigureOf f : written) {
            RegionalFigure b = old.get(f), a = now.get(f), either = a != null ? a : b;
            Division node = node(either.divisionCode(), either.year());
            if (node == null || !isStored(either.metric()) || Objects.equals(part(b), part(a))) {
                continue;
            }
            Key key = new Key(either.metric(), node.code, either.year());
            if (either.scope() == Scope.AGGREGATE) {
                pending.reportedChanged(key, node);
            } else {
                pending.add(key, node, RollUp.Change.ofOwnFigure(part(b), part(a)));
            }
        }
        while (!pending.nodes.isEmpty()) {
            int deepest = pending.depth.values().stream().max(Integer::compare).orElseThrow();
            List<Key> level = pending.nodes.keySet().stream().filter(k -> pending.depth.get(k) == deepest)
                    // The primary key's order: consecutive rows land next to each other in its index.
                    .sorted(Comparator.comparing(Key::metric).thenComparing(Key::year).thenComparing(Key::divisionCode)).toList();
            apply(level, pending);
        }
    }

    /**
     * Applies the pending changes of one level, and hands each node's change of best figure to its parent.
     * Each row is written once. First every row is inserted as if none were stored (its change applied to
     * nothing), skipping those already stored or being inserted by another writer (whose commit this
     * waits for); what was inserted is this writer's, locked until commit. The rest are then locked in
     * the same order, read, and updated (or deleted when nothing is left). Both statements take their
     * locks in the level's order, and a row one writer inserts makes every other writer wait in its own
     * insert, so writers never wait on each other in a cycle.
     */
    private void apply(List<Key> level, Pending pending) {
        Map<Key, RegionalFigure> reported = reportedAfter(level.stream().filter(pending.reportedChanged::contains).toList());
        Map<Key, RollUp.Total> fromNothing = new HashMap<>();
        List<Row> inserts = new ArrayList<>();
        for (Key key : level) {
            RollUp.Total after = changed(RollUp.Total.NONE, key, pending, reported);
            if (!after.isEmpty()) {
                fromNothing.put(key, after);
                inserts.add(rowOf(key.metric(), pending.nodes.get(key), key.year(), after));
            }
        }
        Set<Key> inserted = rollups.insertMissing(inserts);
        List<Key> stored = level.stream().filter(k -> !inserted.contains(k)).toList();
        Map<Key, Row> locked = rollups.lock(stored).stream().collect(Collectors.toMap(Row::key, r -> r));
        // Read again once locked: a concurrent aggregate report of the same division is now either
        // committed (and seen here) or waiting for this commit.
        Map<Key, RegionalFigure> reportedNow = reportedAfter(stored.stream().filter(pending.reportedChanged::contains).toList());
        List<Row> upserts = new ArrayList<>();
        List<Key> deletes = new ArrayList<>();
        for (Key key : level) {
            Division node = pending.nodes.get(key);
            RollUp.Total before, after;
            if (inserted.contains(key)) {
                before = RollUp.Total.NONE;
                after = fromNothing.get(key);
            } else {
                Row row = locked.get(key);
                before = row == null ? RollUp.Total.NONE : totalOf(row);
                after = changed(before, key, pending, reportedNow);
                if (after.isEmpty()) {
                    if (row != null) {
                        deletes.add(key);
                    }
                } else if (!after.equals(before)) {
                    upserts.add(rowOf(key.metric(), node, key.year(), after));
                }
            }
            Division parent = parentOf(node, key.year());
            if (parent != null && !Objects.equals(before.bestPart(), after.bestPart())) {
                pending.add(new Key(key.metric(), parent.code, key.year()), parent, RollUp.Change.ofChild(before.bestPart(), after.bestPart()));
            }
            pending.done(key);
        }
        rollups.upsert(upserts);
        rollups.delete(deletes);
    }

    /** A node's total after its pending changes, and after its reported figure when that changed. */
    private static RollUp.Total changed(RollUp.Total before, Key key, Pending pending, Map<Key, RegionalFigure> reported) {
        RollUp.Total after = before.plus(pending.changes.getOrDefault(key, RollUp.Change.NONE));
        return pending.reportedChanged.contains(key) ? after.reportedBy(reported.get(key)) : after;
    }

    /**
     * The reported figure of these nodes as it now stands: the earliest aggregate report stating the
     * metric. Read after the rows are locked, so a concurrent aggregate report of the same division is
     * either committed (and seen here) or waiting for this one's commit (and reads this one's).
     */
    private Map<Key, RegionalFigure> reportedAfter(List<Key> keys) {
        Map<Key, RegionalFigure> found = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(Key::year)).forEach((year, ofYear) -> figures.earliestAggregates(
                        ofYear.stream().map(Key::divisionCode).collect(Collectors.toSet()), year, ofYear.stream().map(Key::metric).collect(Collectors.toSet()))
                .forEach(f -> found.put(new Key(f.metric(), f.divisionCode(), f.year()), f)));
        return found;
    }

    /** The changes still to apply, by node row; each node knows its depth (the province is 0). */
    private final class Pending {
        final Map<Key, Division> nodes = new HashMap<>();
        final Map<Key, Integer> depth = new HashMap<>();
        final Map<Key, RollUp.Change> changes = new HashMap<>();
        final Set<Key> reportedChanged = new HashSet<>();

        void add(Key key, Division node, RollUp.Change change) {
            touch(key, node);
            changes.merge(key, change, RollUp.Change::plus);
        }

        void reportedChanged(Key key, Division node) {
            touch(key, node);
            reportedChanged.add(key);
        }

        private void touch(Key key, Division node) {
            if (nodes.putIfAbsent(key, node) == null) {
                int d = 0;
                for (Division up = parentOf(node, key.year()); up != null; up = parentOf(up, key.year())) {
                    d++;
                }
                depth.put(key, d);
            }
        }

        void done(Key key) {
            nodes.remove(key);
            depth.remove(key);
            changes.remove(key);
            reportedChanged.remove(key);
        }
    }

    /**
     * The node a report's figures belong to. A zone's figures overlap its host districts and never roll
     * up; a code not valid in the year belongs to no parent that year. Neither reaches a stored total. A code the
     * list still keeps in its year of change counts as its successor (DivisionTree.countedAs).
     */
    private Division node(String code, int year) {
        Division d = tree.countedAt(code, year).orElse(null);
        return d == null || d.level == Level.ZONE ? null : d;
    }

    private Division parentOf(Division d, int year) {
        return d.parentCode == null ? null : tree.at(d.parentCode, year).orElse(null);
    }

    /** Whether rollup_total holds totals of the metric: only of metrics whose figures add across divisions. */
    boolean isStored(String metric) {
        return catalogue.find(metric).map(m -> m.aggregation.addsAcrossDivisions()).orElse(false);
    }

    private static Map<FigureOf, RegionalFigure> byFigure(List<RegionalFigure> list) {
        Map<FigureOf, RegionalFigure> map = new HashMap<>();
        list.forEach(f -> map.put(new FigureOf(f.reportId(), f.metric()), f));
        return map;
    }

    private static RollUp.Part part(RegionalFigure f) {
        return f == null ? null : new RollUp.Part(f.value(), f.approximate());
    }

    /** A stored row as a total (an empty one when it was just created). */
    static RollUp.Total totalOf(Row row) {
        return new RollUp.Total(row.reported(), row.reportedApproximate(), row.computed(), row.computedApproximate(), row.selfFigures(),
                row.contributingUnits(), row.approximateParts(), 0, List.of());
    }

    static Row rowOf(String metric, Division d, int year, RollUp.Total t) {
        return new Row(metric, d.code, year, d.provinceCode, d.level, t.reported(), t.reportedApproximate(), t.computed(),
                t.computedApproximate(), t.contributingUnits(), t.selfFigures(), t.approximateParts());
    }
}
