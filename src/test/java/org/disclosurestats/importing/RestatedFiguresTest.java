package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * A report's prose often states a cell of its own table again. With the same value it is not a second figure; with
 * another value it is a conflict the draft lists, and the table cell is kept.
 */
class RestatedFiguresTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static final String TABLE = """
            三、收到和处理政府信息公开申请情况
            | 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
            | 一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |
            | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            | 三、本年度办理结果 （一）予以公开 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |
            | （七）总计 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |
            | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            """;

    private static DocumentReader.Reading read(String prose) {
        String text = "一、总体情况\n" + prose + "\n" + TABLE;
        ProseExtractor.Context context = new ProseExtractor.Context("", null, false, name -> Optional.empty(), 2022);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), "text/plain"), context);
    }

    private static List<Extracted> of(DocumentReader.Reading r, String metric) {
        return r.figures().stream().filter(f -> f.metric().equals(metric)).toList();
    }

    @Test
    void aProseFigureWithTheTableCellsValueIsNotASecondFigure() {
        DocumentReader.Reading r = read("本年度共收到政府信息公开申请7件。");
        List<Extracted> received = of(r, "req.new.total");
        assertEquals(1, received.size(), received.toString());
        assertEquals(SourceKind.TABLE_CELL, received.get(0).provenance().kind());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().startsWith("restates req.new.total") && u.reason().contains("corroboration")),
                r.unmapped().toString());
        assertTrue(r.conflicts().isEmpty(), r.conflicts().toString());
    }

    @Test
    void aProseFigureWithAnotherValueIsAConflictAndTheTableCellIsKept() {
        DocumentReader.Reading r = read("本年度共收到政府信息公开申请9件。");
        List<Extracted> received = of(r, "req.new.total");
        assertEquals(1, received.size(), received.toString());
        assertEquals(new BigDecimal("7"), received.get(0).value());
        assertEquals(1, r.conflicts().size(), r.conflicts().toString());
        assertTrue(r.conflicts().get(0).contains("= 9") && r.conflicts().get(0).contains("holds 7"), r.conflicts().get(0));
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().startsWith("conflicts with the table")), r.unmapped().toString());
    }
}
