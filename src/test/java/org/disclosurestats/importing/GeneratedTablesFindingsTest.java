package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.StandardTableRenderings.Tables;
import org.junit.jupiter.api.Test;

/** The rules the generative harness (GeneratedTablesTest) showed missing, each on a family of small cases. */
class GeneratedTablesFindingsTest {

    private static Map<String, Extracted> read(String text) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables()).figures().stream()
                .filter(f -> f.metric() != null).collect(Collectors.toMap(Extracted::metric, f -> f, (a, b) -> a));
    }

    private static String value(Map<String, Extracted> read, String metric) {
        Extracted f = read.get(metric);
        return f == null ? "(not read)" : f.value() == null ? "(blank)" : f.value().stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ a number written against its label

    @Test
    void aNumberWrittenAgainstItsLabelIsTheRowsFirstValue() {
        assertEquals(List.of("行政许可", "2046"), TableReader.fromLine("行政许可2046").cells());
        assertEquals(List.of("规章", "0", "3", "12"), TableReader.fromLine("规章0 3 12").cells());
        assertEquals(List.of("行政規範性文件", "1,234", "5", "87"), TableReader.fromLine("行政規範性文件1,234  5  87").cells());
        assertEquals(List.of("3.危及“三安全一稳定”", "1", "0", "0", "0", "0", "0", "1"), TableReader.fromLine("3.危及“三安全一稳定”1 0 0 0 0 0 1").cells());
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "5", "1", "0", "0", "0", "0", "6"),
                TableReader.fromLine("（二）部分公开（区分处理的，只计这一情形，不计其他情形）5 1 0 0 0 0 6").cells());
        assertEquals(List.of("行政处罚", "３１８"), TableReader.fromLine("行政处罚３１８").cells());
    }

    @Test
    void aSentenceALabelEndingInWordsOrANumberInsideWordsStaysOneCell() {
        for (String line : List.of("全年受理申请12件，办结12件", "附件：统计表2", "2021年", "第二十条第（一）项", "联系电话：0991-1234567",
                "本年收费金额（单位：万元）", "上一年项目数量（指2019年事项数）")) {
            assertEquals(List.of(line), TableReader.fromLine(line).cells(), line);
        }
    }

    @Test
    void section二RowsWithTheirValueAgainstTheLabelAreRead() {
        Map<String, Extracted> read = read("""
                第二十条第（一）项
                信息内容 本年制发件数 本年废止件数 现行有效件数
                规章0 0 0
                行政规范性文件12 3 87
                第二十条第（五）项
                信息内容 本年处理决定数量
                行政许可2046
                第二十条第（六）项
                信息内容 本年处理决定数量
                行政处罚318
                行政强制0
                第二十条第（八）项
                信息内容 本年收费金额（单位：万元）
                行政事业性收费12.5
                """);
        assertEquals("12", value(read, "pro.normative_docs.issued"));
        assertEquals("87", value(read, "pro.normative_docs.in_force"));
        assertEquals("0", value(read, "pro.rules.issued"));
        assertEquals("2046", value(read, "pro.licensing.decisions"));
        assertEquals("318", value(read, "pro.penalty.decisions"));
        assertEquals("0", value(read, "pro.coercion.decisions"));
        assertEquals("12.5", value(read, "pro.admin_fees.amount"));
    }

    // ------------------------------------------------------------------ words of two rows joined into one label

    @Test
    void aLabelHoldingTheWordsOfAnotherGroupNamesNoRow() {
        RequestTable table = new RequestTable(TestCatalogue.metrics(), Edition.F2021, new TableCells());
        for (String joined : List.of("属于行政查询事项 无法提供", "无法提供 属于行政查询事项", "8.属于行政查询事项 （四）无法提供", "屬於行政查詢事項 無法提供",
                "补正后申请内容仍不明确 不予处理", "重复申请 其他处理")) {
            assertTrue(table.identify(joined).isEmpty(), joined);
        }
        for (String own : List.of("属于行政查询事项", "不予公开 属于行政查询事项", "（三）不予公开 8.属于行政查询事项", "不予公開 屬於行政查詢事項",
                "三、本年度办理结果 （一）予以公开", "（六）其他处理 3.其他", "（七）总计")) {
            assertTrue(table.identify(own).isPresent(), own);
        }
    }

    @Test
    void aSingleOtherProcessingRowIsAGroupLabelWhenAPartIsWrittenAnywhereInTheSection() throws IOException {
        Tables t = StandardTableRenderings.spannedOnFirstRow(StandardTableRenderings.values(StandardTableRenderings.of(Edition.F2021),
                v -> v.isEmpty() ? "—" : v));
        String text = StandardTableRenderings.joined(t, " ", "", "");
        // the part's label wrapped under the values of its group label, as a page store that put values on a cell's first line
        String moved = text.replaceFirst("（六）其他处理 1\\.(申请人无正当理由逾期不补正)(、行政机关不再处理其政府信息公开申请) (.*)", "（六）其他处理 $3\n$1\n$2");
        assertNotEquals(text, moved);
        Map<String, Extracted> read = read(moved);
        assertTrue(read.keySet().stream().noneMatch(m -> m.matches("req\\.other_processing\\.[a-z_]+")), read.keySet().toString());
        assertEquals("6", value(read, "req.total.commercial")); // the rest of the table is read as before
        // the same label with no part anywhere in the table is the 2019 layout's single row
        String single = text.replaceFirst("（六）其他处理 1\\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (.*)", "（六）其他处理 $1")
                .replaceAll("(?m)^(?:2\\.申请人逾期未按收费|3\\.其他 ).*\\n", "");
        assertEquals("1", value(read(single), "req.other_processing.natural_person"), single);
    }
}
