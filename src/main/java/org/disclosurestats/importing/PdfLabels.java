package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurestats.importing.PdfLayout.Cell;
import org.disclosurestats.importing.PdfLayout.Line;

/**
 * The label cells of a table block given to their rows by geometry. Labels written vertically, a few characters a
 * line stacked at the same x (本/机/关, 三、本/年度办/理结果), are group labels spanning many rows and belong to none.
 * The other label lines are joined into the label cell they wrap in: lines of one label column whose baselines are a
 * line pitch apart (closer than the rows of the table are). A label cell belongs to the data row whose values stand
 * within its height (values are centred or top-aligned in a cell); a cell beside no data row (a block heading, a
 * label whose row went on to the next page) belongs to none, and one beside several rows (rows packed as tightly
 * as lines) is cut between them line by line. Where the table draws its row borders, a border between two lines
 * parts them whatever their distance.
 */
final class PdfLabels {

    private PdfLabels() {
    }

    /** At most this many characters a line, stacked, make a vertical label. */
    private static final int VERTICAL_CHARS = 4;
    /** Lines of one wrapped cell are at most this many font sizes apart; the rows of a table farther. */
    private static final float LINE_PITCH = 1.45f;
    /** In a table with drawn row borders, lines of one cell may stand farther apart (a line of a taller font). */
    private static final float RULED_PITCH = 3f;

    /** Label cells (each a list of its wrapped lines) given to data rows, and the cells beside none. */
    record Attached(List<List<Cell>> byRow, List<List<Cell>> none) {

        /** The lines of the first label cell beside no row that stands wholly above y (the top of a page), or none. */
        List<Cell> above(float y) {
            return none.stream().filter(cell -> cell.get(cell.size() - 1).y() < y).findFirst().orElse(List.of());
        }
    }

    /** The labels attached to each data row, in the order of the rows. */
    static Attached attach(List<Cell> labels, Set<Cell> vertical, List<Line> dataRows, List<PdfRules.Across> rules) {
        List<List<Cell>> attached = new ArrayList<>();
        List<List<Cell>> none = new ArrayList<>();
        dataRows.forEach(r -> attached.add(new ArrayList<>()));
        for (List<Cell> wrapped : wrappedCells(labels.stream().filter(c -> !vertical.contains(c)).toList(), rules)) {
            Cell first = wrapped.get(0);
            Cell last = wrapped.get(wrapped.size() - 1);
            float margin = 0.6f * first.size();
            List<Integer> beside = new ArrayList<>();
            for (int i = 0; i < dataRows.size(); i++) {
                float y = dataRows.get(i).y();
                boolean ruledOff = y < first.y() ? separated(y, first.y(), first, rules) : y > last.y() && separated(last.y(), y, last, rules);
                if (y >= first.y() - margin && y <= last.y() + margin && !ruledOff) {
                    beside.add(i);
                }
            }
            if (beside.isEmpty()) {
                none.add(wrapped);
            }
            for (Cell c : wrapped) {
                int nearest = -1;
                for (int i : beside) {
                    if (nearest < 0 || Math.abs(dataRows.get(i).y() - c.y()) < Math.abs(dataRows.get(nearest).y() - c.y())) {
                        nearest = i;
                    }
                }
                if (nearest >= 0) {
                    attached.get(nearest).add(c);
                }
            }
        }
        return new Attached(attached, none);
    }

    /** Whether row borders are drawn across the cell's column near it: then they, not the line pitch, part the rows. */
    private static boolean ruledNear(Cell c, List<PdfRules.Across> rules) {
        return rules.stream().anyMatch(r -> r.x0() <= c.center() && c.center() <= r.x1() && Math.abs(r.y() - c.y()) <= RULED_PITCH * c.size());
    }

    /** Whether a drawn row border crosses the cell's column between two baselines. */
    private static boolean separated(float ya, float yb, Cell c, List<PdfRules.Across> rules) {
        return rules.stream().anyMatch(r -> r.separates(ya, yb, c.center(), c.size()));
    }

    /** Label lines grouped into the cells they wrap in: sharing some x, a line pitch apart, top to bottom. */
    private static List<List<Cell>> wrappedCells(List<Cell> labels, List<PdfRules.Across> rules) {
        List<Cell> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(Cell::y).thenComparingDouble(Cell::x0));
        List<List<Cell>> cells = new ArrayList<>();
        for (Cell c : sorted) {
            List<Cell> into = null;
            for (List<Cell> open : cells) {
                Cell last = open.get(open.size() - 1);
                float pitch = ruledNear(c, rules) ? RULED_PITCH : LINE_PITCH;
                if (last.y() < c.y() && c.y() - last.y() <= pitch * Math.max(c.size(), last.size()) && overlap(last, c)
                        && !separated(last.y(), c.y(), c, rules)) {
                    into = open;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                cells.add(into);
            }
            into.add(c);
        }
        return cells;
    }

    /** Whether two lines share some x: a wrapped label's next line may be indented, centred or shorter. */
    private static boolean overlap(Cell a, Cell b) {
        return a.x0() < b.x1() && b.x0() < a.x1();
    }

    /** A stacked character stands where the one above starts (left-aligned) or is centred under it. */
    private static boolean sameColumn(Cell above, Cell below) {
        float tol = 0.6f * Math.max(above.size(), below.size());
        return Math.abs(above.x0() - below.x0()) <= tol || Math.abs(above.center() - below.center()) <= tol;
    }

    /**
     * Vertically written labels: chains of short label cells on consecutive lines at the same x (left-aligned or
     * centred). A chain is a row label's column instead when most of its cells are each the only label on a line of
     * values (行政处罚 | 318 above 行政强制 | 27), and a column of units (件, 条) when it holds nothing else.
     */
    static Set<Cell> vertical(List<Cell> labels) {
        List<Cell> shortCells = labels.stream().filter(c -> c.text().codePointCount(0, c.text().length()) <= VERTICAL_CHARS
                && c.x1() - c.x0() <= (VERTICAL_CHARS + 0.5f) * c.size()).sorted(Comparator.comparingDouble(Cell::y)).toList();
        Map<Cell, Cell> parent = new HashMap<>();
        for (Cell c : shortCells) {
            parent.put(c, c);
        }
        for (Cell c : shortCells) {
            Cell next = null;
            for (Cell o : shortCells) {
                if (o.y() > c.y() && o.y() - c.y() <= 1.8f * Math.max(c.size(), o.size()) && sameColumn(c, o)
                        && (next == null || o.y() < next.y())) {
                    next = o;
                }
            }
            if (next != null && noLabelBetween(c, next, labels)) {
                parent.put(root(parent, next), root(parent, c));
            }
        }
        Map<Cell, List<Cell>> chains = new HashMap<>();
        for (Cell c : shortCells) {
            chains.computeIfAbsent(root(parent, c), k -> new ArrayList<>()).add(c);
        }
        Set<Cell> vertical = new HashSet<>();
        for (List<Cell> chain : chains.values()) {
            long rowLabels = chain.stream().filter(c -> soleLabelOfDataRow(c, labels)).count();
            boolean units = chain.stream().allMatch(c -> NumberReader.UNITS.contains(c.text().strip())); // a unit column: 件/件/条
            if (chain.size() >= 2 && 2 * rowLabels < chain.size() && !units) {
                vertical.addAll(chain);
            }
        }
        return vertical;
    }

    private static Cell root(Map<Cell, Cell> parent, Cell c) {
        Cell r = c;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** Whether no other label of the same column stands between two stacked cells (a chain is not broken). */
    private static boolean noLabelBetween(Cell a, Cell b, List<Cell> labels) {
        return labels.stream().noneMatch(o -> o != a && o != b && o.y() > a.y() && o.y() < b.y() && sameColumn(a, o));
    }

    /** Whether the cell is the only label on a line of values (行政处罚 | 0): a row label, however short. */
    private static boolean soleLabelOfDataRow(Cell c, List<Cell> labels) {
        return c.lineHasValue() && labels.stream().noneMatch(o -> o != c && Math.abs(o.y() - c.y()) < 0.4f * c.size());
    }
}
