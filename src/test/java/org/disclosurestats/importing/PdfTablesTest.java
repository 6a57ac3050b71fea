package org.disclosurestats.importing;

import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.TextLayerPdf.Placed;
import org.junit.jupiter.api.Test;

/**
 * Section 三 of a 2021 table drawn into a PDF as reports draw it: group labels written one character a line,
 * a label wrapped over two lines, blank cells, a group whose label is lost, and a row that names no row of
 * the format. The table is read from the positions of the text.
 */
class PdfTablesTest {

    private static final float[] COLUMNS = {370, 420, 470, 520, 570, 620, 670};
    private static final float PITCH = 24;

    private final List<Placed> page = new ArrayList<>();
    private float y = 110;

    private void row(float x, String label, String... values) {
        page.add(new Placed(label, x, y));
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                page.add(new Placed(values[i], COLUMNS[i] - 2.5f * values[i].length(), y));
            }
        }
        y += PITCH;
    }

    /** A label written top to bottom, one character a line, starting at the row at {@code top}. */
    private void vertical(float x, float top, String label) {
        for (int i = 0; i < label.length(); i++) {
            page.add(new Placed(label.substring(i, i + 1), x, top - 6 + 14 * i));
        }
    }

    private byte[] report() throws Exception {
        page.add(new Placed("三、收到和处理政府信息公开申请情况", 20, 40));
        page.add(new Placed("申请人情况", 495, 60));
        page.add(new Placed("自然人", 355, 85));
        page.add(new Placed("商业企业", 400, 85));
        page.add(new Placed("总计", 660, 85));
        row(20, "一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "0", "0", "6");
        row(20, "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0");
        float results = y;
        row(60, "（一）予以公开", "2", "0", "0", "0", "0", "0", "2");
        row(60, "（二）部分公开", "1", "", "", "", "", "", "1");
        float denied = y;
        row(130, "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0");
        row(130, "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0");
        row(130, "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0");
        row(130, "4.保护第三方合法权益", "0", "0", "0", "0", "0", "0", "0");
        vertical(80, denied, "不予公开");
        float unavailable = y;
        row(130, "1.本机关不掌握相关政府信息", "1", "1", "0", "0", "0", "0", "2");
        row(130, "2.没有现成信息需要另行制作", "0", "0", "0", "0", "0", "0", "0");
        vertical(80, unavailable, "无法提供");
        // the group label of （五）不予处理 is lost: its rows are told by their own text
        row(130, "1.信访举报投诉类申请", "1", "0", "0", "0", "0", "0", "1");
        row(130, "9.本表没有的情形", "7", "0", "0", "0", "0", "0", "7");
        page.add(new Placed("1.申请人无正当理由逾期不补正、", 130, y - 6));
        page.add(new Placed("行政机关不再处理其政府信息公开申请", 130, y + 6));
        row(130, "", "0", "0", "0", "0", "0", "0", "0");
        row(60, "（七）总计", "5", "1", "0", "0", "0", "0", "6");
        vertical(25, results, "三、本年度办理结果");
        row(20, "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0");
        return TextLayerPdf.place(List.of(page), 760, y + 40);
    }

    private static Map<String, Extracted> read(byte[] pdf) {
        DocumentText doc = DocumentText.read(pdf, DocumentText.PDF);
        StandardTables.Result r = new StandardTables(TestCatalogue.metrics()).read(doc.tables());
        assertEquals(Edition.F2021, r.edition());
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void readsEachRowByItsOwnTextEvenWhenItsGroupLabelIsLost() throws Exception {
        Map<String, Extracted> figures = read(report());
        assertEquals(new BigDecimal("1"), figures.get("req.not_processed.petition.natural_person").value());
        assertEquals(new BigDecimal("1"), figures.get("req.unavailable.not_held.natural_person").value(),
                "本机关不掌握 keeps its own figure: the petition row is not moved onto it");
        assertEquals(new BigDecimal("2"), figures.get("req.unavailable.not_held.total").value());
        assertEquals(new BigDecimal("6"), figures.get("req.new.total").value());
        assertEquals(new BigDecimal("5"), figures.get("req.total.natural_person").value());
    }

    @Test
    void cellsLeftEmptyStayBlankInTheirOwnColumn() throws Exception {
        Map<String, Extracted> figures = read(report());
        Extracted commercial = figures.get("req.partly_granted.commercial");
        assertEquals(ObservationStatus.BLANK, commercial.status());
        assertNull(commercial.value());
        assertEquals(new BigDecimal("1"), figures.get("req.partly_granted.total").value());
    }

    @Test
    void aLabelWrappedOverTwoLinesIsOneLabel() throws Exception {
        Map<String, Extracted> figures = read(report());
        Extracted noCorrection = figures.get("req.other_processing.no_correction.total");
        assertEquals(0, noCorrection.value().signum());
        assertEquals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", noCorrection.provenance().tableRow());
    }

    @Test
    void verticalGroupLabelsAreNeverGluedToARow() throws Exception {
        for (Extracted f : read(report()).values()) {
            String row = f.provenance().tableRow();
            assertFalse(row.matches(".*(?:^|\\s)[不予公开无法提供三本年度办理结果](?:\\s|$).*"), "a stray character of a vertical label in " + row);
        }
    }

    @Test
    void aRowThatNamesNoRowOfTheFormatIsUnmappedWithItsPage() throws Exception {
        DocumentText doc = DocumentText.read(report(), DocumentText.PDF);
        StandardTables.Result r = new StandardTables(TestCatalogue.metrics()).read(doc.tables());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().contains("本表没有的情形")), r.unmapped().toString());
        assertTrue(r.figures().stream().noneMatch(f -> f.value() != null && f.value().intValue() == 7), "the 7 of the unknown row is nowhere");
        Extracted cell = r.figures().stream().filter(f -> f.metric().equals("req.new.commercial")).findFirst().orElseThrow();
        assertEquals(1, cell.provenance().tablePage());
        assertEquals("商业企业", cell.provenance().tableColumn());
        assertEquals("一、本年新收政府信息公开申请数量", cell.provenance().tableRow());
    }
}
