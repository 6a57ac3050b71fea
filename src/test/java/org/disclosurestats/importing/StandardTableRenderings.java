package org.disclosurestats.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;

/**
 * Test-side generator: the standard tables (sections 二, 三, 四) of one set of figures, written out the ways page
 * stores and browser copies deliver them. The layout (blocks, rows, columns and their order) is the one of
 * values-2019.tsv / values-2021.tsv; the figures may be another set (a dev gold) keyed by metric.
 */
final class StandardTableRenderings {

    /** One row of a table as a page shows it: its label cells (a spanned group label first) and its value cells. */
    record Line(List<String> labels, List<String> values, boolean header, List<String> metrics) {

        Line(List<String> labels, List<String> values, boolean header) {
            this(labels, values, header, List.of());
        }

        static Line header(String... cells) {
            return new Line(List.of(cells), List.of(), true);
        }

        Line withLabels(List<String> l) {
            return new Line(l, values, header, metrics);
        }

        Line withValues(List<String> v) {
            return new Line(labels, v, header, metrics);
        }
    }

    /** The tables of a report: section headings are lines of one label cell and no values. */
    record Tables(Edition edition, List<Line> lines) {
    }

    static final String HEADING_2 = "二、主动公开政府信息情况";
    static final String HEADING_3 = "三、收到和处理政府信息公开申请情况";
    static final String HEADING_4 = "四、政府信息公开行政复议、行政诉讼情况";
    static final String RESULTS = "三、本年度办理结果";
    static final String PARTLY = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

    static List<Line> requestHeader() {
        return List.of(Line.header("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
                Line.header("自然人", "法人或其他组织", "总计"),
                Line.header("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
    }

    static List<Line> appealHeader() {
        return List.of(Line.header("行政复议", "行政诉讼"),
                Line.header("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
                Line.header("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
    }

    /** The tables of the fixture of an edition, with the figures of the fixture. */
    static Tables of(Edition edition) throws IOException {
        return of(edition, PdfLayoutsTest.expected(edition));
    }

    /** The tables of an edition's layout filled with the given figures (metric → value, "" or absent: a blank cell). */
    static Tables of(Edition edition, Map<String, String> figures) throws IOException {
        Path tsv = Path.of("src/test/resources/importing/pdf/values-" + edition.code() + ".tsv");
        List<String[]> fields = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        Map<String, String> ordered = PdfLayoutsTest.expected(edition); // the metrics in the fixture's order
        List<String> metrics = List.copyOf(ordered.keySet());
        List<Line> lines = new ArrayList<>();
        lines.add(Line.header(HEADING_2));
        Map<String, Map<String, List<String>>> blocks = new LinkedHashMap<>(); // block → row → metrics
        Map<String, List<String>> columns = new LinkedHashMap<>();
        int m = 0;
        for (String[] f : fields) {
            if (f[0].equals("二")) {
                blocks.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).computeIfAbsent(f[2], k -> new ArrayList<>()).add(metrics.get(m++));
                List<String> cols = columns.computeIfAbsent(f[1], k -> new ArrayList<>());
                if (!cols.contains(f[3])) {
                    cols.add(f[3]);
                }
            }
        }
        blocks.forEach((block, rows) -> {
            lines.add(Line.header(block));
            List<String> header = new ArrayList<>(List.of("信息内容"));
            header.addAll(columns.get(block));
            lines.add(new Line(header, List.of(), true));
            rows.forEach((row, codes) -> lines.add(new Line(List.of(row), codes.stream().map(c -> figures.getOrDefault(c, "")).toList(), false, codes)));
        });
        lines.add(Line.header(HEADING_3));
        lines.addAll(requestHeader());
        for (String[] f : fields) {
            if (f[0].equals("三")) {
                List<String> codes = metrics.subList(m, m + 7);
                m += 7;
                lines.add(new Line(requestLabels(f[1]), codes.stream().map(c -> figures.getOrDefault(c, "")).toList(), false, codes));
            }
        }
        lines.add(Line.header(HEADING_4));
        lines.addAll(appealHeader());
        List<String> codes = metrics.subList(m, m + 15);
        lines.add(new Line(List.of(), codes.stream().map(c -> figures.getOrDefault(c, "")).toList(), false, codes));
        return new Tables(edition, lines);
    }

    /** The label cells of a row of section 三 as the format prints them: 三、本年度办理结果, the group, the item. */
    private static List<String> requestLabels(String catalogueLabel) {
        if (catalogueLabel.matches("^[一二四]、.*")) {
            return List.of(catalogueLabel);
        }
        List<String> cells = new ArrayList<>(List.of(RESULTS));
        for (String part : catalogueLabel.split(" ")) {
            cells.add(part.equals("（二）部分公开") ? PARTLY : part);
        }
        return cells;
    }

    // ------------------------------------------------------------------ what a page does to the figures and labels

    /** Every label cell rewritten (numbering, script, spacing), the headers' and headings' too. */
    static Tables labels(Tables t, UnaryOperator<String> rewrite) {
        return new Tables(t.edition(), t.lines().stream()
                .map(l -> l.withLabels(l.labels().stream().map(rewrite).toList())).toList());
    }

    /** Every value cell rewritten (a blank written —, digits full-width, zeros written 无). */
    static Tables values(Tables t, UnaryOperator<String> rewrite) {
        return new Tables(t.edition(), t.lines().stream().map(l -> l.withValues(l.values().stream().map(rewrite).toList())).toList());
    }

    /** A group label (a rowspan cell) written on its first row only, as a page store writes a grid. */
    static Tables spannedOnFirstRow(Tables t) {
        List<Line> out = new ArrayList<>();
        List<String> previous = List.of();
        for (Line l : t.lines()) {
            int same = 0;
            while (!l.header() && same < l.labels().size() - 1 && same < previous.size() && previous.get(same).equals(l.labels().get(same))) {
                same++;
            }
            out.add(l.withLabels(l.labels().subList(same, l.labels().size())));
            previous = l.header() ? List.of() : l.labels();
        }
        return new Tables(t.edition(), out);
    }

    /** A group label written on its first row only, the positions it spans on later rows left as empty cells. */
    static Tables spannedAsEmpty(Tables t) {
        List<Line> spanned = spannedOnFirstRow(t).lines();
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < spanned.size(); i++) {
            List<String> labels = new ArrayList<>(spanned.get(i).labels());
            while (labels.size() < t.lines().get(i).labels().size()) {
                labels.add(0, "");
            }
            out.add(spanned.get(i).withLabels(labels));
        }
        return new Tables(t.edition(), out);
    }

    // ------------------------------------------------------------------ page text

    /** Each line's cells joined by a separator (a blank value is written as nothing between two separators). */
    static String joined(Tables t, String separator, String before, String after) {
        return t.lines().stream().map(l -> before + String.join(separator, cells(l)) + after).collect(Collectors.joining("\n"));
    }

    /** A markdown table: `| a | b |` rows, a rule after each table's first header row. */
    static String markdown(Tables t) {
        StringBuilder out = new StringBuilder();
        boolean headerBefore = false;
        for (Line l : t.lines()) {
            boolean heading = l.header() && l.labels().size() == 1;
            out.append(heading ? l.labels().get(0) : "| " + String.join(" | ", cells(l)) + " |").append('\n');
            if (l.header() && !heading && !headerBefore) {
                out.append("| --- | --- |\n");
            }
            headerBefore = l.header() && !heading;
        }
        return out.toString();
    }

    /**
     * One cell a line, each followed by the given separator line (null: none) or ending in {@code end}; a blank cell is
     * an empty cell line, or nothing at all when nothing would show it.
     */
    static String oneCellALine(Tables t, String separatorLine, String end) {
        StringBuilder out = new StringBuilder();
        for (Line l : t.lines()) {
            for (String cell : cells(l)) {
                if (separatorLine == null && end.isEmpty() && cell.isEmpty()) {
                    continue; // nothing shows the cell: it is dropped
                }
                out.append((cell + end).strip()).append('\n');
                if (separatorLine != null) {
                    out.append(separatorLine).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * One cell a line as {@link #oneCellALine} writes it, each row then ended by a line of bars, as some page stores
     * close a grid row: "||", and more after a title spanning the grid ("|||||").
     */
    static String oneCellALineWithRowEnds(Tables t, String separatorLine, String end) {
        return oneCellALineWithRowEnds(t, separatorLine, end, false);
    }

    /** The same, with {@code emptyRows}: the grid's empty rows after the last row of each block, a lone bar each. */
    static String oneCellALineWithRowEnds(Tables t, String separatorLine, String end, boolean emptyRows) {
        StringBuilder out = new StringBuilder();
        List<Line> lines = t.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.append(oneCellALine(new Tables(t.edition(), List.of(l)), separatorLine, end));
            out.append(l.header() && l.labels().size() == 1 ? "|||||" : "||").append('\n');
            if (emptyRows && !l.header() && i + 1 < lines.size() && lines.get(i + 1).header()) {
                out.append("|\n|\n");
            }
        }
        return out.toString();
    }

    /** The label cells on one line, the values on the next, run together with spaces. */
    static String valuesOnNextLine(Tables t) {
        return t.lines().stream().map(l -> l.values().isEmpty() ? String.join(" ", l.labels())
                : (l.labels().isEmpty() ? "" : String.join(" ", l.labels()) + "\n") + String.join(" ", l.values()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Labels longer than {@code width} characters wrapped over lines, the values (run together with spaces) on the
     * label's first line or on its last.
     */
    static String wrapped(Tables t, int width, boolean valuesOnFirstLine) {
        List<String> out = new ArrayList<>();
        for (Line l : t.lines()) {
            if (l.header()) {
                out.add(String.join(" ", l.labels()));
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (String label : l.labels()) {
                for (int i = 0; i < label.length(); i += width) {
                    pieces.add(label.substring(i, Math.min(label.length(), i + width)));
                }
            }
            String values = String.join(" ", l.values());
            int at = valuesOnFirstLine ? 0 : pieces.size() - 1;
            if (pieces.isEmpty()) {
                out.add(values);
            }
            for (int i = 0; i < pieces.size(); i++) {
                out.add(i == at ? pieces.get(i) + " " + values : pieces.get(i));
            }
        }
        return String.join("\n", out);
    }

    /** Data rows of section 三 run together {@code perLine} to a line (a page store that lost line breaks). */
    static String runTogether(Tables t, int perLine) {
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (Line l : t.lines()) {
            boolean request = !l.header() && l.labels().size() >= 1 && l.values().size() == 7;
            if (request) {
                pending.add(String.join(" ", cells(l)));
            }
            if (!request || pending.size() == perLine) {
                if (!pending.isEmpty()) {
                    out.add(String.join(" ", pending));
                    pending.clear();
                }
            }
            if (!request) {
                out.add(String.join(" ", cells(l)));
            }
        }
        out.addAll(pending);
        return String.join("\n", out);
    }

    private static List<String> cells(Line l) {
        List<String> c = new ArrayList<>(l.labels());
        c.addAll(l.values());
        return c;
    }
}
