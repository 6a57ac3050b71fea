package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendering harness: the figures of the 2019 and the 2021 fixture tables (values-*.tsv) drawn as saved pages in every
 * markup and wording {@link TableRendering} knows, then read as an import reads them (HtmlPage, DocumentText, TableReader,
 * StandardTables). Every cell comes back exactly; nothing else is read. Where a page store destroyed the information
 * (blank cells dropped with no separator), a row may be left unread, but only when it is flagged: never a wrong value,
 * never an invented 0.
 */
class TableRenderingsTest {

    static Stream<Arguments> renderings() {
        Map<String, Supplier<TableRendering>> cases = new LinkedHashMap<>();
        cases.put("form grid", TableRendering::new);
        cases.put("Word export", () -> new TableRendering().with(r -> r.word = true));
        cases.put("th headers", () -> new TableRendering().with(r -> r.th = true));
        cases.put("one table for all sections", () -> new TableRendering().with(r -> r.oneTable = true));
        cases.put("one Word table, titles as rows", () -> new TableRendering().with(r -> { r.oneTable = true; r.word = true; r.titles = TableRendering.Titles.FIRST_ROW; }));
        cases.put("titles as first spanning row", () -> new TableRendering().with(r -> r.titles = TableRendering.Titles.FIRST_ROW));
        cases.put("no titles", () -> new TableRendering().with(r -> r.titles = TableRendering.Titles.NONE));
        cases.put("nested in a layout table", () -> new TableRendering().with(r -> r.nested = true));
        cases.put("blanks as &nbsp;", () -> new TableRendering().with(r -> r.blank = "&nbsp;"));
        cases.put("blanks as —", () -> new TableRendering().with(r -> r.blank = "—"));
        cases.put("blanks as /", () -> new TableRendering().with(r -> r.blank = "/"));
        cases.put("GBK page", () -> new TableRendering().with(r -> { r.gbk = true; r.word = true; }));
        cases.put("ueditor with inline styles", () -> new TableRendering().with(r -> r.ueditor = true));
        cases.put("spans written out, empty", () -> new TableRendering().with(r -> r.spans = false));
        cases.put("spans written out, repeated", () -> new TableRendering().with(r -> { r.spans = false; r.repeatSpanned = true; }));
        cases.put("numbering (一) 1.", () -> new TableRendering().with(r -> r.label = s -> s.replace('（', '(').replace('）', ')')));
        cases.put("numbering 1、", () -> new TableRendering().with(r -> r.label = s -> s.replaceFirst("^([0-9])\\.", "$1、")));
        cases.put("numbering 一. and （1）", () -> new TableRendering().with(r -> r.label = s -> s.replaceFirst("^([一二三四])、", "$1.")
                .replaceFirst("^([0-9])\\.", "（$1）")));
        cases.put("no numbering", () -> new TableRendering().with(r -> r.label = s -> s.replaceFirst("^(?:[一二三四]、|（[一二三四五六七]）|[0-9]\\.)", "")));
        cases.put("full-width digits", () -> new TableRendering().with(r -> { r.fullWidthValues = true; r.label = TableRenderingsTest::fullWidth; }));
        cases.put("spaced short labels", () -> new TableRendering().with(r -> r.label = TableRenderingsTest::spaced));
        cases.put("traditional characters", () -> new TableRendering().with(r -> r.label = TableRenderingsTest::traditional));
        cases.put("rows in another order", () -> new TableRendering().with(r -> r.reordered = true));
        cases.put("三 header merged into 7 cells", () -> new TableRendering().with(r -> r.requestHeader = TableRendering.RequestHeader.MERGED_7));
        cases.put("三 header merged into 8 cells", () -> new TableRendering().with(r -> r.requestHeader = TableRendering.RequestHeader.MERGED_8));
        cases.put("三 header cut off", () -> new TableRendering().with(r -> r.requestHeader = TableRendering.RequestHeader.NONE));
        cases.put("spans written out, one table, titles as rows, blanks as —", () -> new TableRendering().with(r -> {
            r.spans = false; r.oneTable = true; r.titles = TableRendering.Titles.FIRST_ROW; r.blank = "—"; }));
        cases.put("titles as captions, blanks as －", () -> new TableRendering().with(r -> { r.titles = TableRendering.Titles.CAPTION; r.blank = "－"; }));
        cases.put("二 column labels cut", () -> new TableRendering().with(r -> r.proactiveHeader = TableRendering.ProactiveHeader.CUT));
        cases.put("Word, spans written out, traditional, GBK, nested", () -> new TableRendering().with(r -> {
            r.word = true; r.spans = false; r.label = TableRenderingsTest::traditional; r.gbk = true; r.nested = true; r.th = true; r.blank = "&nbsp;"; }));
        cases.put("ueditor, one table, (一) 1、, spaced, full-width", () -> new TableRendering().with(r -> {
            r.ueditor = true; r.oneTable = true; r.fullWidthValues = true;
            r.label = s -> spaced(s.replace('（', '(').replace('）', ')').replaceFirst("^([0-9])\\.", "$1、")); }));
        List<Arguments> out = new ArrayList<>();
        for (Edition edition : List.of(Edition.F2019, Edition.F2021)) {
            cases.forEach((name, rendering) -> out.add(Arguments.of(edition.code() + ": " + name, edition, rendering)));
        }
        return out.stream();
    }

    /** The markups the edge cases below are drawn in. */
    static Stream<Arguments> someRenderings() {
        return renderings().filter(a -> ((String) a.get()[0]).matches(".*: (form grid|Word export|spans written out, empty)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyCellOfTheSavedPageIsReadBackExactly(String name, Edition edition, Supplier<TableRendering> rendering) {
        TableFigures figures = TableFigures.of(edition);
        StandardTables.Result read = standard(DocumentText.read(rendering.get().page(figures), DocumentText.HTML));
        assertTrue(edition == read.edition(), name + ": edition " + read.edition());
        List<String> wrong = compare(figures.expected(), read.figures(), false, read.unmapped());
        read.unmapped().forEach(u -> wrong.add("flagged: " + u.reason() + " (" + u.text() + ")"));
        assertTrue(wrong.isEmpty(), name + ":\n" + String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someRenderings")
    void aLocalRowOfSectionTwoIsFlaggedNotRead(String name, Edition edition, Supplier<TableRendering> rendering) {
        StandardTables.Result read = standard(DocumentText.read(rendering.get().with(r -> r.extraProactiveRow = true).page(TableFigures.of(edition)),
                DocumentText.HTML));
        List<String> wrong = compare(TableFigures.of(edition).expected(), read.figures(), false, read.unmapped());
        assertTrue(wrong.isEmpty(), name + ":\n" + String.join("\n", wrong));
        assertTrue(read.unmapped().stream().allMatch(u -> u.provenance().tableRow().contains("其他主动公开文件")) && !read.unmapped().isEmpty(),
                name + ": " + read.unmapped());
    }

    /** Where a header the form prints is missing, a row may be left unread, but flagged, never read into a wrong cell. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("someRenderings")
    void withoutSectionTwoHeaderNothingIsReadWrong(String name, Edition edition, Supplier<TableRendering> rendering) {
        StandardTables.Result read = standard(DocumentText.read(rendering.get().with(r -> r.proactiveHeader = TableRendering.ProactiveHeader.NONE)
                .page(TableFigures.of(edition)), DocumentText.HTML));
        List<String> wrong = compare(TableFigures.of(edition).expected(), read.figures(), true, read.unmapped());
        assertTrue(wrong.isEmpty(), name + ":\n" + String.join("\n", wrong));
        assertTrue(read.figures().stream().noneMatch(f -> f.metric().startsWith("pro.")) && !read.unmapped().isEmpty(), name + ": " + read.unmapped());
    }

    /** The page's text as a browser copy (cells by tabs) and as page stores keep it (one cell a line), read as plain text. */
    @ParameterizedTest(name = "{0} as {3}")
    @MethodSource("pageTexts")
    void pageTextOfTheSavedPageIsReadBackExactly(String name, Edition edition, Supplier<TableRendering> rendering, String shape) {
        byte[] page = rendering.get().page(TableFigures.of(edition));
        String text = switch (shape) {
            case "tabs" -> browserCopy(page);
            case "lines" -> oneCellALine(page, true);
            default -> oneCellALine(page, false);
        };
        StandardTables.Result read = standard(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), DocumentText.PLAIN));
        boolean lossy = shape.equals("lines, blanks dropped") && rendering.get().blank.isEmpty();
        List<String> wrong = compare(TableFigures.of(edition).expected(), read.figures(), lossy, read.unmapped());
        if (!lossy) {
            read.unmapped().forEach(u -> wrong.add("flagged: " + u.reason() + " (" + u.text() + ")"));
        }
        assertTrue(wrong.isEmpty(), name + " as " + shape + ":\n" + String.join("\n", wrong) + "\n" + text);
    }

    static Stream<Arguments> pageTexts() {
        Map<String, Supplier<TableRendering>> cases = new LinkedHashMap<>();
        cases.put("form grid", TableRendering::new);
        cases.put("blanks as —", () -> new TableRendering().with(r -> r.blank = "—"));
        cases.put("traditional, numbering (一) 1、", () -> new TableRendering().with(r -> r.label = s -> traditional(s.replace('（', '(').replace('）', ')')
                .replaceFirst("^([0-9])\\.", "$1、"))));
        cases.put("spans written out, repeated", () -> new TableRendering().with(r -> { r.spans = false; r.repeatSpanned = true; }));
        cases.put("三 header merged into 8 cells", () -> new TableRendering().with(r -> r.requestHeader = TableRendering.RequestHeader.MERGED_8));
        List<Arguments> out = new ArrayList<>();
        for (Edition edition : List.of(Edition.F2019, Edition.F2021)) {
            for (String shape : List.of("tabs", "lines", "lines, blanks dropped")) {
                cases.forEach((name, rendering) -> out.add(Arguments.of(edition.code() + ": " + name, edition, rendering, shape)));
            }
        }
        return out.stream();
    }

    // ------------------------------------------------------------------ the legacy statistics table

    /** {label, unit (null: a heading), this year, cumulative, metric, the value read}: sums hold (23 = 5 + 18; 2 ≥ 1). */
    static final List<String[]> LEGACY = List.of(
            new String[] {"一、主动公开情况", null, "", "", null, null},
            new String[] {"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1,256", "9870", "pro.items", "1256"},
            new String[] {"其中：主动公开规范性文件数", "条", "12", "140", "pro.items.normative_docs", "12"},
            new String[] {"1.政府网站公开政府信息数", "条", "1180", "9012", "pro.channel.website", "1180"},
            new String[] {"2.政务微博公开政府信息数", "条", "", "320", "pro.channel.weibo", ""},
            new String[] {"三、依申请公开情况", null, "", "", null, null},
            new String[] {"（一）收到申请数", "件", "23", "300", "lreq.received", "23"},
            new String[] {"1.当面申请数", "件", "5", "100", "lreq.received.in_person", "5"},
            new String[] {"2.传真申请数", "件", "—", "3", "lreq.received.fax", ""},
            new String[] {"3.网络申请数", "件", "18", "197", "lreq.received.online", "18"},
            new String[] {"2.同意公开答复数", "件", "无", "150", "lreq.answered.granted", "0"},
            new String[] {"四、行政复议数量", "件", "2", "9", "lappeal.review", "2"},
            new String[] {"（一）维持具体行政行为数", "件", "1", "5", "lappeal.review.upheld", "1"},
            new String[] {"七、依申请公开信息收取的费用", "万元", "0", "0", "fee.request_fees", "0"});

    static Stream<Arguments> legacyRenderings() {
        Map<String, Supplier<TableRendering>> cases = new LinkedHashMap<>();
        cases.put("plain grid", TableRendering::new);
        cases.put("Word export", () -> new TableRendering().with(r -> r.word = true));
        cases.put("th headers, title row", () -> new TableRendering().with(r -> { r.th = true; r.titles = TableRendering.Titles.FIRST_ROW; }));
        cases.put("GBK, nested, blanks as &nbsp;", () -> new TableRendering().with(r -> { r.gbk = true; r.nested = true; r.blank = "&nbsp;"; }));
        cases.put("ueditor, traditional", () -> new TableRendering().with(r -> { r.ueditor = true; r.label = TableRenderingsTest::traditional; }));
        cases.put("spaced labels, full-width", () -> new TableRendering().with(r -> { r.fullWidthValues = true; r.label = s -> spaced(fullWidth(s)); }));
        cases.put("spans written out, repeated", () -> new TableRendering().with(r -> { r.spans = false; r.repeatSpanned = true; r.titles = TableRendering.Titles.FIRST_ROW; }));
        List<Arguments> out = new ArrayList<>();
        for (boolean cumulative : List.of(true, false)) {
            cases.forEach((name, rendering) -> out.add(Arguments.of((cumulative ? "指标名称|计量单位|本年度|历年累计: " : "统计指标|单位|统计数: ") + name,
                    cumulative, rendering)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyRenderings")
    void everyCellOfTheLegacyTableIsReadBackExactly(String name, boolean cumulative, Supplier<TableRendering> rendering) {
        DocumentText doc = DocumentText.read(rendering.get().legacyPage(LEGACY, cumulative), DocumentText.HTML);
        assertTrue(StandardTables.detectEdition(doc.tables()) == null, name + ": read as a standard table");
        LegacyTable.Result read = new LegacyTable(TestCatalogue.byCode()).read(doc.tables());
        Map<String, String> expected = new LinkedHashMap<>();
        LEGACY.stream().filter(r -> r[4] != null).forEach(r -> expected.put(r[4], r[5]));
        List<String> wrong = compare(expected, read.figures(), false, read.unmapped());
        read.unmapped().forEach(u -> wrong.add("flagged: " + u.reason() + " (" + u.text() + ")"));
        assertTrue(wrong.isEmpty(), name + ":\n" + String.join("\n", wrong));
    }

    /** The legacy table's page as text: a browser copy (tabs), one cell a line, one cell a line with the blank cells dropped. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("legacyTexts")
    void legacyPageTextIsReadBackExactly(String header, String shape) {
        byte[] page = new TableRendering().legacyPage(LEGACY, header.startsWith("指标名称"));
        String text = shape.equals("tabs") ? browserCopy(page) : oneCellALine(page, shape.equals("lines"));
        LegacyTable.Result read = new LegacyTable(TestCatalogue.byCode()).read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8),
                DocumentText.PLAIN).tables());
        Map<String, String> expected = new LinkedHashMap<>();
        LEGACY.stream().filter(r -> r[4] != null).forEach(r -> expected.put(r[4], r[5]));
        boolean lossy = !shape.equals("tabs");
        List<String> wrong = compare(expected, read.figures(), lossy, read.unmapped());
        if (!lossy) {
            read.unmapped().forEach(u -> wrong.add("flagged: " + u.reason() + " (" + u.text() + ")"));
        }
        assertTrue(wrong.isEmpty(), header + " as " + shape + ":\n" + String.join("\n", wrong) + "\n" + text);
    }

    static Stream<Arguments> legacyTexts() {
        List<Arguments> out = new ArrayList<>();
        for (String header : List.of("指标名称|计量单位|本年度|历年累计", "统计指标|单位|统计数")) {
            for (String shape : List.of("tabs", "lines", "lines, blanks dropped")) {
                out.add(Arguments.of(header, shape));
            }
        }
        return out.stream();
    }

    private static StandardTables.Result standard(DocumentText doc) {
        return new StandardTables(TestCatalogue.metrics()).read(doc.tables());
    }

    /**
     * What a reading got wrong: a value other than the written one (an invented 0 included), a cell the table does not
     * have, or a cell not read — allowed only where the rendering lost the information and the row is flagged (or the cell
     * is blank: not reporting a blank states nothing wrong).
     */
    static List<String> compare(Map<String, String> expected, List<Extracted> figures, boolean lossy, List<Unmapped> flagged) {
        List<String> wrong = new ArrayList<>();
        Map<String, Extracted> read = new LinkedHashMap<>();
        for (Extracted f : figures) {
            if (f.metric() == null || !expected.containsKey(f.metric())) {
                wrong.add("read a cell the table has not: " + f.metric() + " = " + f.value());
            } else if (read.put(f.metric(), f) != null) {
                wrong.add("read twice: " + f.metric());
            }
        }
        expected.forEach((metric, value) -> {
            Extracted f = read.get(metric);
            String want = value.isEmpty() ? "(blank)" : new BigDecimal(value).stripTrailingZeros().toPlainString();
            if (f == null) {
                // where the rendering lost cells, a row may go unread when it is flagged; a blank cell (nothing stated) may go unreported
                if (!lossy || flagged.isEmpty() && !value.isEmpty()) {
                    wrong.add(metric + ": not read, written " + want);
                }
                return;
            }
            String got = f.value() == null ? "(blank)" : f.value().stripTrailingZeros().toPlainString();
            if (!got.equals(want)) {
                wrong.add(metric + ": read " + got + ", written " + want);
            }
        });
        return wrong;
    }

    // ------------------------------------------------------------------ wording drift

    static String fullWidth(String label) {
        return label.replaceFirst("^([0-9])\\.", "$1．").chars().mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '０'))
                : String.valueOf((char) c)).reduce("", String::concat);
    }

    /** Short labels spaced out as Word users align them: 自 然 人, 总　计, 信 息 内 容 (after any numbering). */
    static String spaced(String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^((?:（[一二三四五六七]）)?)([^0-9（）]{2,4})$").matcher(label);
        if (!m.matches()) {
            return label;
        }
        String sep = m.group(2).length() == 2 ? "\u3000" : " ";
        return m.group(1) + String.join(sep, m.group(2).split(""));
    }

    private static final String SIMPLIFIED = "开处请数转结办关计总国险权类内务过执询现补确访举报诉复议无当获续应织业构为会门项许罚费规范废发强采购额减决实对维纠审经后级资条单万况";
    private static final String TRADITIONAL = "開處請數轉結辦關計總國險權類內務過執詢現補確訪舉報訴復議無當獲續應織業構為會門項許罰費規範廢發強採購額減決實對維糾審經後級資條單萬況";

    static String traditional(String label) {
        StringBuilder s = new StringBuilder();
        for (char c : label.toCharArray()) {
            int i = SIMPLIFIED.indexOf(c);
            s.append(i < 0 ? c : TRADITIONAL.charAt(i));
        }
        return s.toString();
    }

    static {
        if (SIMPLIFIED.length() != TRADITIONAL.length()) {
            throw new IllegalStateException("the character tables differ in length");
        }
    }

    /** The page's text with every written cell on a line of its own; blank cells as empty lines, or dropped. */
    static String oneCellALine(byte[] page, boolean keepBlanks) {
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        for (Element e : doc.body().select("p, td, th")) {
            if (e.tagName().equals("p") && e.closest("td") != null || !e.tagName().equals("p") && !e.select("table").isEmpty()) {
                continue;
            }
            if (!e.text().isBlank() || keepBlanks) {
                text.append(e.text().replace('\u00A0', ' ').strip()).append('\n');
            }
        }
        return text.toString();
    }

    /** The page's text as a browser copy gives it: a row a line, its written cells separated by tabs. */
    static String browserCopy(byte[] page) {
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        for (Element e : doc.body().select("p, tr")) {
            if (e.tagName().equals("p") && e.closest("td") == null) {
                text.append(e.text()).append('\n');
            } else if (e.tagName().equals("tr") && e.closest("table").select("table table").isEmpty()) {
                text.append(String.join("\t", e.children().stream().map(Element::text).toList())).append('\n');
            }
        }
        return text.toString();
    }
}
