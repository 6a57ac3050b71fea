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
    /** Section 三's first header word when 申请人情况 was lost. */
    private static final String FIRST_APPLICANT_COLUMN = "自然人";
    /** A header after which the values stand without a row label (section 四: 15 values under 行政复议 | 行政诉讼). */
    private static final String UNLABELLED_VALUES_HEADER = "行政复议";

    /** Every line of a text as rows: whole rows as they are, runs of cells one a line rebuilt into rows. */
    static Table of(String text) {
        List<Row> rows = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.equals("|") || s.equals("｜")) {
                continue; // a separator between cells or rows
            }
            Row row = TableReader.fromLine(line);
            if (isFragment(row)) {
                run.add(row);
            } else {
                flush(run, rows);
                rows.add(row);
            }
        }
        flush(run, rows);
        return new Table(rows);
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
            run.forEach(r -> cells.addAll(nonEmpty(r.cells())));
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
        for (String raw : stream) {
            for (String cell : headerWordsOf(raw)) {
                if (isValue(cell)) {
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
        }
        if (current != null) {
            rows.add(new Row(current));
        }
        words.forEach(w -> rows.add(new Row(List.of(w))));
        return rows;
    }

    /** Emits the words before a run of values as rows, and returns the cells the values' row starts with (its label). */
    private static List<String> startRow(List<String> words, List<Row> rows) {
        int label = words.size() - 1;
        while (label > 0 && NumberReader.UNITS.contains(words.get(label).strip())) {
            label--; // a unit column after the label (主动公开信息数 | 条 | 12)
        }
        label = Math.max(0, label);
        int header = headerStart(words);
        if (header >= 0 && UNLABELLED_VALUES_HEADER.equals(LabelMatcher.normalize(words.get(header)))) {
            label = words.size();
        }
        int titleEnd = header >= 0 && header < label ? header : label;
        for (int i = 0; i < titleEnd; i++) {
            rows.add(new Row(List.of(words.get(i))));
        }
        if (header >= 0 && header < label) {
            rows.add(new Row(List.copyOf(words.subList(header, label))));
        }
        List<String> start = new ArrayList<>(words.subList(Math.min(label, words.size()), words.size()));
        words.clear();
        return start;
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

    /** A header written on one line with single spaces (信息内容 本年新制作数量 …) is its words. */
    private static List<String> headerWordsOf(String cell) {
        String[] words = cell.strip().split("\\s+");
        return words.length >= 3 && HEADER_STARTS.contains(LabelMatcher.normalize(words[0])) ? Arrays.asList(words) : List.of(cell);
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
