package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Section 三 of the 2021 format as a machine's text extraction of a PDF leaves it: some labels run together above one
 * row of values, some rows of values with no label at all. A row is never given to the nearest label; it is placed by
 * its position only when the rows fit the format one for one and the identities still hold.
 */
class ScrambledRequestRowsTest {

    /** A made-up table whose identities hold: （七） = 6 + 1 + 0 + 1 + 2 + 3 = 13 (natural persons 5+1+1+2+3 = 12). */
    private static String table(String internalAffairsAndProcess, boolean withQueryRow, String processValues) {
        return "三、收到和处理政府信息公开申请情况\n"
                + "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                + "| 一、本年新收政府信息公开申请数量 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |\n"
                + "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
                + "| 三、本年度办理结果 （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n"
                + "| （二）部分公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
                + "| （三）不予公开 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + internalAffairsAndProcess.replace("PROCESS", processValues)
                + "|---|---|---|---|---|---|---|\n"
                + "| 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + (withQueryRow ? "| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n" : "")
                + "| （四）无法提供 1.本机关不掌握相关政府信息 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
                + "| 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| （五）不予处理 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                + "| （七）总计 | 12 | 1 | 0 | 0 | 0 | 0 | 13 |\n"
                + "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
    }

    /** Rows 5. and 6. of （三）: both labels above the first row of values, the second row with no label. */
    private static final String TWO_LABELS_THEN_TWO_ROWS = "5.属于三类内部事务信息\n6.属于四类过程性信息\n| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            + "|---|---|---|---|---|---|---|\n| PROCESS |\n";

    private static StandardTables.Result read(String text) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables());
    }

    private static Map<String, Extracted> byMetric(StandardTables.Result r) {
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void valuesAfterSeveralRowLabelsAreUnmappedWhenTheRowsDoNotFitTheFormat() {
        StandardTables.Result r = read(table(TWO_LABELS_THEN_TWO_ROWS, false, "2 | 0 | 0 | 0 | 0 | 0 | 2"));
        assertEquals(Edition.F2021, r.edition());
        Map<String, Extracted> f = byMetric(r);
        assertFalse(f.keySet().stream().anyMatch(m -> m.startsWith("req.denied.internal_affairs.") || m.startsWith("req.denied.process_info.")),
                "neither the first nor the last of the labels takes the values: " + f.keySet());
        assertEquals(new BigDecimal("3"), f.get("req.unavailable.not_held.total").value(), "rows named by their own label are read");
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().startsWith("the labels of several rows stand before these values")), r.unmapped().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().startsWith("values without a row label")), r.unmapped().toString());
        assertTrue(r.unmatchedLabels().stream().anyMatch(l -> l.startsWith("三: values without a row label")), "the draft's validation lists the row");
        assertTrue(r.unmatchedLabels().stream().anyMatch(l -> l.contains("5.属于三类内部事务信息")), r.unmatchedLabels().toString());
    }

    @Test
    void rowsWithoutTheirOwnLabelArePlacedInTheFormatsOrderWhenEveryRowFitsAndTheIdentitiesHold() {
        StandardTables.Result r = read(table(TWO_LABELS_THEN_TWO_ROWS, true, "2 | 0 | 0 | 0 | 0 | 0 | 2"));
        Map<String, Extracted> f = byMetric(r);
        assertEquals(new BigDecimal("1"), f.get("req.denied.internal_affairs.natural_person").value());
        assertEquals(new BigDecimal("1"), f.get("req.denied.internal_affairs.total").value());
        assertEquals(new BigDecimal("2"), f.get("req.denied.process_info.total").value());
        assertEquals(Confidence.LOW, f.get("req.denied.process_info.total").confidence());
        assertTrue(f.get("req.denied.process_info.total").note().contains("placed by its position"), f.get("req.denied.process_info.total").note());
        assertEquals(new BigDecimal("3"), f.get("req.unavailable.not_held.total").value());
        assertTrue(r.unmatchedLabels().isEmpty(), r.unmatchedLabels().toString());
    }

    @Test
    void aPlacementThatWouldBreakAnIdentityIsWithdrawn() {
        // 3 for the process-information row: （七） would then be 1 short of the handling rows (I2)
        StandardTables.Result r = read(table(TWO_LABELS_THEN_TWO_ROWS, true, "3 | 0 | 0 | 0 | 0 | 0 | 3"));
        Map<String, Extracted> f = byMetric(r);
        assertFalse(f.keySet().stream().anyMatch(m -> m.startsWith("req.denied.internal_affairs.") || m.startsWith("req.denied.process_info.")),
                f.keySet().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().contains("would break I2")), r.unmapped().toString());
        assertEquals(new BigDecimal("13"), f.get("req.total.total").value(), "the rows named by their labels stay read");
    }

    @Test
    void aPlacementNoIdentityConfirmsIsNotMade() {
        // the total row left blank: neither I1 nor I2 can be checked, so nothing confirms where the rows stand
        StandardTables.Result r = read(table(TWO_LABELS_THEN_TWO_ROWS, true, "2 | 0 | 0 | 0 | 0 | 0 | 2")
                .replace("| （七）总计 | 12 | 1 | 0 | 0 | 0 | 0 | 13 |", "| （七）总计 | - | - | - | - | - | - | - |"));
        Map<String, Extracted> f = byMetric(r);
        assertFalse(f.keySet().stream().anyMatch(m -> m.startsWith("req.denied.process_info.")), f.keySet().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().contains("no identity checkable that confirms them")), r.unmapped().toString());
    }

    @Test
    void whileARowCannotBeTakenApartThePlacementIsConfirmedByTheHandlingRowsAddingUpToTheTotal() {
        // a stray eighth number on the publications row: that row is not read, the others still add up to （七） exactly
        StandardTables.Result r = read(table(TWO_LABELS_THEN_TWO_ROWS, true, "2 | 0 | 0 | 0 | 0 | 0 | 2")
                .replace("| 3.要求提供公开出版物 | 0 |", "| 3.要求提供公开出版物 | 1 | 0 |"));
        Map<String, Extracted> f = byMetric(r);
        assertFalse(f.keySet().stream().anyMatch(m -> m.startsWith("req.not_processed.publication.")), f.keySet().toString());
        assertEquals(new BigDecimal("2"), f.get("req.denied.process_info.total").value());
        assertEquals(new BigDecimal("1"), f.get("req.denied.internal_affairs.total").value());
    }

    @Test
    void aLabelHoldingTwoItemNumbersOrTwoGroupsNamesSeveralRowsButAGroupWithItsItemDoesNot() {
        assertTrue(RequestRowOrder.namesSeveralRows("5.属于三类内部事务信 息 1.本机关不掌握相关政 府信息"));
        assertTrue(RequestRowOrder.namesSeveralRows("（一）予以公开 （二）部分公开"));
        assertFalse(RequestRowOrder.namesSeveralRows("三、本年度办理结果 （三）不予公开 1.属于国家秘密"));
        assertFalse(RequestRowOrder.namesSeveralRows("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
    }
}
