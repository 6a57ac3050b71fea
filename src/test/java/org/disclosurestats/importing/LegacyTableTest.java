package org.disclosurestats.importing;

import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.TextLayerPdf.Placed;
import org.junit.jupiter.api.Test;

/** The legacy statistics table (指标名称 | 计量单位 | 本年度 | 历年累计) and its local variants, in HTML, text and PDF. */
class LegacyTableTest {

    private static final String HTML = """
            <html><body><p>附件：2012年政府信息公开情况统计表</p><table>
            <tr><td>指标名称</td><td>计量单位</td><td>2012年度</td><td>历年累计</td></tr>
            <tr><td>一、主动公开情况</td><td></td><td></td><td></td></tr>
            <tr><td>（一）主动公开信息数（不同渠道和方式公开相同信息计1条）</td><td>条</td><td>1,234</td><td>56789</td></tr>
            <tr><td>其中：新增的政府信息数</td><td>条</td><td>1200</td><td>50000</td></tr>
            <tr><td>二、依申请公开情况</td><td></td><td></td><td></td></tr>
            <tr><td>受理依申请公开信息总数</td><td>件</td><td>12</td><td>300</td></tr>
            <tr><td>其中：1.当面申请数</td><td>件</td><td>5</td><td>100</td></tr>
            <tr><td>（2）网上申请数</td><td>件</td><td></td><td>80</td></tr>
            <tr><td>四、行政复议数量</td><td>件</td><td>2</td><td>9</td></tr>
            <tr><td>（一）维持具体行政行为数</td><td>件</td><td>1</td><td>5</td></tr>
            <tr><td>五、行政诉讼数量</td><td>件</td><td>1</td><td>4</td></tr>
            <tr><td>（二）被依法纠错数</td><td>件</td><td>0</td><td>1</td></tr>
            <tr><td>七、依申请公开信息收取的费用</td><td>元</td><td>150</td><td>900</td></tr>
            </table></body></html>""";

    private static LegacyTable.Result read(DocumentText doc) {
        return new LegacyTable(TestCatalogue.byCode()).read(doc.tables());
    }

    private static Map<String, Extracted> figures(LegacyTable.Result r) {
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void readsTheYearColumnNeverTheCumulativeOne() {
        Map<String, Extracted> f = figures(read(DocumentText.read(HTML.getBytes(StandardCharsets.UTF_8), DocumentText.HTML)));
        assertEquals(new BigDecimal("1234"), f.get("pro.items").value());
        assertEquals(new BigDecimal("12"), f.get("lreq.received").value());
        assertEquals(new BigDecimal("5"), f.get("lreq.received.in_person").value());
        assertEquals("2012年度", f.get("lreq.received").provenance().tableColumn());
        assertEquals("受理依申请公开信息总数", f.get("lreq.received").provenance().tableRow());
    }

    @Test
    void aBlankYearCellIsBlankNotZero() {
        Extracted online = figures(read(DocumentText.read(HTML.getBytes(StandardCharsets.UTF_8), DocumentText.HTML))).get("lreq.received.online");
        assertEquals(ObservationStatus.BLANK, online.status());
        assertNull(online.value());
    }

    @Test
    void outcomeRowsBelongToTheAppealNamedAboveThemAndUnitsAreConverted() {
        Map<String, Extracted> f = figures(read(DocumentText.read(HTML.getBytes(StandardCharsets.UTF_8), DocumentText.HTML)));
        assertEquals(new BigDecimal("1"), f.get("lappeal.review.upheld").value());
        assertEquals(0, f.get("lappeal.suit.corrected").value().signum());
        assertEquals(new BigDecimal("0.015"), f.get("fee.request_fees").value(), "150 元 in 万元");
    }

    @Test
    void aRowOfNoKnownMetricIsUnmappedWithItsLabel() {
        LegacyTable.Result r = read(DocumentText.read(HTML.getBytes(StandardCharsets.UTF_8), DocumentText.HTML));
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().equals("其中：新增的政府信息数") && u.text().equals("1200")), r.unmapped().toString());
        assertEquals(10, r.figures().size() + r.unmapped().size(), "every row that states something is a figure or unmapped");
    }

    @Test
    void aLocalVariantWithoutCumulativeColumnAndUnitsInTheLabelsIsReadFromText() {
        String text = "2015年度政府信息公开工作年度报告\n统计指标  本年度\n主动公开政府信息数（条）  321\n收到申请数（件）  4\n其中：信函申请数（件）  -\n";
        Map<String, Extracted> f = figures(read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), DocumentText.PLAIN)));
        assertEquals(new BigDecimal("321"), f.get("pro.items").value());
        assertEquals(new BigDecimal("4"), f.get("lreq.received").value());
        assertEquals(ObservationStatus.BLANK, f.get("lreq.received.letter").status());
    }

    @Test
    void aTextRowWithOneValueForTwoValueColumnsIsFlaggedNotGuessed() {
        String text = "指标名称 计量单位 本年度 历年累计\n主动公开信息数 条 123 4567\n收到申请数 件 9\n";
        LegacyTable.Result r = read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), DocumentText.PLAIN));
        assertEquals(new BigDecimal("123"), figures(r).get("pro.items").value());
        assertTrue(figures(r).get("lreq.received") == null);
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().contains("cannot be told apart")), r.unmapped().toString());
    }

    @Test
    void readsTheTableFromAPdf() throws Exception {
        List<Placed> page = new ArrayList<>();
        float y = 60;
        String[][] rows = {{"指标名称", "计量单位", "本年度", "历年累计"}, {"主动公开信息数", "条", "88", "1020"},
                {"受理依申请公开信息总数", "件", "7", "65"}, {"其中：当面申请数", "件", "", "12"}, {"不同意公开答复数", "件", "1", "3"}};
        for (String[] row : rows) {
            page.add(new Placed(row[0], 20, y));
            page.add(new Placed(row[1], 260, y));
            if (!row[2].isEmpty()) {
                page.add(new Placed(row[2], 340, y));
            }
            page.add(new Placed(row[3], 420, y));
            y += 22;
        }
        Map<String, Extracted> f = figures(read(DocumentText.read(TextLayerPdf.place(List.of(page), 520, y + 40), DocumentText.PDF)));
        assertEquals(new BigDecimal("88"), f.get("pro.items").value());
        assertEquals(new BigDecimal("7"), f.get("lreq.received").value());
        assertEquals(ObservationStatus.BLANK, f.get("lreq.received.in_person").status(), "the blank year cell keeps its column");
        assertEquals(new BigDecimal("1"), f.get("lreq.answered.denied").value());
        assertEquals(1, f.get("pro.items").provenance().tablePage());
    }
}
