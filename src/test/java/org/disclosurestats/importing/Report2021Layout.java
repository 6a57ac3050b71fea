package org.disclosurestats.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2021 tables (二, 三, 四) of values-2021.tsv laid out on A4 pages as a Word grid: where every piece of text and
 * every border stands, in page coordinates (x from the left, y the baseline from the top), before any producer writes
 * it into a PDF ({@link ProducerPdf}). Labels wrap in their cells; group labels stack a few characters a line.
 */
final class Report2021Layout {

    enum Role { TITLE, HEADING, HEADER, LABEL, VALUE }

    record Text(int page, String text, float x, float y, float size, Role role) {
    }

    /** A border from (x0, y0) to (x1, y1). */
    record Stroke(int page, float x0, float y0, float x1, float y1) {
    }

    /** How the table is laid out: values centred in a wrapped label's height or on its first line; page breaks. */
    record Options(boolean valuesCentred, boolean fullWidthDigits, int breakBeforeRow, boolean repeatHeader, int splitRow) {

        static Options plain() {
            return new Options(false, false, 11, true, -1);
        }
    }

    static final float WIDTH = 595;
    static final float HEIGHT = 842;
    private static final float BOTTOM = 790;
    private static final float LINE = 13;
    private static final float PAD = 5;

    final List<Text> texts = new ArrayList<>();
    final List<Stroke> strokes = new ArrayList<>();
    int pages = 1;
    private final Options options;
    private float y = 60;
    private int page = 1;

    private Report2021Layout(Options options) {
        this.options = options;
    }

    static Report2021Layout of(Options options) throws IOException {
        Report2021Layout l = new Report2021Layout(options);
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/importing/pdf/values-2021.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        l.text("某市某局2021年政府信息公开工作年度报告", 150, 14, Role.TITLE);
        l.y += 20;
        l.text("二、主动公开政府信息情况", 40, 11, Role.HEADING);
        l.y += 10;
        l.sectionTwo(rows);
        l.y += 22;
        l.text("三、收到和处理政府信息公开申请情况", 40, 11, Role.HEADING);
        l.y += 10;
        l.sectionThree(rows.stream().filter(r -> r[0].equals("三")).toList());
        l.y += 22;
        if (l.y > 600) {
            l.newPage();
        }
        l.text("四、政府信息公开行政复议、行政诉讼情况", 40, 11, Role.HEADING);
        l.y += 10;
        l.sectionFour(rows.stream().filter(r -> r[0].equals("四")).findFirst().orElseThrow());
        return l;
    }

    private void text(String s, float x, float size, Role role) {
        texts.add(new Text(page, s, x, y, size, role));
        y += size * 1.6f;
    }

    private void newPage() {
        page++;
        pages = page;
        y = 60;
    }

    private String value(String v) {
        if (!options.fullWidthDigits()) {
            return v;
        }
        StringBuilder b = new StringBuilder();
        v.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : (char) c));
        return b.toString();
    }

    /** Splits a label into lines of at most n characters. */
    static List<String> wrap(String s, int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.length(); i += n) {
            lines.add(s.substring(i, Math.min(s.length(), i + n)));
        }
        return lines;
    }

    private static float width(String s, float size) {
        float w = 0;
        for (char c : s.toCharArray()) {
            w += c < 0x80 ? size / 2 : size;
        }
        return w;
    }

    /**
     * One row of cells between the borders xs: each cell's lines (a label's left-aligned, a value's centred) and a
     * border above and at each side. Returns the row's height.
     */
    private float row(float[] xs, List<List<String>> cells, boolean[] isValue, float size, float leftOfTopBorder) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float h = lines * LINE + 2 * PAD;
        strokes.add(new Stroke(page, leftOfTopBorder, y, xs[xs.length - 1], y));
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = cells.get(i);
            float top = y + PAD + size;
            if (isValue[i] && options.valuesCentred()) {
                top += (lines - cell.size()) * LINE / 2;
            }
            for (int k = 0; k < cell.size(); k++) {
                String s = cell.get(k);
                float x = isValue[i] || leftOfTopBorder < 0 ? (xs[i] + xs[i + 1] - width(s, size)) / 2 : xs[i] + 4;
                texts.add(new Text(page, s, x, top + k * LINE, size, isValue[i] ? Role.VALUE : Role.LABEL));
            }
        }
        for (float x : xs) {
            strokes.add(new Stroke(page, x, y, x, y + h));
        }
        y += h;
        strokes.add(new Stroke(page, xs[0], y, xs[xs.length - 1], y));
        return h;
    }

    private void sectionTwo(List<String[]> rows) {
        float[] three = {30, 200, 325, 450, 565};
        float[] one = {30, 200, 565};
        String block = "";
        boolean[] labelAndValues = {false, true, true, true};
        boolean[] labelAndValue = {false, true};
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (!r[0].equals("二")) {
                continue;
            }
            boolean wide = r[1].equals("第二十条第（一）项");
            if (!r[1].equals(block)) {
                block = r[1];
                row(new float[] {30, 565}, List.of(List.of(block)), new boolean[] {false}, 10, -1);
                if (wide) {
                    headerRow(three, List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
                } else {
                    headerRow(one, List.of("信息内容", r[3]));
                }
            }
            if (wide) {
                List<List<String>> cells = new ArrayList<>(List.of(List.of(r[2])));
                for (int k = 0; k < 3; k++) {
                    cells.add(List.of(value(rows.get(i + k)[5])));
                }
                row(three, cells, labelAndValues, 10, 30);
                i += 2;
            } else {
                row(one, List.of(List.of(r[2]), List.of(value(r[5]))), labelAndValue, 10, 30);
            }
        }
    }

    private void headerRow(float[] xs, List<String> words) {
        List<List<String>> cells = words.stream().map(List::of).toList();
        boolean[] centred = new boolean[words.size()];
        java.util.Arrays.fill(centred, true);
        row(xs, cells, centred, 10, xs[0]);
    }

    private static final float[] VALUES = {295, 335, 375, 415, 455, 495, 535, 575};

    private void sectionThreeHeader() {
        float top = y;
        texts.add(new Text(page, "（本列数据的勾稽关系为：第一项加第二", 36, y + 26, 10, Role.HEADER));
        texts.add(new Text(page, "项之和，等于第三项加第四项之和）", 36, y + 39, 10, Role.HEADER));
        texts.add(new Text(page, "申请人情况", 410, y + 14, 10, Role.HEADER));
        texts.add(new Text(page, "自然人", 300, y + 40, 10, Role.HEADER));
        texts.add(new Text(page, "法人或其他组织", 385, y + 34, 10, Role.HEADER));
        texts.add(new Text(page, "总计", 545, y + 40, 10, Role.HEADER));
        String[][] orgs = {{"商业", "企业"}, {"科研", "机构"}, {"社会公", "益组织"}, {"法律服", "务机构"}, {"其他", ""}};
        for (int i = 0; i < orgs.length; i++) {
            for (int k = 0; k < 2; k++) {
                String s = orgs[i][k];
                texts.add(new Text(page, s, (VALUES[i + 1] + VALUES[i + 2] - width(s, 9)) / 2, y + 54 + 11 * k, 9, Role.HEADER));
            }
        }
        float h = 74;
        strokes.add(new Stroke(page, 30, top, 575, top));
        strokes.add(new Stroke(page, 295, top + 20, 575, top + 20));
        strokes.add(new Stroke(page, 335, top + 42, 535, top + 42));
        for (float x : new float[] {30, 295, 335, 535, 575}) {
            strokes.add(new Stroke(page, x, top, x, top + h));
        }
        for (int i = 2; i < 6; i++) {
            strokes.add(new Stroke(page, VALUES[i], top + 42, VALUES[i], top + h));
        }
        y += h;
    }

    private void sectionThree(List<String[]> rows) {
        sectionThreeHeader();
        float[] label = {30, 60, 115, 295};
        String group = null;
        float groupTop = 0;
        float resultsTop = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String name = r[1];
            String ownGroup = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : null;
            String item = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : name;
            if (item.startsWith("（二）部分公开")) {
                item = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
            }
            boolean part = item.startsWith("一、") || item.startsWith("二、") || item.startsWith("四、");
            float left = part ? label[0] : ownGroup == null ? label[1] : label[2];
            int chars = (int) ((label[3] - left - 8) / 10);
            List<String> lines = wrap(item, chars);
            float h = lines.size() * LINE + 2 * PAD;
            if (i == options.breakBeforeRow() || y + h > BOTTOM && i != options.splitRow()) {
                closeGroups(group, groupTop, resultsTop, i, rows.size());
                newPage();
                groupTop = y;
                if (options.repeatHeader()) {
                    sectionThreeHeader();
                    groupTop = y;
                }
                resultsTop = y;
            }
            if (i == 2) {
                resultsTop = y;
            }
            if (i == rows.size() - 1) {
                stack("三、本年度办理结果", resultsTop, 40, 1); // in the merged cell's part on this page
            }
            if (!java.util.Objects.equals(ownGroup, group)) {
                stack(group, groupTop, 63, 4);
                group = ownGroup;
                groupTop = y;
            }
            List<List<String>> cells = new ArrayList<>();
            cells.add(lines);
            boolean[] isValue = new boolean[8];
            for (int k = 0; k < 7; k++) {
                cells.add(r[2 + k].isEmpty() ? List.of() : List.of(value(r[2 + k])));
                isValue[k + 1] = true;
            }
            float[] xs = new float[9];
            xs[0] = left;
            System.arraycopy(VALUES, 0, xs, 1, 8);
            if (i == options.splitRow()) {
                // the row runs over the page break: its label's first line and values here, the rest on the next page
                row(xs, List.of(lines.subList(0, 1), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
                        cells.get(6), cells.get(7)), isValue, 10, left);
                stack(group, groupTop, 63, 4);
                newPage();
                groupTop = y;
                resultsTop = y;
                List<List<String>> rest = new ArrayList<>();
                rest.add(lines.subList(1, lines.size()));
                for (int k = 0; k < 7; k++) {
                    rest.add(List.of());
                }
                row(xs, rest, isValue, 10, left);
                continue;
            }
            row(xs, cells, isValue, 10, left);
        }
    }

    private void closeGroups(String group, float groupTop, float resultsTop, int i, int n) {
        stack(group, groupTop, 63, 4);
    }

    /** A group label stacked a few characters a line at the top of its rows. */
    private void stack(String group, float top, float x, int perLine) {
        if (group == null) {
            return;
        }
        List<String> lines = wrap(group, perLine);
        for (int k = 0; k < lines.size(); k++) {
            texts.add(new Text(page, lines.get(k), x, top + PAD + 10 + k * LINE, 10, Role.LABEL));
        }
    }

    private void sectionFour(String[] r) {
        float[] xs = new float[16];
        for (int i = 0; i <= 15; i++) {
            xs[i] = 30 + 36 * i;
        }
        float top = y;
        texts.add(new Text(page, "行政复议", 80, y + 14, 10, Role.HEADER));
        texts.add(new Text(page, "行政诉讼", 370, y + 14, 10, Role.HEADER));
        texts.add(new Text(page, "未经复议直接起诉", 240, y + 34, 10, Role.HEADER));
        texts.add(new Text(page, "复议后起诉", 440, y + 34, 10, Role.HEADER));
        String[][] heads = {{"结果", "维持"}, {"结果", "纠正"}, {"其他", "结果"}, {"尚未", "审结"}, {"总计", ""}};
        for (int i = 0; i < 15; i++) {
            String[] h = heads[i % 5];
            float base = i < 5 ? y + 36 : y + 54;
            for (int k = 0; k < 2; k++) {
                texts.add(new Text(page, h[k], (xs[i] + xs[i + 1] - width(h[k], 9)) / 2, base + 11 * k, 9, Role.HEADER));
            }
        }
        float h = 74;
        strokes.add(new Stroke(page, 30, top, 570, top));
        strokes.add(new Stroke(page, 30, top + 20, 570, top + 20));
        strokes.add(new Stroke(page, 210, top + 42, 570, top + 42));
        for (int i = 0; i <= 15; i++) {
            strokes.add(new Stroke(page, xs[i], i == 0 || i == 5 || i == 15 ? top : top + 20, xs[i], top + h));
        }
        y += h;
        List<List<String>> cells = new ArrayList<>();
        boolean[] isValue = new boolean[15];
        for (int i = 0; i < 15; i++) {
            cells.add(List.of(value(r[1 + i])));
            isValue[i] = true;
        }
        row(xs, cells, isValue, 10, 30);
    }
}
