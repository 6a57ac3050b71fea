package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a legacy statistics table: what each column holds. Real tables put the year's column anywhere
 * ({@code 指标名称 | 计量单位 | 2013年度 | 历年累计}, {@code 统计指标 | 单位 | 统计数}, the cumulative column first, a
 * 上年数 or 同比 column beside the year's, a 备注 column, no unit column). Only the year's column is ever read; every
 * other column holding numbers still counts when a text row's values are placed by their number.
 */
record LegacyHeader(List<Kind> kinds, int year, String yearLabel) {

    /** What a column holds. */
    enum Kind {
        LABEL, UNIT, YEAR, CUMULATIVE, OTHER_FIGURE, NOTE
    }

    private static final Pattern LABEL_COLUMN = Pattern.compile("^(?:指标名称|统计指标|指标|指标项目|项目|项目名称|名称|内容|统计项目|统计内容|类别|事项)$");
    private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:计量单位|单位|计算单位|统计单位)$");
    private static final Pattern NOTE_COLUMN = Pattern.compile("^(?:备注|说明|备考)$");
    private static final Pattern CUMULATIVE_COLUMN = Pattern.compile("累计");
    /** 本年累计 (the year's total, in tables filled quarter by quarter) is the year's column, not the cumulative one. */
    private static final Pattern YEAR_TOTAL_COLUMN = Pattern.compile("^(?:本年度?|全年|年度|[0-9]{4}年度?)累计(?:数|数量)?$");
    /** Columns of other periods or comparisons: never the year's, whatever year they name. */
    private static final Pattern OTHER_FIGURE_COLUMN = Pattern.compile("上年|去年|上一年|前一年|同比|环比|增减|增长|比较|变化|上期");
    private static final Pattern YEAR_COLUMN = Pattern.compile(
            "^(?:本年度?|本期|本年数|统计数|数量|数值|数据|数目|全年|合计数|([0-9]{4})年(?:度|全年|1-12月)?)(?:数|数量|数据|统计数|情况)?$");
    /** A year column that says it is this year's rather than naming a year. */
    private static final Pattern THIS_YEAR = Pattern.compile("^(?:本年|本期|统计数|全年)");

    /** The header a row is, or null: a year column with a label, unit or cumulative column beside it. */
    static LegacyHeader of(List<String> cells) {
        List<Kind> kinds = new ArrayList<>();
        int year = -1;
        int yearRank = -1;
        int last = -1;
        boolean labelOrUnit = false;
        boolean cumulative = false;
        for (int i = 0; i < cells.size(); i++) {
            String n = LabelMatcher.normalize(cells.get(i)).replaceAll("[（(].*[)）]$", "");
            Kind kind = null;
            if (LABEL_COLUMN.matcher(n).matches() || labelAndUnit(cells.get(i))) {
                kind = Kind.LABEL;
            } else if (UNIT_COLUMN.matcher(n).matches()) {
                kind = Kind.UNIT;
            } else if (NOTE_COLUMN.matcher(n).matches()) {
                kind = Kind.NOTE;
            } else if (CUMULATIVE_COLUMN.matcher(n).find() && !YEAR_TOTAL_COLUMN.matcher(n).matches()) {
                kind = Kind.CUMULATIVE;
            } else if (OTHER_FIGURE_COLUMN.matcher(n).find()) {
                kind = Kind.OTHER_FIGURE;
            } else {
                Matcher m = YEAR_COLUMN.matcher(YEAR_TOTAL_COLUMN.matcher(n).matches() ? "本年度" : n);
                if (m.matches()) {
                    kind = Kind.YEAR;
                    // 本年度 over a named year; of two named years (2012年 | 2013年) the later is the report's
                    int rank = THIS_YEAR.matcher(n).find() ? Integer.MAX_VALUE : m.group(1) != null ? Integer.parseInt(m.group(1)) : 0;
                    if (rank > yearRank) {
                        if (year >= 0) {
                            kinds.set(year, Kind.OTHER_FIGURE);
                        }
                        year = i;
                        yearRank = rank;
                    } else {
                        kind = Kind.OTHER_FIGURE;
                    }
                }
            }
            if (kind == null) {
                kind = year < 0 && !labelOrUnit ? Kind.LABEL : Kind.OTHER_FIGURE; // a second label cell, or a figure column of other words
                if (cells.get(i).isBlank() && i > 0 && kinds.get(i - 1) == Kind.LABEL) {
                    kind = Kind.LABEL; // an empty header cell over the item cells of split labels
                }
            } else {
                last = i;
            }
            labelOrUnit |= LABEL_COLUMN.matcher(n).matches() || labelAndUnit(cells.get(i)) || kind == Kind.UNIT;
            cumulative |= kind == Kind.CUMULATIVE;
            kinds.add(kind);
        }
        if (year < 0 || !(labelOrUnit || cumulative)) {
            return null;
        }
        // cells after the last recognised column (grid padding, a section heading run into the header) are no columns
        return new LegacyHeader(List.copyOf(kinds.subList(0, last + 1)), year, cells.get(year).strip());
    }

    /** A PDF line's label side: the label and unit headers read as one cell (统计指标 单位). */
    private static boolean labelAndUnit(String cell) {
        String[] words = cell.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            String n = LabelMatcher.normalize(w);
            if (!LABEL_COLUMN.matcher(n).matches() && !UNIT_COLUMN.matcher(n).matches()) {
                return false;
            }
        }
        return true;
    }

    int width() {
        return kinds.size();
    }

    Kind kind(int column) {
        return column < kinds.size() ? kinds.get(column) : null;
    }

    /** The columns that hold numbers, in order: the year's and every other figure column. */
    List<Integer> figureColumns() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == Kind.YEAR || kinds.get(i) == Kind.CUMULATIVE || kinds.get(i) == Kind.OTHER_FIGURE) {
                out.add(i);
            }
        }
        return out;
    }

    /** Where the year's value stands among the figure columns. */
    int yearAmongFigures() {
        return figureColumns().indexOf(year);
    }

    int unitColumn() {
        return kinds.indexOf(Kind.UNIT);
    }

    boolean hasNote() {
        return kinds.contains(Kind.NOTE);
    }
}
