package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurestats.importing.PdfLayout.Cell;
import org.disclosurestats.importing.PdfLayout.Line;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * Recovers the tables of a PDF from the positions of its text, not from the text stream. A page is cut into
 * blocks at table headers and at lines of prose; in a block, the value columns are the clusters of the x
 * positions of its numbers, a data row is a line holding numbers, and its label is the label cell whose height
 * holds the row's values (PdfLabels: wrapped lines joined, vertical group labels kept out of every row, drawn row
 * borders respected). A row gets a cell for every value column, empty where it states nothing, so blanks keep their
 * column; a table over two pages is one table, whether its header is repeated or not.
 */
final class PdfTables {

    private PdfTables() {
    }

    /** A line that opens a table's header: the first line of section 二, 三, 四 or of the legacy statistics table. */
    private static final Pattern HEADER = Pattern.compile("信息内容|申请人情况|自然人|行政复议|指标名称|统计指标|计量单位");
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]、.*情况$");

    /** The tables of a document's pages, one per block of lines that holds numbers. */
    static List<Table> tables(List<PdfLayout.Page> pages) {
        List<Table> tables = new ArrayList<>();
        List<Float> previousSlots = null;
        Set<String> previousHeader = Set.of();
        for (PdfLayout.Page page : pages) {
            boolean firstOnPage = true;
            for (List<Line> block : blocks(page.lines())) {
                Set<String> header = new HashSet<>(block.stream().filter(PdfTables::isHeader).map(PdfTables::joined).toList());
                List<Float> slots = slots(block);
                if (slots.isEmpty()) {
                    continue;
                }
                boolean repeated = !header.isEmpty() && firstOnPage && previousHeader.containsAll(header);
                if ((header.isEmpty() || repeated) && previousSlots != null && continues(slots, previousSlots, block)) {
                    // a table continued from the page before (its header repeated or not): its columns (even those
                    // blank on this page), and one table; a repeated header is not read twice
                    List<Row> rows = new ArrayList<>(tables.remove(tables.size() - 1).rows());
                    Built continued = table(repeated ? afterHeader(block) : block, previousSlots, page.rules(), firstOnPage);
                    continueLastLabel(rows, continued.carriedLabel());
                    rows.addAll(continued.table().rows());
                    tables.add(new Table(rows));
                    firstOnPage = false;
                    continue;
                }
                tables.add(table(block, slots, page.rules(), false).table());
                previousSlots = slots;
                previousHeader = header;
                firstOnPage = false;
            }
        }
        return tables;
    }

    /** The lines of a block from its first data row on: a header repeated at the top of a page left out. */
    private static List<Line> afterHeader(List<Line> block) {
        for (int i = 0; i < block.size(); i++) {
            if (isValueRow(block.get(i))) {
                return block.subList(i, block.size());
            }
        }
        return block;
    }

    private static boolean isHeader(Line line) {
        String text = joined(line);
        return HEADER.matcher(text).find() && !text.contains("。") && !isValueRow(line); // 四、行政复议数量 | 件 | 2 is a row
    }

    private static boolean isValueRow(Line line) {
        return line.cells().stream().anyMatch(Cell::value);
    }

    /** Blocks of lines: a header line opens a new block once the current one has data rows; a line of prose closes it. */
    private static List<List<Line>> blocks(List<Line> page) {
        float left = (float) page.stream().flatMap(l -> l.cells().stream()).mapToDouble(Cell::x0).min().orElse(0);
        float right = (float) page.stream().flatMap(l -> l.cells().stream()).mapToDouble(Cell::x1).max().orElse(0);
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean hasRows = false;
        for (Line line : page) {
            boolean prose = line.cells().size() == 1 && !isValueRow(line)
                    && (line.cells().get(0).text().contains("。") || line.cells().get(0).x1() - line.cells().get(0).x0() > 0.6f * (right - left));
            if (prose || isHeader(line) && hasRows) {
                if (hasRows) {
                    blocks.add(current);
                }
                current = new ArrayList<>();
                hasRows = false;
                if (prose) {
                    continue;
                }
            }
            current.add(line);
            hasRows |= isValueRow(line);
        }
        if (hasRows) {
            blocks.add(current);
        }
        return blocks;
    }

    /** The x centres of the value columns: the clusters of the centres of the numbers in the block. */
    private static List<Float> slots(List<Line> block) {
        List<Cell> values = new ArrayList<>();
        for (Line line : block) {
            line.cells().stream().filter(Cell::value).forEach(values::add);
        }
        values.sort(Comparator.comparingDouble(Cell::center));
        List<Float> slots = new ArrayList<>();
        List<Float> members = new ArrayList<>();
        Cell last = null;
        for (Cell c : values) {
            if (last != null && c.center() - last.center() > tolerance(c) && c.x0() >= last.x1()) {
                slots.add(mean(members));
                members.clear();
            }
            members.add(c.center());
            last = c;
        }
        if (!members.isEmpty()) {
            slots.add(mean(members));
        }
        return slots;
    }

    private static float tolerance(Cell c) {
        return Math.max(6f, 0.8f * c.size());
    }

    private static float mean(List<Float> xs) {
        float sum = 0;
        for (float x : xs) {
            sum += x;
        }
        return sum / xs.size();
    }

    /** Whether every column of this block is one of the previous block's columns (and there are fewer or as many). */
    private static boolean continues(List<Float> slots, List<Float> previous, List<Line> block) {
        float tol = tolerance(block.get(0).cells().get(0));
        return slots.size() <= previous.size() && slots.stream().allMatch(s -> previous.stream().anyMatch(p -> Math.abs(p - s) <= tol));
    }

    private static int slotOf(Cell c, List<Float> slots) {
        int best = -1;
        for (int i = 0; i < slots.size(); i++) {
            if (Math.abs(slots.get(i) - c.center()) <= tolerance(c) && (best < 0 || Math.abs(slots.get(i) - c.center()) < Math.abs(slots.get(best) - c.center()))) {
                best = i;
            }
        }
        return best;
    }

    /** A table built from a block, and the end of a label whose row began on the page before (null when none). */
    private record Built(Table table, String carriedLabel) {
    }

    /** A row that runs over a page break: the end of its label, at the top of the next page, joins its label. */
    private static void continueLastLabel(List<Row> rows, String carried) {
        for (int i = rows.size() - 1; carried != null && i >= 0; i--) {
            Row row = rows.get(i);
            int start = ValueColumns.valuesStart(row);
            if (start > 0 && start < row.size()) {
                List<String> cells = new ArrayList<>(row.cells());
                cells.set(start - 1, cells.get(start - 1) + carried);
                rows.set(i, new Row(cells, row.page()));
                return;
            }
        }
    }

    private static Built table(List<Line> block, List<Float> slots, List<PdfRules.Across> rules, boolean continued) {
        float labelEdge = slots.get(0) - (slots.size() > 1 ? (slots.get(1) - slots.get(0)) / 2 : 12f);
        List<Cell> labels = new ArrayList<>();
        for (Line line : block) {
            if (!isValueRow(line) && line.cells().stream().anyMatch(c -> c.center() >= labelEdge)) {
                continue; // a header line (信息内容 | 本年制发件数 …): its label stays with it
            }
            for (Cell c : line.cells()) {
                if (!c.value() && c.center() < labelEdge) {
                    labels.add(c);
                }
            }
        }
        Set<Cell> vertical = PdfLabels.vertical(labels);
        List<Line> dataRows = block.stream().filter(l -> isValueRow(l) && l.cells().stream().anyMatch(c -> c.value() && slotOf(c, slots) >= 0)).toList();
        // a section's heading above or below a table is no part of a row's label
        List<Cell> rowLabels = labels.stream().filter(c -> !SECTION_HEADING.matcher(c.text()).find()).toList();
        PdfLabels.Attached attached = PdfLabels.attach(rowLabels, vertical, dataRows, rules);
        Set<Cell> used = new HashSet<>(vertical);
        attached.byRow().forEach(used::addAll);
        List<Cell> carried = continued && !dataRows.isEmpty() ? attached.above(dataRows.get(0).y()) : List.of();
        used.addAll(carried);
        List<Row> rows = new ArrayList<>();
        int next = 0;
        for (Line line : block) {
            if (next < dataRows.size() && line == dataRows.get(next)) {
                rows.add(dataRow(line, attached.byRow().get(next), slots));
                next++;
            } else if (line.cells().stream().anyMatch(c -> !used.contains(c))) {
                rows.add(otherRow(line, used, slots, labelEdge));
            }
        }
        StringBuilder carriedText = new StringBuilder();
        carried.forEach(c -> carriedText.append(c.text()));
        return new Built(new Table(rows), carried.isEmpty() ? null : carriedText.toString());
    }

    /** A data row: its label cells (one per label column, each joined over its lines), then one cell per value column. */
    private static Row dataRow(Line line, List<Cell> labelCells, List<Float> slots) {
        List<String> cells = new ArrayList<>(labelColumns(labelCells));
        String[] values = new String[slots.size()];
        List<String> extra = new ArrayList<>();
        for (Cell c : line.cells()) {
            int slot = slotOf(c, slots);
            if (!c.value() && !(NumberReader.isStatedZero(c.text()) && slot >= 0)) {
                continue; // 无 under a value column states 0; elsewhere (无法提供 written vertically) it is a label's
            }
            if (slot < 0 || values[slot] != null) {
                extra.add(c.text()); // two numbers in one column, or one off every column: the row will not fit
            } else {
                values[slot] = c.text();
            }
        }
        for (String v : values) {
            cells.add(v == null ? "" : v);
        }
        cells.addAll(extra);
        return new Row(cells, line.page());
    }

    /** A header or other line: its label-side text, then its cells placed under the value columns they stand over. */
    private static Row otherRow(Line line, Set<Cell> used, List<Float> slots, float labelEdge) {
        List<String> cells = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        String[] over = new String[slots.size()];
        for (Cell c : line.cells()) {
            if (used.contains(c)) {
                continue;
            }
            int slot = c.center() < labelEdge ? -1 : slotOf(c, slots);
            if (slot < 0) {
                label.append(label.length() == 0 ? "" : " ").append(c.text());
            } else {
                over[slot] = over[slot] == null ? c.text() : over[slot] + c.text();
            }
        }
        cells.add(label.toString());
        for (String s : over) {
            cells.add(s == null ? "" : s);
        }
        boolean anyOver = java.util.Arrays.stream(over).anyMatch(s -> s != null);
        return new Row(anyOver ? cells : List.of(label.toString()), line.page());
    }

    /** Label cells grouped into columns by overlapping x ranges; each column's lines joined top to bottom. */
    private static List<String> labelColumns(List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(Cell::x0));
        List<List<Cell>> columns = new ArrayList<>();
        for (Cell c : sorted) {
            List<Cell> column = columns.stream().filter(col -> col.stream().anyMatch(o -> o.x0() < c.x1() && c.x0() < o.x1())).findFirst().orElse(null);
            if (column == null) {
                column = new ArrayList<>();
                columns.add(column);
            }
            column.add(c);
        }
        List<String> out = new ArrayList<>();
        for (List<Cell> column : columns) {
            column.sort(Comparator.comparingDouble(Cell::y));
            StringBuilder s = new StringBuilder();
            column.forEach(c -> s.append(c.text()));
            out.add(s.toString());
        }
        return out;
    }

    private static String joined(Line line) {
        StringBuilder s = new StringBuilder();
        line.cells().forEach(c -> s.append(c.text()));
        return LabelMatcher.normalize(s.toString());
    }
}
