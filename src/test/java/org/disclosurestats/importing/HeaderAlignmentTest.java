package org.disclosurestats.importing;

import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/** Value columns are told from the data rows, so spacer cells and header spans that do not line up shift nothing. */
class HeaderAlignmentTest {

    private static final String HEADER = """
            <tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=8>申请人情况</td></tr>
            <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2 colspan=2>总计</td></tr>
            <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
            """;

    private static StandardTables.Result read(String rows) {
        String html = "<table>" + HEADER + rows + "</table><table><tr><td>信息内容</td><td>本年制发件数</td></tr></table>";
        DocumentText doc = DocumentText.read(html.getBytes(StandardCharsets.UTF_8), DocumentText.HTML);
        return new StandardTables(TestCatalogue.metrics()).read(doc.tables());
    }

    private static Map<String, Extracted> byMetric(StandardTables.Result r) {
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void anEmptySpacerUnderATwoColumnHeaderShiftsNoValue() {
        Map<String, Extracted> f = byMetric(read("""
                <tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>2</td><td>7</td><td></td></tr>
                <tr><td colspan=3>二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td></td></tr>
                """));
        assertEquals(new BigDecimal("4"), f.get("req.new.natural_person").value());
        assertEquals(new BigDecimal("2"), f.get("req.new.other_org").value());
        assertEquals(new BigDecimal("7"), f.get("req.new.total").value());
        assertEquals("一、本年新收政府信息公开申请数量", f.get("req.new.total").provenance().tableRow());
    }

    @Test
    void aRowWhoseValuesDoNotFitTheColumnsIsFlaggedNotShifted() {
        StandardTables.Result r = read("""
                <tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>2</td><td>7</td><td></td></tr>
                <tr><td colspan=3>二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>3</td></tr>
                """);
        Map<String, Extracted> f = byMetric(r);
        assertEquals(new BigDecimal("7"), f.get("req.new.total").value());
        assertTrue(f.keySet().stream().noneMatch(m -> m.startsWith("req.carried_over.")), f.keySet().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().startsWith("二、上年结转") && u.reason().contains("cannot be told apart")),
                r.unmapped().toString());
    }

    @Test
    void aValueCellSpanningTwoPositionsUnderOnePositionHeadersIsReadUnderItsOwnHeader() {
        String html = """
                <table>
                <tr><td colspan=5>第二十条第（五）项</td></tr>
                <tr><td>信息内容</td><td>上一年项目数量</td><td colspan=2>本年增/减</td><td>处理决定数量</td></tr>
                <tr><td>行政许可</td><td colspan=2>12</td><td>-3</td><td>40</td></tr>
                <tr><td>其他对外管理服务事项</td><td colspan=2>5</td><td></td><td>9</td></tr>
                </table>""";
        DocumentText doc = DocumentText.read(html.getBytes(StandardCharsets.UTF_8), DocumentText.HTML);
        Map<String, Extracted> f = byMetric(new StandardTables(TestCatalogue.metrics()).read(doc.tables()));
        assertEquals(new BigDecimal("12"), f.get("pro.licensing.items_prev_year").value());
        assertEquals(new BigDecimal("-3"), f.get("pro.licensing.items_change").value(), "not the 12 repeated by its span");
        assertEquals(new BigDecimal("40"), f.get("pro.licensing.decisions").value());
        assertEquals("本年增/减", f.get("pro.licensing.items_change").provenance().tableColumn());
        assertEquals(org.disclosurestats.domain.ObservationStatus.BLANK, f.get("pro.other_services.items_change").status());
        assertEquals(new BigDecimal("9"), f.get("pro.other_services.decisions").value());
    }
}
