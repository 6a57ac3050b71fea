package org.disclosurestats.importing;

import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/** Section 三 rows named by their own text, whatever their numbering, and the 2019 layout of （六） inside a 2021 table. */
class RequestTableTest {

    /** A 2021 table (section 二 in the 2021 columns). */
    private static final String SECTION_2_OF_2021 = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t1\n";

    private static StandardTables.Result read(String text) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables());
    }

    private static Map<String, Extracted> byMetric(StandardTables.Result r) {
        return r.figures().stream().collect(Collectors.toMap(Extracted::metric, f -> f));
    }

    @Test
    void aSingleOtherProcessingRowInA2021TableIsReadAsTheSingleRowItIs() {
        StandardTables.Result r = read(SECTION_2_OF_2021 + """
                一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
                （五）不予处理\t2.重复申请\t1\t0\t0\t0\t0\t0\t1
                （六）其他处理\t2\t0\t0\t0\t0\t0\t2
                （七）总计\t3\t0\t0\t0\t0\t0\t3
                """);
        assertEquals(Edition.F2021, r.edition());
        Map<String, Extracted> f = byMetric(r);
        assertEquals(new BigDecimal("2"), f.get("req.other_processing.natural_person").value());
        assertEquals(new BigDecimal("2"), f.get("req.other_processing.total").value());
        assertEquals(Confidence.LOW, f.get("req.other_processing.total").confidence(), "a row of the other layout is for a reviewer to confirm");
        assertTrue(f.keySet().stream().noneMatch(m -> m.startsWith("req.other_processing.no_correction") || m.startsWith("req.other_processing.other.")),
                "its value is given to none of the three parts of the 2021 layout");
    }

    @Test
    void aSingleOtherProcessingLabelBesideItsPartsIsAGroupLabelAndNoRowOfItsOwn() {
        StandardTables.Result r = read(SECTION_2_OF_2021 + """
                一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
                （六）其他处理\t2\t0\t0\t0\t0\t0\t2
                3.其他\t2\t0\t0\t0\t0\t0\t2
                """);
        Map<String, Extracted> f = byMetric(r);
        assertEquals(new BigDecimal("2"), f.get("req.other_processing.other.total").value());
        assertTrue(f.keySet().stream().noneMatch(m -> m.startsWith("req.other_processing.total")), f.keySet().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().equals("（六）其他处理")), r.unmapped().toString());
    }

    @Test
    void numberingWrittenAs1Dot1CommaBracketedOrChineseWithADotNamesTheSameRow() {
        Map<String, Extracted> f = byMetric(read(SECTION_2_OF_2021 + """
                一.本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4
                （三）不予公开\t1、属于国家秘密\t1\t0\t0\t0\t0\t0\t1
                （三）不予公开\t(2)其他法律行政法规禁止公开\t2\t0\t0\t0\t0\t0\t2
                （四）无法提供\t1．本机关不掌握相关政府信息\t3\t0\t0\t0\t0\t0\t3
                """));
        assertEquals(new BigDecimal("4"), f.get("req.new.total").value());
        assertEquals(new BigDecimal("1"), f.get("req.denied.state_secret.total").value());
        assertEquals(new BigDecimal("2"), f.get("req.denied.prohibited_by_law.total").value());
        assertEquals(Confidence.HIGH, f.get("req.denied.prohibited_by_law.total").confidence(), "(2) is a numbering, not part of the label");
        assertEquals(new BigDecimal("3"), f.get("req.unavailable.not_held.total").value());
    }
}
