package org.disclosurestats.importing;

import java.util.List;
import java.util.function.Predicate;
import org.disclosurestats.importing.TableReader.Row;

/** Where section 三 stands among the rows of a document's tables. */
final class RequestRange {

    private RequestRange() {
    }

    /**
     * The rows of section 三: from the first row that names 本年新收 to 结转下年度 (or the next table's header), and the
     * rows right after 结转下年度 that name a row of the section exactly: a report that lists its rows in another order
     * (（七）总计 after 四、结转下年度继续办理) keeps them, and a row that names no row of the section ends it. A report
     * that lists 上年结转 just before 本年新收 keeps it: the section then starts at that row (only there, as 上年结转
     * named anywhere else, in a sentence of the page's text, is no row of the table).
     */
    static List<Row> of(List<Row> rows, Predicate<String> namesARowExactly) {
        int start = -1;
        for (int i = 0; i < rows.size() && start < 0; i++) {
            int opening = wrappedStart(rows, i, "本年新收");
            if (opening >= 0) {
                start = carriedOverBefore(rows, opening);
            }
        }
        boolean midTable = start < 0;
        if (midTable) {
            start = firstOwnRow(rows, namesARowExactly);
        }
        if (start < 0) {
            return List.of();
        }
        for (int i = start; i < rows.size(); i++) {
            String n = LabelMatcher.normalize(String.join("", rows.get(i).cells()));
            if (i == start && !midTable) {
                continue;
            }
            if (n.contains("结转下年度")) {
                // its label may be wrapped, the values on the line after it (四、结转下年度继续 / 办理 | 0 | …)
                boolean labelOnly = rows.get(i).size() == 1;
                int end = !labelOnly || i + 1 == rows.size() ? i + 1 : i + 2;
                while (end < rows.size() && namesARowExactly(rows.get(end), namesARowExactly)) {
                    end++;
                }
                return rows.subList(start, end);
            } else if (n.contains("行政复议") || n.startsWith("信息内容")) {
                return rows.subList(start, i);
            }
        }
        return rows.subList(start, rows.size());
    }

    /**
     * A page that begins inside section 三 (a report's page saved or stored alone, the table's start on the page before):
     * the section starts at the first row of words and values whose words name one of its rows exactly, by a label long
     * enough to be no other table's (not 其他 or 总计).
     */
    private static int firstOwnRow(List<Row> rows, Predicate<String> namesARowExactly) {
        for (int i = 0; i < rows.size(); i++) {
            List<String> words = words(rows.get(i));
            if (words.size() == 1 && RequestTable.ownText(words.get(0)).length() >= MIN_OWN_ROW && namesARowExactly(rows.get(i), namesARowExactly)) {
                return i;
            }
        }
        return -1;
    }

    private static final int MIN_OWN_ROW = 4;

    private static List<String> words(Row row) {
        return row.cells().stream().filter(c -> !c.isBlank() && !PageTextRows.isValue(c) && !NumberReader.isStatedZero(c)).toList();
    }

    /** The row at which words containing {@code words} begin: this row, or a line of words just above it (a label wrapped: 一、本年新 / 收政府信息). */
    private static int wrappedStart(List<Row> rows, int i, String words) {
        String n = LabelMatcher.normalize(String.join("", rows.get(i).cells()));
        for (int above = i; above >= Math.max(0, i - 3) && (above == i || rows.get(above).size() == 1); above--) {
            if (above < i) {
                n = LabelMatcher.normalize(String.join("", rows.get(above).cells())) + n;
            }
            if (n.contains(words)) {
                return above;
            }
        }
        return -1;
    }

    /** A row of words and values whose words name a row of section 三 exactly. */
    private static boolean namesARowExactly(Row row, Predicate<String> namesRow) {
        List<String> words = words(row);
        return !words.isEmpty() && words.size() < row.size() && namesRow.test(String.join(" ", words));
    }

    /** The row of 上年结转 just before the row at {@code first} (empty rows aside), or {@code first}. */
    private static int carriedOverBefore(List<Row> rows, int first) {
        for (int i = first - 1; i >= 0; i--) {
            String n = LabelMatcher.normalize(String.join("", rows.get(i).cells()));
            if (!n.isEmpty()) {
                return n.contains("上年结转") && !n.contains("本年新收") ? i : first;
            }
        }
        return first;
    }
}
