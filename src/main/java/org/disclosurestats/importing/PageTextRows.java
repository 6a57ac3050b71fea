package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * The rows of a table as page text keeps it when a page is copied or stored: often not one row a line but one cell
 * a line (each followed by a line "|", or a blank line, or ending in "|"), a row label on one line and its values on
 * the lines after it (one a line, or run together with spaces or tabs), headers repeated, and group labels of
 * section 三 on lines of their own. Lines that hold a whole row (a label and its values) stay rows. A run of lines
 * that each hold one cell, or only values, is a flattened table: its cells are read in order, and a row is a label
 * followed by the values after it. Nothing is counted or moved: a row whose values were collapsed keeps the values
 * it has, and the readers flag it when their count does not fit.
 */
final class PageTextRows {

    private PageTextRows() {
    }

    /** Words that open a table header in page text: section 二, section 三, section 四, the legacy statistics table. */
    private static final Set<String> HEADER_STARTS = Set.of("信息内容", "申请人情况", "行政复议", "指标名称", "统计指标", "指标");
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("^(?:[一二三四五六七八九十]、.*情况$|第[一二三四五六七八九十]+条第)");
    /** Section 三's first header word when 申请人情况 was lost. */
    private static final String FIRST_APPLICANT_COLUMN = "自然人";
    /** A header after which the values stand without a row label (section 四: 15 values under 行政复议 | 行政诉讼). */
    private static final String UNLABELLED_VALUES_HEADER = "行政复议";

    /** A line of bars only: some page stores end each row of cells one a line with it ("||", "|||||" after a span). */
    private static final java.util.regex.Pattern ROW_END = java.util.regex.Pattern.compile("[|｜]{2,}");

    /** A page number as a page store keeps it: 第 2 页 共 5 页, 共5页 第2页, —3—, -3-, 2/6 (no spaces: 87 / 30 is two values and a blank). */
    private static final java.util.regex.Pattern PAGE_FURNITURE = java.util.regex.Pattern.compile(
            "^(?:[-—–－~]\\d{1,4}[-—–－~]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页|(\\d{1,4})/(\\d{1,4}))$");
    /** - 2 -: a page number between two pages' rows, or a row of three values (blank, 2, blank) on the line after its label. */
    private static final java.util.regex.Pattern SPACED_PAGE_NUMBER = java.util.regex.Pattern.compile("^[-—–－]\\s+\\d{1,4}\\s+[-—–－]$");

    /**
     * Whether line i is a page number between the rows of two pages (not a cell). The spaced form (- 2 -) is one only
     * where it ends no label: after a value or a row's end, before a label; a row of values stands after its label.
     */
    private static boolean isPageNumber(String[] lines, int i) {
        String s = NumberReader.halfWidth(lines[i]).strip().replaceAll("[|｜\\s]+$", "");
        java.util.regex.Matcher m = PAGE_FURNITURE.matcher(s);
        if (m.matches()) {
            return m.group(1) == null || Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
        }
        if (!SPACED_PAGE_NUMBER.matcher(s).matches()) {
            return false;
        }
        String before = neighbour(lines, i, -1);
        String after = neighbour(lines, i, 1);
        return (before.isEmpty() || ROW_END.matcher(before).matches() || isValue(before.replaceAll("[|｜\\s]+$", "")))
                && !after.isEmpty() && !isValue(after.replaceAll("[|｜\\s]+$", ""));
    }

    /** The nearest line before (-1) or after (1) line i that holds more than a lone bar, or "". */
    private static String neighbour(String[] lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.length; j += step) {
            String s = lines[j].strip();
            if (!s.isEmpty() && !s.equals("|") && !s.equals("｜")) {
                return s;
            }
        }
        return "";
    }

    /** An empty cell of a flattened table, kept in place (a value position left blank, never 0). */
    private static final Row EMPTY_CELL = new Row(List.of(""));

    /**
     * Every line of a text as rows: whole rows as they are, runs of cells one a line rebuilt into rows. Where cells are
     * separated by lines holding only "|", a second such line with no cell before it is an empty cell; where each cell
     * ends in "|", a line holding only "|" is an empty cell before another value, and ends the row before a label;
     * where cells are separated by blank lines, each blank line more than between two values elsewhere is an empty cell;
     * a line of two bars or more inside a run of cells ends a grid row and is passed over, and lone bars after it before a
     * label are empty grid rows.
     */
    static Table of(String text) {
        List<Row> rows = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        int bars = 0;
        int blankLines = 0;
        boolean cellsEndInBar = false;
        boolean rowEnded = false;
        int blankAfterFurniture = -1;
        boolean previousIsValue = false;
        String[] lines = text.lines().flatMap(l -> RunTogetherRows.split(l).stream()).toArray(String[]::new);
        int separator = blankLinesBetweenValues(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            if (s.isEmpty()) {
                blankLines++;
                continue;
            }
            if (s.equals("|") || s.equals("｜")) {
                bars++;
                continue;
            }
            if (isPageNumber(lines, i)) {
                blankAfterFurniture = blankLines;
                continue; // a page number between two pages' rows (- 2 -, 第 2 页 共 5 页): neither a cell nor a blank
            }
            if (blankAfterFurniture >= 0) {
                blankLines = blankAfterFurniture; // the blank lines around a page number are the cells' separator once
                blankAfterFurniture = -1;
            }
            if (!run.isEmpty() && ROW_END.matcher(s).matches()) {
                rowEnded = true;
                continue; // the end of a grid row (one bar more per spanned column), neither a cell nor a blank
            }
            Row row = TableReader.fromLine(line);
            if (isFragment(row)) {
                if (!run.isEmpty()) {
                    boolean value = nonEmpty(row.cells()).stream().allMatch(c -> isValue(c) || NumberReader.isStatedZero(c));
                    // after a grid row's end, lone bars before a label are empty rows of the grid, not cells of a row
                    int empty = bars > 0 && rowEnded && !value ? 0 : bars > 0 ? (cellsEndInBar ? (value ? bars : bars - 1) : bars - 1)
                            : value && previousIsValue ? (blankLines - separator) / (separator + 1) : 0;
                    for (int e = 0; e < empty; e++) {
                        run.add(EMPTY_CELL);
                    }
                }
                run.add(row);
                previousIsValue = nonEmpty(row.cells()).stream().allMatch(c -> isValue(c) || NumberReader.isStatedZero(c));
            } else {
                flush(run, rows);
                rows.add(row);
            }
            bars = 0;
            blankLines = 0;
            rowEnded = false;
            cellsEndInBar = s.endsWith("|") || s.endsWith("｜");
        }
        flush(run, rows);
        return new Table(rows);
    }

    /** How many blank lines separate two values that follow each other in the text: the fewest found. */
    private static int blankLinesBetweenValues(String[] lines) {
        int fewest = Integer.MAX_VALUE;
        int blank = -1;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                blank = blank < 0 ? -1 : blank + 1;
            } else if (isValue(s)) {
                if (blank >= 0) {
                    fewest = Math.min(fewest, blank);
                }
                blank = 0;
            } else {
                blank = -1;
            }
        }
        return fewest == Integer.MAX_VALUE ? 1 : fewest;
    }

    /** A line holding one cell, or only values: a piece of a flattened table (or a line of prose, which holds no value). */
    private static boolean isFragment(Row row) {
        List<String> cells = nonEmpty(row.cells());
        return cells.size() == 1 || !cells.isEmpty() && cells.stream().allMatch(PageTextRows::isValue);
    }

    private static void flush(List<Row> run, List<Row> rows) {
        boolean values = run.stream().anyMatch(r -> nonEmpty(r.cells()).stream().anyMatch(PageTextRows::isValue));
        if (run.size() >= 2 && values) {
            List<String> cells = new ArrayList<>();
            run.forEach(r -> cells.addAll(r == EMPTY_CELL ? r.cells() : nonEmpty(r.cells())));
            rows.addAll(rebuilt(cells));
        } else {
            rows.addAll(run);
        }
        run.clear();
    }

    /**
     * Rows of a flattened table: a row is the label just before a run of values (with its unit, when one follows the
     * label) and those values; a run of header words (from 信息内容, 申请人情况, 行政复议 or 指标名称 on) is a header row;
     * other words (a title, a group label, a line of prose) are rows of their own.
     */
    static List<Row> rebuilt(List<String> stream) {
        List<Row> rows = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> current = null;
        List<String> flat = new ArrayList<>();
        stream.forEach(raw -> flat.addAll(headerWordsOf(raw)));
        for (int i = 0; i < flat.size(); i++) {
            String cell = flat.get(i);
            if (cell.isEmpty() || isValue(cell) || statedZeroAt(flat, i)) {
                if (current == null) {
                    current = startRow(words, rows);
                }
                current.add(cell);
                continue;
            }
            if (current != null) {
                rows.add(new Row(current));
                current = null;
            }
            if (cell.contains("。")) {
                words.forEach(w -> rows.add(new Row(List.of(w))));
                words.clear();
                rows.add(new Row(List.of(cell)));
            } else {
                words.add(cell);
            }
        }
        if (current != null) {
            rows.add(new Row(current));
        }
        words.forEach(w -> rows.add(new Row(List.of(w))));
        return rows;
    }

    /**
     * Emits the words before a run of values as rows, and returns the cells the values' row starts with: its label (the
     * words after the last title or header, joined: a group label on a line of its own, or a label wrapped over two
     * lines, stays with the row) and the unit written after it, if any.
     */
    private static List<String> startRow(List<String> words, List<Row> rows) {
        int units = words.size();
        while (units > 0 && NumberReader.UNITS.contains(words.get(units - 1).strip())) {
            units--; // a unit column after the label (主动公开信息数 | 条 | 12)
        }
        int header = headerStart(words);
        int label = 0;
        if (header >= 0) {
            label = UNLABELLED_VALUES_HEADER.equals(LabelMatcher.normalize(words.get(header))) ? words.size() : Math.max(header + 1, units - 1);
        }
        for (int i = header < 0 ? 0 : label; i < units - 1; i++) {
            if (isTitle(words.get(i))) {
                label = i + 1; // a section heading or a block title is no part of the row's label
            }
        }
        for (int i = 0; i < Math.min(label, header < 0 ? label : header); i++) {
            rows.add(new Row(List.of(words.get(i))));
        }
        if (header >= 0 && header < label) {
            int end = header + 1;
            while (end < Math.min(label, words.size()) && !isTitle(words.get(end))) {
                end++;
            }
            rows.add(new Row(List.copyOf(words.subList(header, end))));
            for (int i = end; i < Math.min(label, words.size()); i++) {
                rows.add(new Row(List.of(words.get(i)))); // a section heading after the header (一、主动公开情况) is a row of its own
            }
        }
        List<String> start = new ArrayList<>();
        if (label < units) {
            start.add(String.join(" ", words.subList(label, units)));
        }
        if (label < words.size()) {
            start.addAll(words.subList(Math.max(label, units), words.size()));
        }
        words.clear();
        return start;
    }

    /** A section heading (二、主动公开政府信息情况) or the title of a block of section 二 (第二十条第（一）项). */
    private static boolean isTitle(String word) {
        String n = LabelMatcher.normalize(word);
        return TITLE.matcher(n).find();
    }

    /** Where a run of header words starts among the words before the values, or -1. */
    private static int headerStart(List<String> words) {
        int applicants = -1;
        for (int i = 0; i < words.size(); i++) {
            String n = LabelMatcher.normalize(words.get(i));
            if (HEADER_STARTS.contains(n)) {
                return i;
            }
            if (applicants < 0 && n.equals(FIRST_APPLICANT_COLUMN)) {
                applicants = i;
            }
        }
        return applicants;
    }

    /** A header written on one line with single spaces (信息内容 本年新制作数量 …, 信息内容 本年处理决定数量) is its words. */
    private static List<String> headerWordsOf(String cell) {
        String[] words = cell.strip().split("\\s+");
        return words.length >= 2 && HEADER_STARTS.contains(LabelMatcher.normalize(words[0])) ? Arrays.asList(words) : List.of(cell);
    }

    /**
     * Whether the cell at i is 无 standing for a value (a stated zero), not the first character of a label written one
     * character a line (无/法/提/供).
     */
    private static boolean statedZeroAt(List<String> cells, int i) {
        if (!NumberReader.isStatedZero(cells.get(i))) {
            return false;
        }
        String next = i + 1 < cells.size() ? cells.get(i + 1).strip() : "";
        return next.codePointCount(0, next.length()) != 1 || isValue(next) || NumberReader.isStatedZero(next);
    }

    /** A value cell: a number written in digits (maybe with its unit) or a mark for a blank cell; 三 or 十 is a label's. */
    static boolean isValue(String cell) {
        String s = cell.strip();
        return !s.isEmpty() && NumberReader.cell(s).isPresent() && (NumberReader.isBlank(s) || s.chars().anyMatch(Character::isDigit));
    }

    private static List<String> nonEmpty(List<String> cells) {
        return cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
