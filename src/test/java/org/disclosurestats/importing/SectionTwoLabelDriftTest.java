package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/** Section 二 as a text extraction writes its headers: 信息内容 joined to its column, a column label cut at its end. */
class SectionTwoLabelDriftTest {

    private static final String PAGE = """
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 本年制发件数 本年废止件数 现行有效件
            规章 0 1 3
            行政规范性文件 2 0 5
            第二十条第（五）项
            信息内容本年处理决定数量
            行政许可 7
            """;

    private static Map<String, Extracted> read(String text) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables()).figures().stream()
                .collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void aColumnLabelCutAtItsEndNamesTheOneColumnItBegins() {
        Map<String, Extracted> f = read(PAGE);
        assertEquals(new BigDecimal("3"), f.get("pro.rules.in_force").value());
        assertEquals(new BigDecimal("5"), f.get("pro.normative_docs.in_force").value());
        assertEquals(new BigDecimal("1"), f.get("pro.rules.repealed").value());
    }

    @Test
    void theHeaderWordJoinedToItsColumnLabelIsTwoHeaderCells() {
        Map<String, Extracted> f = read(PAGE);
        assertEquals(new BigDecimal("7"), f.get("pro.licensing.decisions").value());
    }

    @Test
    void aCutLabelTooShortToNameOneColumnNamesNone() {
        Map<String, Extracted> f = read(PAGE.replace("现行有效件", "本年"));
        assertTrue(f.keySet().stream().noneMatch(m -> m.endsWith(".in_force")), f.keySet().toString());
    }

    @Test
    void aUnitNoteThatLostItsBracketsIsStillANoteOfTheColumn() {
        Map<String, Extracted> f = read("""
                二、主动公开政府信息情况
                第二十条第（八）项
                信息内容 本年收费金额单位:万元
                行政事业性收费 12.5
                """);
        assertEquals(new BigDecimal("12.5"), f.get("pro.admin_fees.amount").value());
        assertEquals("本年收费金额", LabelMatcher.normalize("本年收费金额单位：万元"));
        assertEquals("计量单位", LabelMatcher.normalize("计量单位"), "a unit column's label is no note");
    }

    /** One cell a line, blank lines between cells, the label 规章 lost (a blank line in its place). */
    private static final String LOST_LABEL = """
            二、主动公开政府信息情况

            第二十条第（一）项

            信息内容

            本年制发件数

            本年废止件数

            现行有效件数

            \s

            2

            0

            7

            行政规范性文件

            1

            0

            4
            """;

    @Test
    void aRowWhoseLabelWasLostIsFlaggedAndTheRowsAfterItAreReadUnderAllTheirColumns() {
        StandardTables.Result r = new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(LOST_LABEL).tables());
        Map<String, Extracted> f = r.figures().stream().collect(Collectors.toMap(Extracted::metric, x -> x));
        assertTrue(f.keySet().stream().noneMatch(m -> m.startsWith("pro.rules.")), f.keySet().toString());
        assertEquals(new BigDecimal("1"), f.get("pro.normative_docs.issued").value());
        assertEquals(new BigDecimal("4"), f.get("pro.normative_docs.in_force").value());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().equals(LostRowLabel.REASON)), r.unmapped().toString());
    }
}
