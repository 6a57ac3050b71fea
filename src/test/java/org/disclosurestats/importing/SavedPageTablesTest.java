package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * One small 2021 report as real sites deliver it: a Word-exported page (MsoNormal paragraphs, {@code <o:p>}, {@code &nbsp;},
 * full-width digits, labels broken with {@code <br>} or written one character a line, section 三 cut into two tables at a
 * page break, a spacer cell under 法人或其他组织, a CMS layout table around it all), and the same section 三 as page text
 * (a markdown table from a page store, a browser copy with tabs, traditional characters one cell a line). Every version
 * reads to the same cells. The figures add up (see the comment at the top of word-export-2021.html).
 */
class SavedPageTablesTest {

    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "public_interest", "legal_services",
            "other_org", "total");

    /** Section 三 as the fixtures state it, row by row, in the 7 columns (null: a blank cell, —, / or nothing). */
    static Map<String, String[]> requests() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        rows.put("req.new", new String[] {"10", "2", "0", "0", "1", "0", "13"});
        rows.put("req.carried_over", new String[] {"1", "0", null, null, "0", null, "1"});
        rows.put("req.granted", new String[] {"4", "1", "0", "0", "0", "0", "5"});
        rows.put("req.partly_granted", new String[] {"2", "0", "0", "0", "1", "0", "3"});
        for (String zero : List.of("req.denied.state_secret", "req.denied.prohibited_by_law")) {
            rows.put(zero, zeros());
        }
        rows.put("req.denied.three_safeties", new String[] {"1", "0", "0", "0", "0", "0", "1"});
        for (String zero : List.of("req.denied.third_party", "req.denied.internal_affairs", "req.denied.process_info",
                "req.denied.enforcement_file", "req.denied.administrative_query")) {
            rows.put(zero, zeros());
        }
        rows.put("req.unavailable.not_held", new String[] {"2", "1", "0", "0", "0", "0", "3"});
        rows.put("req.unavailable.needs_creation", zeros());
        rows.put("req.unavailable.still_unclear", zeros());
        rows.put("req.not_processed.petition", zeros());
        rows.put("req.not_processed.repeated", new String[] {"1", "0", "0", "0", "0", "0", "1"});
        for (String zero : List.of("req.not_processed.publication", "req.not_processed.mass_repeated", "req.not_processed.reconfirmation",
                "req.other_processing.no_correction", "req.other_processing.unpaid_fee", "req.other_processing.other")) {
            rows.put(zero, zeros());
        }
        rows.put("req.total", new String[] {"10", "2", "0", "0", "1", "0", "13"});
        rows.put("req.carried_forward", new String[] {"1", "0", "0", "0", "0", "0", "1"});
        return rows;
    }

    private static String[] zeros() {
        return new String[] {"0", "0", "0", "0", "0", "0", "0"};
    }

    /** Section 四: 行政复议 1+0+0+1 = 2, 未经复议直接起诉 0+1+0+0 = 1, 复议后起诉 all 0. */
    static Map<String, String> appeals() {
        Map<String, String> cells = new LinkedHashMap<>();
        String[] values = {"1", "0", "0", "1", "2", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0"};
        String[] rows = {"review", "suit_direct", "suit_after_review"};
        String[] columns = {"upheld", "corrected", "other", "pending", "total"};
        for (int i = 0; i < values.length; i++) {
            cells.put("appeal." + rows[i / 5] + "." + columns[i % 5], values[i]);
        }
        return cells;
    }

    static StandardTables.Result read(String resource, String mediaType) throws IOException {
        try (InputStream in = SavedPageTablesTest.class.getResourceAsStream("/importing/" + resource)) {
            DocumentText doc = DocumentText.read(in.readAllBytes(), mediaType);
            return new StandardTables(TestCatalogue.metrics()).read(doc.tables());
        }
    }

    /** Every cell of section 三 (and 四 when asked) that differs from the fixture's, as "metric: read ≠ stated". */
    static List<String> differences(StandardTables.Result r, boolean withAppeals) {
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        Map<String, String> expected = new LinkedHashMap<>();
        requests().forEach((row, values) -> {
            for (int c = 0; c < COLUMNS.size(); c++) {
                expected.put(row + "." + COLUMNS.get(c), values[c]);
            }
        });
        if (withAppeals) {
            expected.putAll(appeals());
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((metric, value) -> {
            Extracted read = f.get(metric);
            String got = read == null ? "(not read)" : read.status() == ObservationStatus.BLANK ? null : read.value().toPlainString();
            if (value == null ? got != null : !new BigDecimal(value).toPlainString().equals(got)) {
                wrong.add(metric + ": " + got + " ≠ " + value);
            }
        });
        return wrong.size() > 8 ? List.of(wrong.size() + " cells differ, first: " + wrong.subList(0, 8)) : wrong;
    }

    @Test
    void aWordExportedPageReadsEveryCellOfItsTablesWhereverItsMarkupSplitsThem() throws IOException {
        StandardTables.Result r = read("word-export-2021.html", DocumentText.HTML);
        assertEquals(Edition.F2021, r.edition());
        assertEquals(List.of(), differences(r, true));
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("0"), f.get("pro.rules.issued").value()); // written ０
        assertEquals(new BigDecimal("12"), f.get("pro.normative_docs.in_force").value());
        assertEquals(new BigDecimal("120"), f.get("pro.licensing.decisions").value());
        assertEquals(new BigDecimal("6"), f.get("pro.coercion.decisions").value());
        assertEquals(new BigDecimal("1.5"), f.get("pro.admin_fees.amount").value());
        assertEquals(List.of(), r.unmapped().stream().map(u -> u.provenance().tableRow() + ": " + u.reason()).toList());
    }

    @Test
    void aMarkdownTableFromAPageStoreWithSpannedCellsOnlyOnTheirFirstRowReadsEveryCell() throws IOException {
        StandardTables.Result r = read("page-text-2021-markdown.md", DocumentText.PLAIN);
        assertEquals(List.of(), differences(r, true));
    }

    @Test
    void aTableCopiedFromABrowserWithTabsReadsEveryCell() throws IOException {
        assertEquals(List.of(), differences(read("page-text-2021-tabs.txt", DocumentText.PLAIN), false));
    }

    @Test
    void aTraditionalCharacterPageWithOneCellALineReadsEveryCell() throws IOException {
        StandardTables.Result r = read("page-text-2021-traditional.txt", DocumentText.PLAIN);
        assertEquals(List.of(), differences(r, false));
        assertTrue(r.unmapped().isEmpty(), r.unmapped().toString());
    }

    private static StandardTables.Result readText(String text) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables());
    }

    @Test
    void aProactiveRowWhoseBlankCellsThePageStoreDroppedIsFlaggedNotReadUnderTheWrongColumn() {
        StandardTables.Result r = readText("""
                二、主动公开政府信息情况
                第二十条第（一）项
                信息内容 本年制发件数 本年废止件数 现行有效件数
                规章 0 0 2
                行政规范性文件 3 12
                """);
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("2"), f.get("pro.rules.in_force").value());
        assertTrue(f.keySet().stream().noneMatch(m -> m.startsWith("pro.normative_docs.")), f.keySet().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> "行政规范性文件".equals(u.provenance().tableRow())
                && u.reason().contains("cannot be told apart")), r.unmapped().toString());
    }

    /**
     * Provinces word the rows a little differently: an item numbered like a group, a colon after the group label, a
     * row that is no row of the format (不是《条例》所指的政府信息) — which is reported, never given to a neighbour.
     */
    @Test
    void rowsWordedALittleDifferentlyFindTheirRowAndARowOfNoFormatIsReportedNotPlaced() {
        StandardTables.Result r = readText("""
                一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3
                三、本年度办理结果：
                （四）无法提供
                （一）本机关不掌握相关政府信息 1 0 0 0 0 0 1
                （二）不是《条例》所指的政府信息 2 0 0 0 0 0 2
                3、补正后申请内容仍不明确 0 0 0 0 0 0 0
                （七）总计 3 0 0 0 0 0 3
                """);
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("1"), f.get("req.unavailable.not_held.total").value());
        assertEquals(new BigDecimal("0"), f.get("req.unavailable.still_unclear.natural_person").value());
        assertEquals(new BigDecimal("3"), f.get("req.total.total").value());
        assertTrue(f.keySet().stream().noneMatch(m -> m.startsWith("req.unavailable.needs_creation.")), f.keySet().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().contains("不是《条例》所指")), r.unmapped().toString());
    }

    @Test
    void aTotalColumnLeftBlankIsBlankInEveryRowAndNeverZero() {
        StandardTables.Result r = readText("""
                | 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 |  |
                | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 |  |
                | 三、本年度办理结果 | （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 |  |
                """);
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(ObservationStatus.BLANK, f.get("req.new.total").status());
        assertEquals(ObservationStatus.BLANK, f.get("req.granted.total").status());
        assertEquals(new BigDecimal("1"), f.get("req.granted.commercial").value());
    }

    /** Traditional characters, one cell a line, a one-column header written on one line, then section 四 in the same text. */
    @Test
    void aTraditionalCharacterSectionTwoWithOneLineHeadersIsReadAndSectionFourIsNoRowOfIt() {
        StandardTables.Result r = readText("""
                二、主動公開政府信息情況
                第二十條第（一）項
                信息內容 本年製發件數 本年廢止件數 現行有效件數
                規章
                0
                0
                2
                行政規範性文件
                3
                1
                12
                第二十條第（五）項
                信息內容 本年處理決定數量
                行政許可
                120
                第二十條第（八）項
                信息內容
                本年收費金額（單位：萬元）
                行政事業性收費
                1.5
                四、政府信息公開行政復議、行政訴訟情況
                行政復議 行政訴訟
                結果維持 結果糾正 其他結果 尚未審結 總計 未經復議直接起訴 復議後起訴
                結果維持 結果糾正 其他結果 尚未審結 總計 結果維持 結果糾正 其他結果 尚未審結 總計
                1 0 0 1 2 0 1 0 0 1 0 0 0 0 0
                """);
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("12"), f.get("pro.normative_docs.in_force").value());
        assertEquals(new BigDecimal("120"), f.get("pro.licensing.decisions").value());
        assertEquals(new BigDecimal("1.5"), f.get("pro.admin_fees.amount").value());
        assertEquals(new BigDecimal("2"), f.get("appeal.review.total").value());
        assertEquals(23, r.figures().size());
        assertEquals(List.of(), r.unmapped());
    }

    /** A label wrapped in page text, its last words on the line of the values: 1 + 0 + 0 + 0 + 0 + 0 = 1. */
    @Test
    void aLabelWrappedOverTwoLinesWithTheValuesOnItsLastLineFindsItsRow() {
        StandardTables.Result r = readText("""
                一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
                （三）不予公开
                2.其他法律行政法规禁止
                公开\t1\t0\t0\t0\t0\t0\t1
                5.属于三类内部事务
                信息\t0\t0\t0\t0\t0\t0\t0
                （七）总计\t3\t0\t0\t0\t0\t0\t3
                逾期不补正
                """);
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("1"), f.get("req.denied.prohibited_by_law.total").value());
        assertEquals("2.其他法律行政法规禁止 公开", f.get("req.denied.prohibited_by_law.total").provenance().tableRow());
        assertEquals(new BigDecimal("0"), f.get("req.denied.internal_affairs.natural_person").value());
        assertEquals(List.of(), r.unmapped());
    }

    /**
     * A table copied from a browser when its cells hold several paragraphs: a row's cells are tab-separated but a cell's
     * paragraphs break the row over lines (信息内容 | 本年制发 / 件数 | 本年废止 / …). Header cells and labels are joined
     * again; 3 + 0 + … = 3 in every row of section 三.
     */
    @Test
    void aBrowserCopyWhoseCellsBreakOverLinesIsReadRowByRow() {
        StandardTables.Result r = readText("""
                二、主动公开政府信息情况
                第二十条第（一）项
                信息内容\t本年制发
                件数\t本年废止
                件数\t现行有效
                件数
                规章\t0\t0\t2
                行政规范性
                文件\t3\t1\t12
                第二十条第（五）项
                信息内容\t本年处理决定
                数量
                行政许可\t120
                三、收到和处理政府信息公开申请情况
                （本列数据的勾稽关系为：第一项加第二项之和，
                等于第三项加第四项之和）\t申请人情况
                自然人\t法人或其他组织\t总计
                商业
                企业\t科研
                机构\t社会公益
                组织\t法律服务
                机构\t其他
                一、本年新收政府信息
                公开申请数量\t3\t0\t0\t0\t0\t0\t3
                三、本年
                度办理
                结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3
                （七）总计\t3\t0\t0\t0\t0\t0\t3
                四、结转下年度继续
                办理\t0\t0\t0\t0\t0\t0\t0
                逾期不补正
                """);
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("2"), f.get("pro.rules.in_force").value());
        assertEquals(new BigDecimal("1"), f.get("pro.normative_docs.repealed").value());
        assertEquals(new BigDecimal("120"), f.get("pro.licensing.decisions").value());
        assertEquals(new BigDecimal("3"), f.get("req.new.total").value());
        assertEquals(new BigDecimal("3"), f.get("req.granted.natural_person").value());
        assertEquals(new BigDecimal("0"), f.get("req.carried_forward.total").value());
        assertEquals(35, r.figures().size());
        assertEquals(List.of(), r.unmapped());
    }
}
