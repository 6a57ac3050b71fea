package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.TableCells.Cell;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * Reads the standard tables of the 2019 and 2021 formats (sections 二, 三 and 四) into figures, with the
 * metric of each cell found through the catalogue's table_row / table_column labels. The edition is
 * detected from the labels, never from the year (EditionDetector); section 三 is read by RequestTable.
 */
public final class StandardTables {

    /** What the tables of a document say. */
    public record Result(Edition edition, List<Extracted> figures, List<Unmapped> unmapped, List<String> unmatchedLabels) {

        public boolean found() {
            return edition != null;
        }
    }

    private final List<Metric> metrics;

    private final AppealTable appeals;

    public StandardTables(List<Metric> metrics) {
        this.metrics = metrics;
        this.appeals = new AppealTable(metrics);
    }

    /** Reads every table. Returns a result without edition when no standard table is found. */
    public Result read(List<Table> tables) {
        return read(tables, null);
    }

    /**
     * Reads every table; {@code byYear} (the edition of the report's year, or null) reads a page that holds only rows
     * both editions print alike (EditionDetector.sharedRequestRows), which no label tells the edition of.
     */
    public Result read(List<Table> tables, Edition byYear) {
        Edition edition = detectEdition(tables);
        if (edition == null && (byYear == Edition.F2019 || byYear == Edition.F2021) && EditionDetector.sharedRequestRows(tables)) {
            edition = byYear;
        }
        if (edition == null) {
            return new Result(null, List.of(), List.of(), List.of());
        }
        TableCells cells = new TableCells();
        // a table cut in two at a page break (Word writes a table per page; a page store keeps each part) is one table:
        // section 三 is read over the rows of all tables in turn, section 四's values may stand in the table after its header
        List<Row> all = new ArrayList<>();
        tables.forEach(t -> all.addAll(t.rows()));
        new RequestTable(metrics, edition, cells).read(new Table(all));
        for (int i = 0; i < tables.size(); i++) {
            proactive(tables.get(i), edition, cells);
            List<Row> withNext = new ArrayList<>(tables.get(i).rows());
            if (i + 1 < tables.size()) {
                withNext.addAll(tables.get(i + 1).rows());
            }
            appeals.read(withNext, tables.get(i).rows().size(), edition, cells);
        }
        return new Result(edition, cells.figures, cells.unmapped, List.copyOf(cells.unmatchedLabels));
    }

    /** The edition named by the labels of the tables, or null when there is no standard table. */
    public static Edition detectEdition(List<Table> tables) {
        return EditionDetector.detect(tables);
    }

    // ---------------------------------------------------------------- section 二

    private void proactive(Table table, Edition edition, TableCells cells) {
        Row header = null;
        boolean headerOpen = false; // page text, no data row since the header: a words-only line continues its cells
        String wordsAbove = null; // page text: a line of words alone just above a row, maybe the first line of its label
        List<Row> rows = table.rows();
        List<Integer> blankRows = BlankRows.of(rows.size(), r -> labelOnly(rows.get(r)),
                r -> endsRun(rows.get(r)) || namesOwnRow(rows.get(r), edition), // a title or a header ends the rows a blank row may lend its label to
                r -> endsRun(rows.get(r)) || rows.get(r).cells().stream().anyMatch(c -> PageTextRows.isValue(c) || NumberReader.isStatedZero(c)));
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> rowCells = row.cells();
            if (rowCells.size() == 1 && LabelMatcher.normalize(rowCells.get(0)).startsWith(HEADER_FIRST)) {
                rowCells = headerCells(rowCells.get(0));
            }
            if (!rowCells.isEmpty() && LabelMatcher.normalize(rowCells.get(0)).equals("信息内容")) {
                header = rowCells == row.cells() ? row : new Row(rowCells, row.page());
                headerOpen = row.origins() == null;
                wordsAbove = null;
                continue;
            }
            if (header == null && !rowCells.isEmpty()) {
                headerless(rowCells, row, edition, cells);
            }
            if (header == null || rowCells.isEmpty()) {
                continue;
            }
            if (endsProactive(row)) {
                header = null; // section 三 or 四 follows in the same run of page text
                continue;
            }
            if (header != null && labelOnly(row) && !proactiveMetrics(rowCells.get(0), edition).isEmpty()) {
                if (blankRows.contains(r)) {
                    String label = rowCells.get(0).strip();
                    header = ProactiveHeader.rejoined(header, c -> namesColumn(c, edition)); // 本年新 / 公开数量 over no value
                    proactiveRow(label, columnsOf(header).stream().map(c -> new String[] {c, ""}).toList(), row.page(),
                            proactiveMetrics(label, edition), edition, cells, Confidence.HIGH);
                }
                headerOpen = false; // a row's label, never the end of a header cell
                wordsAbove = rowCells.get(0).strip();
                continue;
            }
            if (row.origins() == null && rowCells.stream().allMatch(c -> !c.isBlank() && NumberReader.cell(c).isEmpty())) {
                boolean title = LabelMatcher.normalize(rowCells.get(0)).startsWith("第二十条");
                if (headerOpen && !title) {
                    // a header written one cell a line with no value under it, or a header cell's words wrapped onto the
                    // next line (信息内容 | 本年制发 / 件数 | …)
                    boolean newCell = header.size() == 1 || namesColumn(rowCells.get(0), edition) || namesColumn(header.cell(header.size() - 1), edition);
                    header = newCell ? withCells(header, rowCells) : continued(header, rowCells);
                    continue;
                }
                headerOpen = false;
                wordsAbove = rowCells.size() == 1 && !title ? rowCells.get(0).strip() : null;
                continue;
            }
            if (headerOpen && row.origins() == null && LostRowLabel.startsWithHeaderColumn(header, rowCells, metrics, edition)) {
                header = LostRowLabel.withColumn(header, rowCells.get(0));
                cells.unmapped(String.join(" ", rowCells), new Cell("二", "", null, row.page()), LostRowLabel.REASON);
                headerOpen = false;
                continue;
            }
            headerOpen = false;
            String label = proactiveLabel(rowCells.get(0), wordsAbove, edition);
            wordsAbove = null;
            List<Metric> rowMetrics = proactiveMetrics(label, edition);
            Confidence confidence = Confidence.HIGH;
            if (rowMetrics.isEmpty() && row.origins() == null) {
                rowMetrics = cutRow(label, edition);
                confidence = Confidence.LOW;
            }
            if (rowMetrics.isEmpty()) {
                if (rowCells.size() > 1 && rowCells.subList(1, rowCells.size()).stream().allMatch(c -> NumberReader.cell(c).isPresent())
                        && !LabelMatcher.normalize(label).startsWith("第二十条")) {
                    cells.unmatched("二: " + label);
                    cells.unmapped(label, new Cell("二", label, null, row.page()), "row label not recognised in section 二");
                }
                continue;
            }
            if (row.origins() == null && columnsOf(header).size() != rowCells.size() - 1) {
                header = ProactiveHeader.rejoined(header, c -> namesColumn(c, edition));
            }
            List<String[]> pairs = aligned(header, row, rowCells);
            if (pairs == null) {
                cells.unmapped(String.join(" ", rowCells), new Cell("二", label, null, row.page()), (rowCells.size() - 1)
                        + " value(s) under " + columnsOf(header).size() + " column(s): the columns cannot be told apart, so no value of the row is read");
                continue;
            }
            proactiveRow(label, pairs, row.page(), rowMetrics, edition, cells, confidence);
        }
    }

    /** A line of page text holding one cell of words and no value: a row whose empty cells the page store dropped, or a heading. */
    private static boolean labelOnly(Row row) {
        return row.origins() == null && row.size() == 1 && !row.cell(0).isBlank() && NumberReader.cell(row.cell(0)).isEmpty();
    }

    /** A row after which no row of the section 二 block before it follows: a header, a block title, the start of section 三 or 四. */
    private static boolean endsRun(Row row) {
        String n = LabelMatcher.normalize(String.join("", row.cells()));
        return n.startsWith(HEADER_FIRST) || n.startsWith("第二十条") || endsProactive(row);
    }

    /** A row of values whose first cell names a row of section 二 by itself. */
    private boolean namesOwnRow(Row row, Edition edition) {
        return !row.cells().isEmpty() && !proactiveMetrics(row.cell(0), edition).isEmpty();
    }

    /**
     * The header's columns and the row's values side by side. In an HTML grid, a header cell and a value cell may span
     * different positions (a value cell spanning two positions under two one-position headers): when the header and
     * the row hold as many written cells, they are paired in order, so no value is read under a neighbour's header. In
     * text, a row must hold a value for each column of its header (or each position of it): where a page store dropped
     * blank cells, the values cannot be placed and null is returned.
     */
    private static List<String[]> aligned(Row header, Row row, List<String> rowCells) {
        List<String> columns = header.cells();
        List<String> values = rowCells;
        if (row.origins() != null && header.origins() != null && header.written().size() == row.written().size()) {
            columns = header.written();
            values = row.written();
        } else if (row.origins() == null) {
            List<String> named = columnsOf(header);
            if (values.size() - 1 == named.size()) {
                columns = new ArrayList<>(List.of(header.cell(0)));
                columns.addAll(named);
            } else if (values.size() != columns.size()) {
                return null;
            }
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 1; i < columns.size() && i < values.size(); i++) {
            pairs.add(new String[] {columns.get(i), values.get(i)});
        }
        return pairs;
    }

    private static final String HEADER_FIRST = "信息内容";

    /**
     * The cells of a header written on one line: split at its spaces, and 信息内容 apart from a column label written on
     * to it without a space (信息内容本年处理决定数量, as a PDF's text layer joins two cells).
     */
    private static List<String> headerCells(String line) {
        List<String> cells = new ArrayList<>(List.of(line.strip().split("\\s+")));
        String first = cells.get(0);
        if (!LabelMatcher.normalize(first).equals(HEADER_FIRST) && first.startsWith(HEADER_FIRST)) {
            cells.set(0, HEADER_FIRST);
            cells.add(1, first.substring(HEADER_FIRST.length()));
        }
        return cells;
    }

    /** A row that opens section 三 or 四 (its heading or header, or its first row): no row of section 二 follows it. */
    private static boolean endsProactive(Row row) {
        String n = LabelMatcher.normalize(String.join("", row.cells()));
        return SECTION_ENDS.stream().anyMatch(n::contains);
    }

    private static final List<String> SECTION_ENDS = List.of("收到和处理政府信息公开申请", "申请人情况", "本年新收", "行政复议", "行政诉讼");

    /**
     * A row of section 二 with values and no 信息内容 header above it (a page store dropped it): which column each value
     * is in is not written, and the two editions give the block (一) rows as many columns of other meanings, so the row
     * is reported, never read by the count of its values.
     */
    private void headerless(List<String> rowCells, Row row, Edition edition, TableCells cells) {
        String label = rowCells.get(0);
        if (rowCells.size() > 1 && !proactiveMetrics(label, edition).isEmpty()
                && rowCells.subList(1, rowCells.size()).stream().anyMatch(c -> NumberReader.cell(c).isPresent())) {
            cells.unmapped(String.join(" ", rowCells), new Cell("二", label, null, row.page()),
                    "no 信息内容 header above the row names its columns, so no value of it is read");
        }
    }

    /** The row's label, or the line of words above joined to it when only together they name a row (行政规范性 / 文件 | 3 | …). */
    private String proactiveLabel(String label, String wordsAbove, Edition edition) {
        if (wordsAbove == null || !proactiveMetrics(label, edition).isEmpty()) {
            return label;
        }
        String joined = wordsAbove + label.strip();
        return proactiveMetrics(joined, edition).isEmpty() ? label : joined;
    }

    private List<Metric> proactiveMetrics(String label, Edition edition) {
        return metrics.stream().filter(m -> "proactive".equals(m.section) && m.tableRow != null && m.belongsTo(edition)
                && LabelMatcher.same(label, m.tableRow)).toList();
    }

    /** Whether a header cell names a column of section 二 in the edition. */
    private boolean namesColumn(String cell, Edition edition) {
        return metrics.stream().anyMatch(m -> "proactive".equals(m.section) && m.tableColumn != null && m.belongsTo(edition)
                && LabelMatcher.same(cell, m.tableColumn));
    }

    /** A header with the cells of the next line after its own. */
    private static Row withCells(Row header, List<String> more) {
        List<String> cells = new ArrayList<>(header.cells());
        more.forEach(c -> cells.add(c.strip()));
        return new Row(cells, header.page());
    }

    /** A header whose last cell continues with the first of the next line's cells (a cell's words over two lines). */
    private static Row continued(Row header, List<String> more) {
        List<String> cells = new ArrayList<>(header.cells());
        cells.set(cells.size() - 1, cells.get(cells.size() - 1).strip() + more.get(0).strip());
        cells.addAll(more.subList(1, more.size()));
        return new Row(cells, header.page());
    }

    /** The header's column labels after 信息内容, without the empty cells a span left. */
    private static List<String> columnsOf(Row header) {
        return header.cells().subList(1, header.size()).stream().filter(c -> !c.isBlank()).toList();
    }

    /**
     * The metrics of the one row of section 二 whose label begins with a page-text label cut at a line end (其他对外管理服务事
     * with 项 on the next line): none when the cut label is shorter than a cut column label may be or begins several rows.
     */
    private List<Metric> cutRow(String label, Edition edition) {
        String n = LabelMatcher.normalize(label);
        if (n.length() < MIN_CUT_COLUMN) {
            return List.of();
        }
        List<Metric> begun = metrics.stream().filter(m -> "proactive".equals(m.section) && m.tableRow != null && m.belongsTo(edition)
                && LabelMatcher.normalize(m.tableRow).startsWith(n)).toList();
        return begun.stream().map(m -> m.tableRow).distinct().count() == 1 ? begun : List.of();
    }

    private void proactiveRow(String label, List<String[]> pairs, Integer page, List<Metric> rowMetrics, Edition edition, TableCells cells,
                              Confidence confidence) {
        Set<String> done = new HashSet<>();
        for (String[] pair : pairs) {
            String column = pair[0];
            if (!done.add(LabelMatcher.normalize(column))) {
                continue; // a colspan value cell repeated under a repeated header
            }
            Optional<Metric> metric = rowMetrics.stream().filter(m -> LabelMatcher.same(column, m.tableColumn)).findFirst()
                    .or(() -> cutColumn(column, rowMetrics));
            Cell at = new Cell("二", label, column, page);
            if (metric.isEmpty()) {
                if (!pair[1].isBlank()) {
                    cells.unmatched("二: " + label + " / " + column);
                    cells.unmapped(pair[1], at, "column label not recognised in section 二 (" + edition.code() + " edition)");
                }
                continue;
            }
            cells.record(metric.get().code, at, pair[1], metric.get().unit, null, confidence);
        }
    }

    /** Shorter column labels than this are never taken for a column whose end was cut off. */
    private static final int MIN_CUT_COLUMN = 4;

    /**
     * The column a header label names when its end was cut off (现行有效件 for 现行有效件数): the one column of the row
     * whose label begins with it, or none when several do.
     */
    private static Optional<Metric> cutColumn(String column, List<Metric> rowMetrics) {
        String n = LabelMatcher.normalize(column);
        if (n.length() < MIN_CUT_COLUMN) {
            return Optional.empty();
        }
        List<Metric> begun = rowMetrics.stream().filter(m -> m.tableColumn != null && LabelMatcher.begins(column, m.tableColumn)).toList();
        return begun.size() == 1 ? Optional.of(begun.get(0)) : Optional.empty();
    }
}
