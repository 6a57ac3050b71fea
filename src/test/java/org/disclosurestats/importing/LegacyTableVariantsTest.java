package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * The legacy statistics table as real documents render it: Word-exported HTML, page text flattened in several ways,
 * columns in other orders, and labels in the words of the national layout and of the older local tables, in simplified
 * and traditional characters. Each fixture is a few rows of the national layout (统计指标 | 单位 | 统计数) or of a
 * 2008–2013 local table (指标名称 | 计量单位 | 2013年度 | 历年累计).
 */
class LegacyTableVariantsTest {

    static LegacyTable.Result read(String body, String mediaType) {
        return new LegacyTable(TestCatalogue.byCode()).read(DocumentText.read(body.getBytes(StandardCharsets.UTF_8), mediaType).tables());
    }

    static Map<String, Extracted> figures(LegacyTable.Result r) {
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    static Map<String, Extracted> text(String text) {
        return figures(read(text, DocumentText.PLAIN));
    }

    static BigDecimal value(Map<String, Extracted> f, String metric) {
        assertTrue(f.containsKey(metric), metric + " not read; read: " + f.keySet());
        return f.get(metric).value();
    }

    // ------------------------------------------------------------------ 1. HTML from a government CMS

    private static String td(String text) {
        return "<td><p class=MsoNormal><span style='font-size:10.5pt'>" + text + "</span></p></td>";
    }

    private static final String WORD_HTML = "<html><body><div class=Section1><table class=MsoNormalTable border=1>"
            + "<tr><td colspan=4><p class=MsoNormal align=center><span>2015年政府信息公开情况统计表</span></p></td></tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>统&nbsp;计&nbsp;指&nbsp;标</span></p></td>" + td("单　位") + td("统计数") + "</tr>"
            + "<tr><td colspan=4><p class=MsoNormal><b><span>一、主动公开情况</span></b></p></td></tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>（一）主动公开政府信息数</span></p><p class=MsoNormal><span>（不同渠道和方式公开相同信息计1条）</span></p></td>"
            + td("条") + td("1,204") + "</tr>"
            + "<tr><td rowspan=2>" + "<p class=MsoNormal><span>其中：</span></p></td>" + td("主动公开规范性文件数") + td("条") + td("12") + "</tr>"
            + "<tr>" + td("制发规范性文件总数") + td("件") + td("&nbsp;") + "</tr>"
            + "<tr><td rowspan=3><p class=MsoNormal><span>三、依申请公开情况</span></p></td>" + td("（一）收到申请数") + td("件") + td("9") + "</tr>"
            + "<tr>" + td("1.当面申请数") + td("件") + td("无") + "</tr>"
            + "<tr>" + td("3.网络申请数") + td("件") + td("—") + "</tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>四、行政复议数量</span></p></td>" + td("件") + td("2") + "</tr>"
            + "<tr><td rowspan=2><p class=MsoNormal><span>&nbsp;</span></p></td>" + td("（一）维持具体行政行为数") + td("件") + td("1") + "</tr>"
            + "<tr>" + td("（二）被依法纠错数") + td("件") + td("1") + "</tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>五、行政诉讼数量</span></p></td>" + td("件") + td("0") + "</tr>"
            + "<tr><td rowspan=1>" + "<p class=MsoNormal><span>&nbsp;</span></p></td>" + td("（二）被依法纠错数") + td("件") + td("/") + "</tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>七、依申请公开信息收取的费用</span></p></td>" + td("万元") + td("0.15") + "</tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）</span></p></td>"
            + td("万元") + td("3.5") + "</tr>"
            + "<tr><td colspan=2><p class=MsoNormal><span>（三）接受培训人员数</span></p></td>" + td("人次") + td("45") + "</tr>"
            + "</table></div></body></html>";

    @Test
    void wordExportedHtmlIsReadWithItsSpansSpacesAndSplitLabels() {
        Map<String, Extracted> f = figures(read(WORD_HTML, DocumentText.HTML));
        assertEquals(new BigDecimal("1204"), value(f, "pro.items"));
        assertEquals(new BigDecimal("12"), value(f, "pro.items.normative_docs"), "the item beside a rowspan 其中： cell");
        assertEquals(new BigDecimal("9"), value(f, "lreq.received"), "the item beside a rowspan section head");
        assertEquals("统计数", f.get("lreq.received").provenance().tableColumn());
        assertEquals(new BigDecimal("0.15"), value(f, "fee.request_fees"));
        assertEquals(new BigDecimal("3.5"), value(f, "cap.budget"));
        assertEquals(new BigDecimal("45"), value(f, "cap.trainees"));
        assertEquals(new BigDecimal("2"), value(f, "lappeal.review"));
        assertEquals(new BigDecimal("1"), value(f, "lappeal.review.corrected"), "被依法纠错 under 行政复议");
        assertEquals(0, value(f, "lappeal.suit").signum());
    }

    @Test
    void blankDashAndSlashAreNotReportedWhile无AndZeroAreStatedZeros() {
        Map<String, Extracted> f = figures(read(WORD_HTML, DocumentText.HTML));
        assertEquals(ObservationStatus.BLANK, f.get("pro.normative_docs.issued_total").status(), "&nbsp;");
        assertEquals(ObservationStatus.BLANK, f.get("lreq.received.online").status(), "—");
        assertEquals(ObservationStatus.BLANK, f.get("lappeal.suit.corrected").status(), "/ under 行政诉讼");
        assertNull(f.get("lappeal.suit.corrected").value());
        assertEquals(0, value(f, "lreq.received.in_person").signum(), "无");
        assertEquals(ObservationStatus.REPORTED, f.get("lreq.received.in_person").status());
    }

    private static final String TRADITIONAL_HTML = "<html><body><table>"
            + "<tr><td>指標名稱</td><td>計量單位</td><td>2013年度</td><td>歷年累計</td></tr>"
            + "<tr><td>一、主動公開政府信息數</td><td>條</td><td>88</td><td>900</td></tr>"
            + "<tr><td>二、受理依申請公開信息總數</td><td>件</td><td>3</td><td>40</td></tr>"
            + "<tr><td>其中：1.當面申請數</td><td>件</td><td>1</td><td>10</td></tr>"
            + "<tr><td>2.電子郵件申請數</td><td>件</td><td>2</td><td>30</td></tr>"
            + "<tr><td>三、行政復議數量</td><td>件</td><td>0</td><td>1</td></tr>"
            + "<tr><td>四、依申請公開信息收取的費用</td><td>元</td><td>50</td><td>500</td></tr>"
            + "</table></body></html>";

    @Test
    void traditionalCharactersReadLikeSimplifiedOnes() {
        Map<String, Extracted> f = figures(read(TRADITIONAL_HTML, DocumentText.HTML));
        assertEquals(new BigDecimal("88"), value(f, "pro.items"));
        assertEquals(new BigDecimal("3"), value(f, "lreq.received"));
        assertEquals(new BigDecimal("1"), value(f, "lreq.received.in_person"));
        assertEquals(new BigDecimal("2"), value(f, "lreq.received.email"));
        assertEquals(0, value(f, "lappeal.review").signum());
        assertEquals(new BigDecimal("0.005"), value(f, "fee.request_fees"), "50 元 in 万元, by the unit rule");
    }

    @Test
    void aGroupColumnTheHeaderDoesNotSpanLeavesTheHeaderOverTheLastCells() {
        Map<String, Extracted> f = figures(read("<html><body><table>"
                + "<tr><td>指标名称</td><td>计量单位</td><td>2013年度</td><td>历年累计</td></tr>"
                + "<tr><td rowspan=3>二、依申请公开情况</td><td>受理申请总数</td><td>件</td><td>5</td><td>20</td></tr>"
                + "<tr><td>当面申请数</td><td></td><td></td><td>4</td></tr>"
                + "<tr><td>网上申请数</td><td>件</td><td>5</td><td>16</td></tr>"
                + "</table></body></html>", DocumentText.HTML));
        assertEquals(new BigDecimal("5"), value(f, "lreq.received"));
        assertEquals(ObservationStatus.BLANK, f.get("lreq.received.in_person").status(), "the 4 stands under 历年累计");
        assertEquals(new BigDecimal("5"), value(f, "lreq.received.online"));
        assertEquals("受理申请总数", f.get("lreq.received").provenance().tableRow().replace("二、依申请公开情况 ", ""));
    }

    // ------------------------------------------------------------------ 2. page text

    @Test
    void pipeAndTabSeparatedRowsKeepTheirBlankCellsInPlace() {
        for (String sep : new String[] {" | ", "\t"}) {
            String table = String.join("\n",
                    String.join(sep, "指标名称", "计量单位", "2013年度", "历年累计"),
                    String.join(sep, "一、主动公开信息数", "条", "56", "1200"),
                    String.join(sep, "二、依申请公开信息总数", "件", "4", "31"),
                    String.join(sep, "其中：1.当面申请数", "件", "", "6"),
                    String.join(sep, "2.网上申请数", "件", "4", "25"));
            Map<String, Extracted> f = text((sep.equals("\t") ? "" : "| ") + table.replace("\n", sep.equals("\t") ? "\n" : " |\n| ") + (sep.equals("\t") ? "" : " |"));
            assertEquals(new BigDecimal("56"), value(f, "pro.items"), sep);
            assertEquals(new BigDecimal("4"), value(f, "lreq.received"), sep);
            assertEquals(ObservationStatus.BLANK, f.get("lreq.received.in_person").status(), "the blank year cell stays blank, the 6 is cumulative");
            assertEquals(new BigDecimal("4"), value(f, "lreq.received.online"), sep);
        }
    }

    @Test
    void oneCellALineWithBlankLinesBetweenCellsIsRebuiltIntoRows() {
        Map<String, Extracted> f = text("""
                统计指标

                单位

                统计数

                （一）收到申请数

                件

                7

                1.当面申请数

                件

                无

                2.传真申请数

                件

                0
                """);
        assertEquals(new BigDecimal("7"), value(f, "lreq.received"));
        assertEquals(0, value(f, "lreq.received.in_person").signum(), "无 on a line of its own is a stated zero");
        assertEquals(0, value(f, "lreq.received.fax").signum());
    }

    @Test
    void traditionalPageTextOneCellALineIsReadToo() {
        Map<String, Extracted> f = text("""
                統計指標
                |
                單位
                |
                統計數
                |
                （一）主動公開政府信息數
                |
                條
                |
                88
                |
                （一）收到申請數
                |
                件
                |
                無
                |
                4.不同意公開答復數
                |
                件
                |
                —
                |
                七、依申請公開信息收取的費用
                |
                萬元
                |
                0.5
                |
                """);
        assertEquals(new BigDecimal("88"), value(f, "pro.items"));
        assertEquals(0, value(f, "lreq.received").signum(), "無 is a stated zero");
        assertEquals(ObservationStatus.BLANK, f.get("lreq.answered.denied").status());
        assertEquals(new BigDecimal("0.5"), value(f, "fee.request_fees"));
    }

    @Test
    void cellsSeparatedBySpacesAreRead() {
        Map<String, Extracted> f = text("""
                指标名称 计量单位 本年度 历年累计
                主动公开政府信息数 条 320 4,100
                收到申请数 件 5 60
                （三）申请答复数 件 5 58
                2.同意公开答复数 件 4 50
                """);
        assertEquals(new BigDecimal("320"), value(f, "pro.items"));
        assertEquals(new BigDecimal("5"), value(f, "lreq.answered"));
        assertEquals(new BigDecimal("4"), value(f, "lreq.answered.granted"));
    }

    @Test
    void aRowWhoseBlankCellWasCollapsedIsFlaggedNeverShifted() {
        LegacyTable.Result r = read("""
                指标名称  计量单位  本年度  历年累计
                收到申请数  件  5  60
                当面申请数  件  12
                """, DocumentText.PLAIN);
        assertEquals(new BigDecimal("5"), value(figures(r), "lreq.received"));
        assertFalse(figures(r).containsKey("lreq.received.in_person"), "12 may be the year's or the cumulative figure");
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().equals("当面申请数") && u.reason().contains("cannot be told apart")),
                r.unmapped().toString());
    }

    // ------------------------------------------------------------------ 4. column order

    @Test
    void theCumulativeColumnMayComeFirst() {
        Map<String, Extracted> f = text("""
                指标名称\t计量单位\t历年累计\t2014年度
                主动公开政府信息数\t条\t5000\t300
                收到申请数\t件\t80\t6
                """);
        assertEquals(new BigDecimal("300"), value(f, "pro.items"));
        assertEquals(new BigDecimal("6"), value(f, "lreq.received"));
        assertEquals("2014年度", f.get("pro.items").provenance().tableColumn());
    }

    @Test
    void aPreviousYearOrComparisonColumnIsNeverReadAsTheYear() {
        Map<String, Extracted> f = text("""
                统计指标 | 单位 | 上年数 | 本年数 | 同比增减
                主动公开政府信息数 | 条 | 250 | 300 | 20%
                收到申请数 | 件 | 9 | 6 | -33.3%
                """);
        assertEquals(new BigDecimal("300"), value(f, "pro.items"));
        assertEquals(new BigDecimal("6"), value(f, "lreq.received"));
        Map<String, Extracted> g = text("""
                指标名称\t单位\t2013年\t2014年
                主动公开政府信息数\t条\t250\t300
                """);
        assertEquals(new BigDecimal("300"), value(g, "pro.items"), "of two years, the later is the report's");
    }

    @Test
    void aNoteColumnIsLeftAlone() {
        Map<String, Extracted> f = text("""
                指标名称 | 计量单位 | 本年度 | 历年累计 | 备注
                主动公开信息数 | 条 | 77 | 900 | 含政府网站公开
                收到申请数 | 件 | 2 | 20 |
                """);
        assertEquals(new BigDecimal("77"), value(f, "pro.items"));
        assertEquals(new BigDecimal("2"), value(f, "lreq.received"));
    }

    @Test
    void withoutAUnitColumnTheUnitInTheLabelIsKept() {
        Map<String, Extracted> f = text("""
                统计指标 | 统计数
                主动公开政府信息数（条） | 300
                依申请公开信息收取的费用（元） | 200
                政府信息公开专项经费（单位：万元） | 2
                """);
        assertEquals(new BigDecimal("300"), value(f, "pro.items"));
        assertEquals(new BigDecimal("0.02"), value(f, "fee.request_fees"), "200 元 in 万元");
        assertEquals(new BigDecimal("2"), value(f, "cap.budget"));
    }

    // ------------------------------------------------------------------ 5. labels

    @Test
    void labelsOfTheLocalTablesNameTheLegacyMetrics() {
        Map<String, Extracted> f = text("""
                指标名称 | 计量单位 | 本年度 | 历年累计
                主动公开信息条数 | 条 | 10 | 100
                受理申请总数 | 件 | 11 | 110
                其中：当面申请 | 件 | 1 | 10
                ⑵网络申请数 | 件 | 2 | 20
                电子邮件申请数 | 件 | 3 | 30
                （4）信函申请数量 | 件 | 4 | 40
                其他形式申请 | 件 | 1 | 10
                同意公开数 | 件 | 5 | 50
                部分同意公开数 | 件 | 1 | 10
                否决公开答复数 | 件 | 2 | 20
                其中：①涉及商业秘密 | 件 | 1 | 5
                ②不是《条例》所指的政府信息 | 件 | 1 | 6
                行政复议案件数 | 件 | 1 | 3
                行政诉讼数量 | 件 | 0 | 1
                行政申诉数 | 件 | 0 | 0
                举报投诉数量 | 件 | 2 | 4
                其中：全文电子化的信息数 | 条 | 9 | 90
                政府信息公开工作专门机构数 | 个 | 1 | 1
                从事政府信息公开工作人员数 | 人 | 3 | 3
                召开政府信息公开工作会议或专题会议数 | 次 | 2 | 8
                举办各类培训班数 | 次 | 1 | 4
                """);
        String[][] expected = {{"pro.items", "10"}, {"lreq.received", "11"}, {"lreq.received.in_person", "1"}, {"lreq.received.online", "2"},
                {"lreq.received.email", "3"}, {"lreq.received.letter", "4"}, {"lreq.received.other", "1"}, {"lreq.answered.granted", "5"},
                {"lreq.answered.partly_granted", "1"}, {"lreq.answered.denied", "2"}, {"lreq.answered.denied.commercial_secret", "1"},
                {"lreq.answered.denied.not_government_info", "1"}, {"lappeal.review", "1"}, {"lappeal.suit", "0"}, {"lappeal.complaint", "0"},
                {"complaints.reports", "2"}, {"pro.items.full_text", "9"}, {"cap.offices", "1"}, {"cap.staff", "3"}, {"cap.meetings", "2"},
                {"cap.training_sessions", "1"}};
        for (String[] e : expected) {
            assertEquals(0, new BigDecimal(e[1]).compareTo(value(f, e[0])), e[0]);
        }
        assertEquals(expected.length, f.size(), "no row read twice or into another metric: " + f.keySet());
    }

    @Test
    void channelsWrittenInAWordNameTheirMetricOnlyRightUnderTheRequestsReceived() {
        LegacyTable.Result r = read("""
                指标名称 | 计量单位 | 本年度 | 历年累计
                受理申请总数 | 件 | 6 | 60
                当面 | 件 | 1 | 10
                传真 | 件 | 0 | 2
                网上 | 件 | 3 | 30
                其他 | 件 | 2 | 18
                对申请的答复总数 | 件 | 6 | 60
                否决公开答复数 | 件 | 1 | 3
                其中：涉及个人隐私 | 件 | 1 | 1
                其他 | 件 | 0 | 2
                属于已主动公开范围数 | 件 | 2 | 9
                其他 | 件 | 3 | 11
                """, DocumentText.PLAIN);
        Map<String, Extracted> f = figures(r);
        assertEquals(new BigDecimal("1"), value(f, "lreq.received.in_person"));
        assertEquals(0, value(f, "lreq.received.fax").signum());
        assertEquals(new BigDecimal("3"), value(f, "lreq.received.online"));
        assertEquals(new BigDecimal("2"), value(f, "lreq.received.other"));
        assertEquals(0, value(f, "lreq.answered.denied.other_legal").signum(), "其他 among the reasons of a denial");
        assertTrue(r.unmapped().stream().anyMatch(u -> u.text().equals("3") && u.provenance().tableRow().equals("其他")),
                "其他 under no parent row names nothing: " + r.unmapped());
    }

    @Test
    void wordsBeforeAKnownLabelNameItOnlyWhenTheySayWhoseFigureItIs() {
        Map<String, Extracted> f = text("""
                统计指标 | 单位 | 本年累计
                全市收到申请数 | 件 | 40
                不予同意公开答复数 | 件 | 2
                """);
        assertEquals(new BigDecimal("40"), value(f, "lreq.received"), "本年累计 is the year's column");
        assertFalse(f.containsKey("lreq.answered.granted"), "不予同意公开 is no 同意公开");
    }

    @Test
    void aRowWhoseLabelNamesNoMetricIsUnmappedWithItsCell() {
        LegacyTable.Result r = read("""
                统计指标 | 单位 | 统计数
                主动公开政府信息数 | 条 | 40
                其中：主动公开部门文件数 | 条 | 12
                """, DocumentText.PLAIN);
        assertEquals(1, r.figures().size());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.text().equals("12") && u.provenance().tableRow().equals("其中：主动公开部门文件数")
                && u.provenance().tableColumn().equals("统计数")), r.unmapped().toString());
    }

    @Test
    void everyLabelOfTheVocabularyNamesALegacyMetricOfTheCatalogue() {
        for (String metric : LegacyRowLabels.metrics()) {
            assertTrue(TestCatalogue.byCode().containsKey(metric), metric + " is not in the catalogue");
            assertTrue(TestCatalogue.byCode().get(metric).belongsTo(org.disclosurestats.domain.Edition.LEGACY), metric + " is not a legacy metric");
        }
    }
}
