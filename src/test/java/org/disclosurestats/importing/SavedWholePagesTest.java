package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole report pages as government sites publish them (src/test/resources/importing/saved-pages): the report inside
 * navigation, breadcrumbs, a metadata block, sidebars linking other years' reports, share and print links, footers with
 * site codes and record numbers, hidden elements and scripts; Word-pasted tables; pages in GBK and Big5 bytes. Each page
 * is read as an import reads it (tables, then prose), and every figure read must be one the fixture states: each cell of
 * its tables, blanks included, and its prose figures. A number of the page around the report read as a figure, or a cell
 * read wrong, fails. The sums are written in a comment at the top of each page.
 */
class SavedWholePagesTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());
    private static final List<String> REQUEST_COLUMNS = List.of("natural_person", "commercial", "research", "public_interest",
            "legal_services", "other_org", "total");

    record Page(DocumentText doc, MetadataDetector.Metadata metadata, DocumentReader.Reading reading) {

        /** Every figure read, as metric → value ("." for a blank cell). */
        Map<String, String> figures() {
            Map<String, String> out = new TreeMap<>();
            for (Extracted f : reading.figures()) {
                out.put(f.metric(), f.status() == ObservationStatus.BLANK ? "." : f.value().toPlainString());
            }
            return out;
        }
    }

    static Page read(String resource) throws IOException {
        try (InputStream in = SavedWholePagesTest.class.getResourceAsStream("/importing/saved-pages/" + resource)) {
            DocumentText doc = DocumentText.read(in.readAllBytes(), DocumentText.HTML);
            MetadataDetector.Metadata meta = MetadataDetector.detect(doc, new MetadataDetector.Given(null, null, null, null, null, null),
                    (place, year) -> Optional.empty());
            ProseExtractor.Context context = new ProseExtractor.Context(meta.issuerName().value(), null, false, name -> Optional.empty(),
                    meta.year().value());
            return new Page(doc, meta, new DocumentReader(TestCatalogue.metrics(), LEXICON).read(doc, context));
        }
    }

    /**
     * The figures a page states, written as lines {@code metric: v v v} (a section 三 row of 7 columns, a section 四 row of 5
     * outcomes, or one value); "." is a blank cell.
     */
    static Map<String, String> stated(String lines) {
        Map<String, String> out = new TreeMap<>();
        for (String line : lines.strip().split("\n")) {
            String[] parts = line.strip().split(":\\s*", 2);
            String[] values = parts[1].strip().split("\\s+");
            if (values.length == 7) {
                for (int i = 0; i < 7; i++) {
                    out.put(parts[0] + "." + REQUEST_COLUMNS.get(i), values[i]);
                }
            } else if (values.length == 5) {
                List<String> outcomes = List.of("upheld", "corrected", "other", "pending", "total");
                for (int i = 0; i < 5; i++) {
                    out.put(parts[0] + "." + outcomes.get(i), values[i]);
                }
            } else {
                out.put(parts[0], values[0]);
            }
        }
        return out;
    }

    /** What differs between the figures read and those stated: "metric: read ≠ stated", one line each. */
    static List<String> differences(Map<String, String> read, Map<String, String> stated) {
        List<String> out = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(stated);
        read.keySet().forEach(k -> all.putIfAbsent(k, null));
        all.forEach((metric, value) -> {
            String got = read.get(metric);
            if (value == null ? got != null : !value.equals(got)) {
                out.add(metric + ": " + got + " ≠ " + value);
            }
        });
        return out;
    }

    /** The rows of section 三 both editions share; 2019 has one （六）其他处理 row, 2021 three. */
    private static final List<String> REQUEST_ROWS = List.of("req.new", "req.carried_over", "req.granted", "req.partly_granted",
            "req.denied.state_secret", "req.denied.prohibited_by_law", "req.denied.three_safeties", "req.denied.third_party",
            "req.denied.internal_affairs", "req.denied.process_info", "req.denied.enforcement_file", "req.denied.administrative_query",
            "req.unavailable.not_held", "req.unavailable.needs_creation", "req.unavailable.still_unclear", "req.not_processed.petition",
            "req.not_processed.repeated", "req.not_processed.publication", "req.not_processed.mass_repeated",
            "req.not_processed.reconfirmation", "req.total", "req.carried_forward");
    private static final List<String> REQUEST_ROWS_2019 = with(REQUEST_ROWS, "req.other_processing");
    private static final List<String> REQUEST_ROWS_2021 = with(REQUEST_ROWS, "req.other_processing.no_correction",
            "req.other_processing.unpaid_fee", "req.other_processing.other");

    private static List<String> with(List<String> rows, String... more) {
        List<String> out = new ArrayList<>(rows);
        out.addAll(List.of(more));
        return out;
    }

    /** The figures a page states (its figures file), its section 三 rows not written out being rows of seven zeros, as the pages write them. */
    static Map<String, String> stated(String resource, Edition edition) throws IOException {
        String lines;
        try (InputStream in = SavedWholePagesTest.class.getResourceAsStream("/importing/saved-pages/" + resource)) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^#.*\n", "");
        }
        StringBuilder all = new StringBuilder(lines);
        List<String> rows = edition == Edition.F2019 ? REQUEST_ROWS_2019 : edition == Edition.F2021 ? REQUEST_ROWS_2021 : List.of();
        for (String row : rows) {
            if (!lines.contains(row + ":")) {
                all.append(row).append(": 0 0 0 0 0 0 0\n");
            }
        }
        return stated(all.toString());
    }

    /**
     * Each page reads exactly the figures it states (listed beside it in {@code <page>.figures.txt}), for the year and issuer
     * its report's title names (issuers are kept in simplified characters), with no words of the page around the report left
     * in its text. The 2021 page: a CMS page with a hidden draft figure and a sidebar of other years' reports, Word-pasted
     * tables, section 三 cut in two. The 2019 page: an old layout-table site in GBK bytes that say gb2312, a local section 二.
     * The legacy page: Big5 bytes, a page title naming no report, a sidebar linking the 2012 report before the article. The
     * 2016 page: GBK bytes under a page that says utf-8.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gov-2021-trs.html               | F2021  | 2021 | 样例区人民政府
            gov-2019-gbk.html               | F2019  | 2019 | 样例市堃山区人力资源和社会保障局
            gov-2013-legacy-big5.html       | LEGACY | 2013 | 样例县审计局
            gov-2016-gbk-declared-utf8.html | LEGACY | 2016 | 样例县交通运输局
            """)
    void aWholeSavedPageReadsEveryFigureItStatesAndNothingOfThePageAroundIt(String page, Edition edition, int year, String issuer)
            throws IOException {
        Page p = read(page);
        assertEquals(edition, p.reading().edition());
        assertEquals(List.of(), differences(p.figures(), stated(page.replace(".html", ".figures.txt"), edition)));
        assertEquals(year, p.metadata().year().value());
        assertEquals(issuer, p.metadata().issuerName().value());
        assertEquals(List.of(), boilerplate(p.doc().text()));
    }

    private static DocumentText html(String page) {
        return DocumentText.read(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), DocumentText.HTML);
    }

    private static final String TABLE = "<table><tr><td>指标名称</td><td>计量单位</td><td>本年度</td></tr>"
            + "<tr><td>主动公开政府信息数</td><td>条</td><td>321</td></tr></table>";

    @Test
    void proseAndTablesInSiblingBlocksAreReadTogetherAndNeverCutApart() {
        // Word puts a landscape table into a section of its own beside the prose: the article holds both
        DocumentText doc = html("<body><div class=menu>首页 政务公开 联系我们 电话：0512-1234567</div><div class=content>"
                + "<div class=WordSection1><p>本机关2015年主动公开政府信息321条，全部通过政府网站发布。</p></div>"
                + "<div class=WordSection2>" + TABLE + "</div></div><div class=foot>网站标识码：3205000001</div></body>");
        assertEquals(1, doc.tables().size());
        assertTrue(doc.text().contains("全部通过政府网站发布") && doc.text().contains("主动公开政府信息数\t条\t321"), doc.text());
        assertFalse(doc.text().contains("网站标识码") || doc.text().contains("联系我们"), doc.text());
    }

    @Test
    void aPageWithoutSentencesOrFiguresIsReadWhole() {
        DocumentText doc = html("<body><div>样例县2015年政府信息公开工作年度报告</div><div>附件：年度报告（PDF）</div></body>");
        assertTrue(doc.text().contains("附件") && doc.text().contains("年度报告"), doc.text());
    }

    @Test
    void aReportThePageHidesUntilAClickIsStillRead() {
        DocumentText doc = html("<body><div class=nav>首页</div><div id=full style='display:none'>"
                + "<p>本机关2015年主动公开政府信息321条，全部通过政府网站发布。</p>" + TABLE + "</div></body>");
        assertEquals(1, doc.tables().size());
        assertTrue(doc.text().contains("全部通过政府网站发布"), doc.text());
    }

    @Test
    void theCharsetOfTheHttpTypeIsHonouredWhenThePageDeclaresNone() {
        String page = "<body><p>本局2013年主動公開政府信息1,024條，全部通過政府網站發布。</p></body>";
        byte[] big5 = page.getBytes(java.nio.charset.Charset.forName("Big5"));
        assertEquals("本局2013年主動公開政府信息1,024條，全部通過政府網站發布。", DocumentText.read(big5, "text/html; charset=Big5").text());
    }

    /** Words of the page around a report (metadata block, counters, footer, sidebar) found in the text read. */
    static List<String> boilerplate(String text) {
        return BOILERPLATE.stream().filter(text::contains).toList();
    }

    private static final List<String> BOILERPLATE = List.of("索引号", "浏览次数", "點擊數", "网站标识码", "網站標識碼", "ICP", "公网安备",
            "公網安備", "访客", "訪客", "访问者", "当前位置", "當前位置", "您现在的位置", "往年年报", "打印本页", "关闭窗口", "分享到",
            "2018年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告", "2012年政府信息公開工作年度報告", "上一篇", "9999", "999条", "版权所有", "阅读：888");
}
