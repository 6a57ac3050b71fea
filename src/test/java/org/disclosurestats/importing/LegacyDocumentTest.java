package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.TextLayerPdf.Placed;
import org.junit.jupiter.api.Test;

/** A whole document with a legacy statistics table, read as an import reads it: tables first, then prose. */
class LegacyDocumentTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static DocumentReader.Reading read(byte[] body, String mediaType, int year) {
        ProseExtractor.Context context = new ProseExtractor.Context("某县审计局", null, false, name -> Optional.empty(), year);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(body, mediaType), context);
    }

    private static Map<String, List<Extracted>> byMetric(DocumentReader.Reading r) {
        return r.figures().stream().collect(Collectors.groupingBy(Extracted::metric));
    }

    /** A legacy table on a PDF page: label, unit, year and cumulative columns; a heading line without figures inside it. */
    private static byte[] pdf() throws Exception {
        List<Placed> page = new ArrayList<>();
        String[][] rows = {{"指标名称", "计量单位", "2014年度", "历年累计"}, {"一、主动公开政府信息数", "条", "88", "1020"},
                {"二、收到申请数", "件", "7", "65"}, {"1.当面申请数", "件", "无", "12"}, {"2.网络申请数", "件", "", "9"},
                {"四、行政复议数量", "件", "1", "3"}, {"（一）维持具体行政行为数", "件", "1", "2"}, {"五、行政诉讼情况", "", "", ""},
                {"（二）被依法纠错数", "件", "0", "1"}, {"七、依申请公开信息收取的费用", "万元", "0", "0"}};
        float y = 60;
        for (String[] row : rows) {
            float[] xs = {20, 260, 340, 420};
            for (int i = 0; i < 4; i++) {
                if (!row[i].isEmpty()) {
                    page.add(new Placed(row[i], xs[i], y));
                }
            }
            y += 22;
        }
        return TextLayerPdf.place(List.of(page), 520, y + 40);
    }

    @Test
    void aLegacyTableInAPdfIsReadByTheLegacyReaderThroughItsWholeLength() throws Exception {
        DocumentReader.Reading r = read(pdf(), DocumentText.PDF, 2014);
        assertEquals(Edition.LEGACY, r.edition());
        Map<String, List<Extracted>> f = byMetric(r);
        assertEquals(new BigDecimal("88"), f.get("pro.items").get(0).value());
        assertEquals(LegacyTable.SECTION, f.get("pro.items").get(0).provenance().tableSection());
        assertEquals(0, f.get("lreq.received.in_person").get(0).value().signum(), "无 under the year's column");
        assertEquals(ObservationStatus.BLANK, f.get("lreq.received.online").get(0).status());
        assertEquals(new BigDecimal("1"), f.get("lappeal.review").get(0).value(), "a row naming 行政复议 is a row, not a new table's header");
        assertEquals(new BigDecimal("1"), f.get("lappeal.review.upheld").get(0).value());
        assertEquals(0, f.get("lappeal.suit.corrected").get(0).value().signum(), "after a heading line, under 行政诉讼");
        assertEquals(0, f.get("fee.request_fees").get(0).value().signum());
    }

    @Test
    void theNationalLayoutInAPdfIsReadToo() throws Exception {
        List<Placed> page = new ArrayList<>();
        String[][] rows = {{"统计指标", "单位", "统计数"}, {"（一）主动公开政府信息数", "条", "412"}, {"（一）收到申请数", "件", "3"},
                {"七、依申请公开信息收取的费用", "万元", "0.2"}, {"（三）接受培训人员数", "人次", "60"}};
        float y = 60;
        for (String[] row : rows) {
            page.add(new Placed(row[0], 20, y));
            page.add(new Placed(row[1], 300, y));
            page.add(new Placed(row[2], 400, y));
            y += 22;
        }
        DocumentReader.Reading r = read(TextLayerPdf.place(List.of(page), 520, y + 40), DocumentText.PDF, 2016);
        Map<String, List<Extracted>> f = byMetric(r);
        assertEquals(new BigDecimal("412"), f.get("pro.items").get(0).value());
        assertEquals(new BigDecimal("3"), f.get("lreq.received").get(0).value());
        assertEquals(new BigDecimal("0.2"), f.get("fee.request_fees").get(0).value());
        assertEquals(new BigDecimal("60"), f.get("cap.trainees").get(0).value());
        assertEquals("统计数", f.get("pro.items").get(0).provenance().tableColumn());
    }

    @Test
    void aLegacyTableWithWordsOfTheNewFormatsIsStillALegacyTable() {
        String text = """
                指标名称\t计量单位\t本年度\t历年累计
                收到申请数\t件\t6\t40
                其中：上年结转申请数\t件\t1\t1
                """;
        DocumentReader.Reading r = read(text.getBytes(StandardCharsets.UTF_8), DocumentText.PLAIN, 2016);
        assertEquals(Edition.LEGACY, r.edition());
        assertEquals(new BigDecimal("6"), byMetric(r).get("lreq.received").get(0).value());
    }

    @Test
    void aFigureOfTheTableRestatedInProseIsCountedOnce() {
        String html = "<html><body><p>2015年，本局主动公开政府信息1204条，收到政府信息公开申请9件。</p><table>"
                + "<tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>"
                + "<tr><td>（一）主动公开政府信息数</td><td>条</td><td>1204</td></tr>"
                + "<tr><td>（一）收到申请数</td><td>件</td><td>9</td></tr>"
                + "</table></body></html>";
        DocumentReader.Reading r = read(html.getBytes(StandardCharsets.UTF_8), DocumentText.HTML, 2015);
        Map<String, List<Extracted>> f = byMetric(r);
        assertEquals(1, f.get("pro.items").size(), f.get("pro.items").toString());
        assertEquals(SourceKind.TABLE_CELL, f.get("pro.items").get(0).provenance().kind());
        assertEquals(1, f.get("lreq.received").size());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().startsWith("restates pro.items = 1204")), r.unmapped().toString());
    }

    @Test
    void aTwoColumnTableOfTextIsNotReadAgainAsProse() {
        String text = """
                2016年政府信息公开工作年度报告
                附表：政府信息公开情况统计表
                统计指标\t统计数
                主动公开政府信息数（条）\t321
                依申请公开信息收取的费用（元）\t0
                """;
        DocumentReader.Reading r = read(text.getBytes(StandardCharsets.UTF_8), DocumentText.PLAIN, 2016);
        Map<String, List<Extracted>> f = byMetric(r);
        assertEquals(new BigDecimal("321"), f.get("pro.items").get(0).value());
        assertEquals(0, f.get("fee.request_fees").get(0).value().signum());
        assertTrue(r.figures().stream().allMatch(x -> x.provenance().kind() == SourceKind.TABLE_CELL), r.figures().toString());
    }
}
