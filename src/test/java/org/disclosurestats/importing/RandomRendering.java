package org.disclosurestats.importing;

import static org.disclosurestats.importing.GeneratedTables.pick;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.disclosurestats.importing.StandardTableRenderings.Line;
import org.disclosurestats.importing.StandardTableRenderings.Tables;

/**
 * A random COMBINATION of what pages and page stores do to a table, drawn from one {@link Random}: the wording of the
 * labels (numbering, script, spaces), how values are written (blanks as nothing, —, -, / or dropped; 无 for 0;
 * full-width digits; thousands commas), the structure (rows in another order, headers merged, repeated after a page
 * break or lost, page headers and footers between rows, group labels one character a line, a number run into its
 * label) and the layout of the cells (markdown, tabs, spaces, one cell a line with its separators, values on the next
 * line, wrapped labels, rows run together), or a saved HTML page in the markups of {@link TableRendering}.
 */
final class RandomRendering {

    /** A document to read: its family (for the summary), what was chosen, and its bytes as plain text or HTML. */
    record Rendered(String family, List<String> choices, byte[] body, String mediaType) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RandomRendering() {
    }

    static Rendered render(Tables t, Random random) {
        return random.nextInt(4) == 0 ? html(t, random) : pageText(t, random);
    }

    // ------------------------------------------------------------------ page text

    static Rendered pageText(Tables t, Random random) {
        List<String> chosen = new ArrayList<>();
        Tables x = wording(structure(t, random, chosen), random, chosen);
        String spans = pick(random, "first row", "first row", "repeated", "empty cells");
        chosen.add("spanned labels " + spans);
        Tables laid = switch (spans) {
            case "first row" -> StandardTableRenderings.spannedOnFirstRow(x);
            case "empty cells" -> StandardTableRenderings.spannedAsEmpty(x);
            default -> x;
        };
        String blank = pick(random, "", "", "—", "-", "/", "dropped");
        chosen.add("blanks " + (blank.isEmpty() ? "empty" : blank));
        laid = blank.equals("dropped") ? dropped(laid) : StandardTableRenderings.values(laid, v -> v.isEmpty() ? blank : v);
        String family = pick(random, "markdown", "tabs", "spaces", "one cell a line", "one cell a line", "label lines", "run together");
        if (!spans.equals("first row") && family.matches("spaces|one cell a line|label lines|run together")) {
            laid = StandardTableRenderings.spannedOnFirstRow(laid); // a group label written on every row is a table with cells
        }
        if (family.matches("spaces|one cell a line") && random.nextInt(4) == 0) {
            laid = vertical(laid, random.nextBoolean());
            chosen.add("group labels one character a line");
        }
        if (family.equals("spaces") && random.nextInt(4) == 0) {
            laid = numbersRunIntoLabels(laid);
            chosen.add("first number run into its label");
        }
        String text = switch (family) {
            case "markdown" -> StandardTableRenderings.markdown(laid);
            case "tabs" -> StandardTableRenderings.joined(laid, "\t", "", "");
            case "spaces" -> {
                String sep = pick(random, " ", " ", "  ", "\u3000");
                chosen.add("separator '" + sep + "'");
                yield StandardTableRenderings.joined(laid, sep, "", "");
            }
            case "one cell a line" -> {
                String separator = pick(random, null, "|", "");
                String end = separator == null ? pick(random, "", " |") : "";
                boolean rowEnds = random.nextInt(3) == 0;
                boolean emptyRows = rowEnds && random.nextBoolean();
                chosen.add("separator line " + separator + ", cell end '" + end + "'" + (rowEnds ? ", row-end bars" : "")
                        + (emptyRows ? ", empty grid rows" : ""));
                if (random.nextInt(4) == 0) {
                    chosen.add("二 column labels wrapped in two cells");
                    laid = wrappedColumnLabels(laid, random);
                }
                yield rowEnds ? StandardTableRenderings.oneCellALineWithRowEnds(laid, separator, end, emptyRows)
                        : StandardTableRenderings.oneCellALine(laid, separator, end);
            }
            case "label lines" -> {
                int shape = random.nextInt(3);
                int width = 5 + random.nextInt(8);
                chosen.add(shape == 0 ? "values on the next line" : "labels wrapped at " + width + (shape == 1 ? ", values first" : ", values last"));
                yield shape == 0 ? StandardTableRenderings.valuesOnNextLine(laid) : StandardTableRenderings.wrapped(laid, width, shape == 1);
            }
            default -> {
                int n = 2 + random.nextInt(3);
                chosen.add(n + " rows a line");
                yield StandardTableRenderings.runTogether(laid, n);
            }
        };
        return new Rendered(family, chosen, text.getBytes(StandardCharsets.UTF_8), DocumentText.PLAIN);
    }

    private static Tables wording(Tables t, Random random, List<String> chosen) {
        Tables x = t;
        int numbering = random.nextInt(5);
        if (numbering > 0) {
            UnaryOperator<String> n = switch (numbering) {
                case 1 -> l -> l.replaceFirst("^（([一二三四五六七])）", "($1)").replaceFirst("^([1-8])\\.", "$1、");
                case 2 -> l -> l.replaceFirst("^([一二三四])、", "$1.").replaceFirst("^([1-8])\\.", "（$1）");
                case 3 -> l -> l.replaceFirst("^([1-8])\\.", "$1．").replace('（', '(').replace('）', ')');
                default -> l -> l.replaceFirst("^(?:[一二三四]、|（[一二三四五六七]）|[1-8]\\.)", "");
            };
            chosen.add("numbering " + numbering);
            x = StandardTableRenderings.labels(x, n);
        }
        if (random.nextInt(6) == 0) {
            chosen.add("traditional");
            x = StandardTableRenderings.labels(x, ZhConverterUtil::toTraditional);
        }
        if (random.nextInt(5) == 0) {
            chosen.add("short labels spaced");
            x = StandardTableRenderings.labels(x, TableRenderingsTest::spaced);
        }
        if (random.nextInt(6) == 0) {
            chosen.add("full-width digits");
            x = StandardTableRenderings.values(x, v -> v.chars().mapToObj(ch -> String.valueOf(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : (char) ch))
                    .reduce("", String::concat));
        }
        if (random.nextInt(5) == 0) {
            chosen.add("thousands commas");
            x = StandardTableRenderings.values(x, v -> v.matches("[0-9]{4,}") ? String.format("%,d", Long.parseLong(v)) : v);
        }
        if (random.nextInt(6) == 0) {
            chosen.add("zeros 无");
            x = StandardTableRenderings.values(x, v -> v.equals("0") ? "无" : v);
        }
        return x;
    }

    private static Tables structure(Tables t, Random random, List<String> chosen) {
        List<Line> lines = new ArrayList<>(t.lines());
        if (random.nextInt(4) == 0) {
            chosen.add("rows in another order");
            reorder(lines, random);
        }
        int requestHeader = random.nextInt(8);
        if (requestHeader == 0) {
            chosen.add("三 header lost");
            lines.removeIf(l -> StandardTableRenderings.requestHeader().contains(l));
        } else if (requestHeader == 1) {
            chosen.add("三 header merged into one line");
            merge(lines, StandardTableRenderings.requestHeader(), 1); // the note over the label columns left out
        }
        if (random.nextInt(8) == 0) {
            chosen.add("四 header merged into one line");
            merge(lines, StandardTableRenderings.appealHeader(), 0);
        }
        if (random.nextInt(5) == 0) {
            chosen.add("三 header repeated after a page break");
            List<Integer> rows = requestRows(lines);
            int at = rows.get(3 + random.nextInt(rows.size() - 6)) + 1;
            List<Line> repeated = new ArrayList<>(StandardTableRenderings.requestHeader());
            if (random.nextBoolean()) {
                repeated.add(0, Line.header(StandardTableRenderings.HEADING_3));
            }
            lines.addAll(at, repeated);
        }
        if (random.nextInt(6) == 0) {
            chosen.add("四 header's column labels one character a line");
            verticalAppealHeader(lines);
        }
        if (random.nextInt(4) == 0) {
            String furniture = pick(random, "- 2 -", "—3—", "第 2 页 共 5 页", "2/6", "某某县人民政府门户网站");
            chosen.add("page furniture '" + furniture + "' between rows");
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                List<Integer> rows = requestRows(lines);
                lines.add(rows.get(1 + random.nextInt(rows.size() - 2)) + 1, Line.header(furniture));
            }
        }
        return new Tables(t.edition(), lines);
    }

    /**
     * Section 四's column labels as a page with narrow columns prints them and a text layer or a page store keeps them:
     * one character a line in each column, so the header is many lines of single characters (结 结 其 尚 总 / 果 果 他 未 计 …).
     */
    private static void verticalAppealHeader(List<Line> lines) {
        List<Line> header = StandardTableRenderings.appealHeader();
        int at = lines.indexOf(header.get(2));
        if (at < 0) {
            return;
        }
        List<String> columns = header.get(2).labels();
        List<Line> vertical = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int c = i;
            List<String> chars = columns.stream().filter(l -> l.length() > c).map(l -> l.substring(c, c + 1)).toList();
            vertical.add(new Line(chars, List.of(), true));
        }
        lines.remove(at);
        lines.addAll(at, vertical);
    }

    /** A header of several lines written as one line of its cells, the first {@code skip} cells left out. */
    private static void merge(List<Line> lines, List<Line> header, int skip) {
        List<String> merged = new ArrayList<>();
        header.forEach(h -> merged.addAll(h.labels()));
        int at = lines.indexOf(header.get(0));
        if (at < 0) {
            return; // the page holds no such header (it begins after it)
        }
        lines.removeAll(header);
        lines.add(at, new Line(merged.subList(skip, merged.size()), List.of(), true));
    }

    /** Two neighbouring rows of section 三 swapped (items of a group, or 一 and 二), block (一)'s rows of section 二 swapped. */
    private static void reorder(List<Line> lines, Random random) {
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            List<Integer> rows = requestRows(lines);
            int i = rows.get(random.nextInt(rows.size() - 1));
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            boolean sameGroup = a.labels().size() == 3 && b.labels().size() == 3 && a.labels().get(1).equals(b.labels().get(1));
            boolean parts = a.labels().size() == 1 && b.labels().size() == 1 && !b.labels().get(0).startsWith("四");
            if (sameGroup || parts) {
                lines.set(i, b);
                lines.set(i + 1, a);
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).labels().equals(List.of("规章")) && !lines.get(i + 1).header() && random.nextBoolean()) {
                Line a = lines.get(i);
                lines.set(i, lines.get(i + 1));
                lines.set(i + 1, a);
                break;
            }
        }
    }

    static List<Integer> requestRows(List<Line> lines) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).header() && !lines.get(i).metrics().isEmpty() && lines.get(i).metrics().get(0).startsWith("req.")) {
                rows.add(i);
            }
        }
        return rows;
    }

    /**
     * Section 二's column labels written over two lines of their header cell (本年新 / 公开数量), which a page store keeps
     * as two cells: each label of five characters or more cut at a random place.
     */
    private static Tables wrappedColumnLabels(Tables t, Random random) {
        return new Tables(t.edition(), t.lines().stream().map(l -> {
            if (!l.header() || l.labels().isEmpty() || !l.labels().get(0).equals("信息内容")) {
                return l;
            }
            List<String> cells = new ArrayList<>(List.of(l.labels().get(0)));
            for (String label : l.labels().subList(1, l.labels().size())) {
                if (label.length() >= 5) {
                    int cut = 2 + random.nextInt(label.length() - 3);
                    cells.add(label.substring(0, cut));
                    cells.add(label.substring(cut));
                } else {
                    cells.add(label);
                }
            }
            return l.withLabels(cells);
        }).toList());
    }

    /** Blank cells gone with nothing in their place. */
    private static Tables dropped(Tables t) {
        return new Tables(t.edition(), t.lines().stream().map(l -> l.withValues(l.values().stream().filter(v -> !v.isEmpty()).toList())).toList());
    }

    /**
     * A group label standing beside its rows as a page shows a tall merged cell: one character a line, before the first
     * row of the group (3、本年度办理结果 alone, or the groups （三）不予公开… too).
     */
    private static Tables vertical(Tables t, boolean groupsToo) {
        List<Line> out = new ArrayList<>();
        for (Line l : t.lines()) {
            int split = l.header() || l.labels().size() < 2 ? 0 : groupsToo ? l.labels().size() - 1 : 1;
            for (int i = 0; i < split; i++) {
                String label = l.labels().get(i);
                if (!groupsToo && !label.contains("办理结果") && !label.contains("辦理結果")) {
                    continue;
                }
                label.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                        .forEach(c -> out.add(Line.header(new String(Character.toChars(c)))));
            }
            out.add(split == 0 ? l : l.withLabels(l.labels().subList(split, l.labels().size())));
        }
        return new Tables(t.edition(), out);
    }

    /** The first value of a row written against its label (规章0 0 0, 行政许可2046). */
    private static Tables numbersRunIntoLabels(Tables t) {
        return new Tables(t.edition(), t.lines().stream().map(l -> {
            if (l.header() || l.labels().isEmpty() || l.values().isEmpty() || l.values().get(0).isEmpty()) {
                return l;
            }
            List<String> labels = new ArrayList<>(l.labels());
            labels.set(labels.size() - 1, labels.get(labels.size() - 1) + l.values().get(0));
            return new Line(labels, l.values().subList(1, l.values().size()), false, l.metrics());
        }).toList());
    }

    // ------------------------------------------------------------------ HTML

    static Rendered html(Tables t, Random random) {
        List<String> chosen = new ArrayList<>();
        TableRendering r = new TableRendering();
        r.spans = random.nextInt(3) > 0;
        r.repeatSpanned = !r.spans && random.nextBoolean();
        r.word = flag(random, 3, chosen, "Word export");
        r.th = flag(random, 4, chosen, "th headers");
        r.oneTable = flag(random, 4, chosen, "one table");
        r.nested = flag(random, 5, chosen, "nested");
        r.gbk = flag(random, 6, chosen, "GBK");
        r.ueditor = !r.word && flag(random, 4, chosen, "ueditor");
        r.reordered = flag(random, 6, chosen, "reordered");
        r.fullWidthValues = flag(random, 6, chosen, "full-width digits");
        r.titles = pick(random, TableRendering.Titles.values());
        r.requestHeader = random.nextInt(3) > 0 ? TableRendering.RequestHeader.FORM : pick(random, TableRendering.RequestHeader.values());
        r.proactiveHeader = random.nextInt(5) > 0 ? TableRendering.ProactiveHeader.FORM : TableRendering.ProactiveHeader.CUT;
        r.blank = pick(random, "", "&nbsp;", "—", "/", "－");
        int wording = random.nextInt(6);
        r.label = switch (wording) {
            case 1 -> s -> s.replace('（', '(').replace('）', ')');
            case 2 -> s -> s.replaceFirst("^([0-9])\\.", "$1、");
            case 3 -> TableRenderingsTest::spaced;
            case 4 -> TableRenderingsTest::traditional;
            case 5 -> s -> s.replaceFirst("^(?:[一二三四]、|（[一二三四五六七]）|[0-9]\\.)", "");
            default -> s -> s;
        };
        chosen.add("wording " + wording);
        chosen.add((r.spans ? "spans" : r.repeatSpanned ? "spans repeated" : "spans empty") + ", titles " + r.titles + ", 三 header "
                + r.requestHeader + ", 二 header " + r.proactiveHeader + ", blank '" + r.blank + "'");
        return new Rendered("html", chosen, r.page(GeneratedTables.figuresOf(t)), DocumentText.HTML);
    }

    private static boolean flag(Random random, int oneIn, List<String> chosen, String name) {
        boolean on = random.nextInt(oneIn) == 0;
        if (on) {
            chosen.add(name);
        }
        return on;
    }
}
