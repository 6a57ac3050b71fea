package org.disclosurestats.importing;

import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Tables of the 2019 format as page text keeps them when a report page is copied or stored: a cell a line (followed by
 * a line "|", by a blank line, or ending in "|"), values on the lines after their label or run together with spaces
 * and tabs, headers repeated, group labels of section 三 on lines of their own.
 */
class PageTextTablesTest {

    /** Section 三, one cell a line with blank lines between; values of a row 5+0+0+0+0+1 = 6. */
    private static final String ONE_CELL_A_LINE = """
            三、收到和处理政府信息公开申请情况

            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）

            申请人情况

            自然人

            法人或其他组织

            总计

            商业企业

            科研机构

            社会公益组织

            法律服务机构

            其他

            一、本年新收政府信息公开申请数量

            5

            0

            0

            0

            0

            1

            6

            二、上年结转政府信息公开申请数量

            0 0 0 0 0 0 0

            三、本年度办理结果

            （一）予以公开

            3\t0\t0\t0\t0\t1\t4

            （三）不予公开

            1.属于国家秘密

            1 |
            0 |
            0 |
            0 |
            0 |
            0 |
            1 |

            2.其他法律行政法规禁止

            公开

            0 0 0 0 0 0 0

            （六）其他处理

            1 0 0 0 0 0 1

            （七）总计

            5 0 0 0 0 1 6

            四、结转下年度继续办理

            0 0 0 0 0 0

            四、政府信息公开行政复议、行政诉讼情况

            行政复议

            行政诉讼

            结果维持

            结果纠正

            其他结果

            尚未审结

            总计

            未经复议直接起诉

            复议后起诉

            1 0 0 0 1 0 0 0 0 0 1 0 0 0 1
            """;

    private static StandardTables.Result read(String text) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables());
    }

    private static Map<String, Extracted> byMetric(StandardTables.Result r) {
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void aRowLabelFollowedByItsValuesOnTheLinesAfterItIsOneRow() {
        StandardTables.Result r = read(ONE_CELL_A_LINE);
        assertEquals(Edition.F2019, r.edition());
        Map<String, Extracted> f = byMetric(r);
        assertEquals(new BigDecimal("5"), f.get("req.new.natural_person").value());
        assertEquals(new BigDecimal("1"), f.get("req.new.other_org").value());
        assertEquals(new BigDecimal("6"), f.get("req.new.total").value());
        assertEquals("自然人", f.get("req.new.natural_person").provenance().tableColumn());
        assertEquals("一、本年新收政府信息公开申请数量", f.get("req.new.total").provenance().tableRow());
    }

    @Test
    void valuesRunTogetherWithSpacesOrTabsOrEndingInABarAreCellsOfTheirRow() {
        Map<String, Extracted> f = byMetric(read(ONE_CELL_A_LINE));
        assertEquals(0, f.get("req.carried_over.total").value().signum());
        assertEquals(new BigDecimal("4"), f.get("req.granted.total").value());
        assertEquals(new BigDecimal("1"), f.get("req.granted.other_org").value());
        assertEquals(new BigDecimal("1"), f.get("req.denied.state_secret.natural_person").value());
        assertEquals(new BigDecimal("1"), f.get("req.denied.state_secret.total").value());
    }

    @Test
    void aGroupLabelOnALineOfItsOwnAndALabelWrappedOverTwoLinesStayWithTheirRow() {
        Map<String, Extracted> f = byMetric(read(ONE_CELL_A_LINE));
        assertTrue(f.get("req.denied.state_secret.total").provenance().tableRow().endsWith("1.属于国家秘密"));
        assertEquals(0, f.get("req.denied.prohibited_by_law.total").value().signum());
        assertEquals(new BigDecimal("1"), f.get("req.other_processing.total").value(), "the 2019 layout's single （六） row");
        assertEquals(new BigDecimal("6"), f.get("req.total.total").value());
    }

    @Test
    void aRowWhoseValuesCollapsedIsFlaggedNeverShifted() {
        StandardTables.Result r = read(ONE_CELL_A_LINE);
        assertTrue(r.figures().stream().noneMatch(x -> x.metric().startsWith("req.carried_forward.")), "six values for seven columns");
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().contains("结转下年度") && u.reason().contains("cannot be told apart")),
                r.unmapped().toString());
    }

    @Test
    void theFifteenValuesUnderTheAppealsHeaderAreSectionFour() {
        Map<String, Extracted> f = byMetric(read(ONE_CELL_A_LINE));
        assertEquals(new BigDecimal("1"), f.get("appeal.review.upheld").value());
        assertEquals(new BigDecimal("1"), f.get("appeal.review.total").value());
        assertEquals(new BigDecimal("1"), f.get("appeal.suit_after_review.upheld").value());
        assertEquals(new BigDecimal("1"), f.get("appeal.suit_after_review.total").value());
    }

    @Test
    void cellsEndingInABarWithHeaderNotesAndRowNotesAreReadByTheirLabelsWithoutTheNotes() {
        Map<String, Extracted> f = byMetric(read("""
                二、主动公开政府信息情况
                |
                第二十条第(一)项 | |||
                |
                信息内容 |
                本年新制作数量 |
                本年新公开数量 |
                对外公开总数量 |
                |
                规章(设区的市、自治州人民政府应提供相关数据) |
                0 |
                1 |
                2 |
                |
                第二十条第(五)项 | |||
                |
                信息内容 |
                上一年项目数量 (指2019年事项数) |
                本年增/减 (指2020年增加或减 少的事项 数,减用负 值表示,如 -8) |
                处理决定数量 (指2020年办 件量) |
                |
                行政许可 |
                12 |
                -3 |
                —— |
                """));
        assertEquals(new BigDecimal("2"), f.get("pro.rules.published_total").value());
        assertEquals(new BigDecimal("12"), f.get("pro.licensing.items_prev_year").value());
        assertEquals(new BigDecimal("-3"), f.get("pro.licensing.items_change").value());
        assertEquals(ObservationStatus.BLANK, f.get("pro.licensing.decisions").status());
        assertNull(f.get("pro.licensing.decisions").value());
    }

    @Test
    void aLegacyTableFlattenedOneCellALineKeepsItsUnitsAndReadsTheYearColumn() {
        LegacyTable.Result r = new LegacyTable(TestCatalogue.byCode()).read(DocumentText.plain("""
                指标名称
                |
                计量单位
                |
                本年度
                |
                历年累计
                |
                一、主动公开情况
                |
                （一）主动公开政府信息数
                |
                条
                |
                120
                |
                3000
                |
                七、依申请公开信息收取的费用
                |
                元
                |
                150
                |
                900
                |
                """).tables());
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("120"), f.get("pro.items").value());
        assertEquals("本年度", f.get("pro.items").provenance().tableColumn());
        assertEquals(0, new BigDecimal("0.015").compareTo(f.get("fee.request_fees").value()), "150 元 is 0.015 万元");
    }

    @Test
    void aCellLeftEmptyBetweenSeparatorLinesStaysBlankInItsColumn() {
        String barAfterEachCell = "一、本年新收政府信息公开申请数量\n|\n5\n|\n\n|\n0\n|\n0\n|\n0\n|\n\n|\n5\n|\n"
                + "二、上年结转政府信息公开申请数量\n|\n0\n|\n0\n|\n0\n|\n0\n|\n0\n|\n0\n|\n0\n|\n";
        String eachCellEndingInABar = "一、本年新收政府信息公开申请数量 |\n5 |\n|\n0 |\n0 |\n0 |\n|\n5 |\n|\n"
                + "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
        String blankLineBetweenCells = "一、本年新收政府信息公开申请数量\n\n5\n\n\n\n0\n\n0\n\n0\n\n\n\n5\n\n"
                + "二、上年结转政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n";
        for (String text : new String[] {barAfterEachCell, eachCellEndingInABar, blankLineBetweenCells}) {
            Map<String, Extracted> f = byMetric(read(text));
            assertEquals(ObservationStatus.BLANK, f.get("req.new.commercial").status(), text);
            assertEquals(ObservationStatus.BLANK, f.get("req.new.other_org").status(), text);
            assertEquals(new BigDecimal("5"), f.get("req.new.total").value(), text);
            assertEquals(0, f.get("req.carried_over.total").value().signum(), text);
        }
    }
}
