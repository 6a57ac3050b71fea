package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/** Section 四 in page text: the header is the row naming 行政复议 and 行政诉讼 that its 15 values follow. */
class SectionFourHeaderTest {

    private static final String PAGE = """
            本报告包括总体情况、主动公开政府信息情况、政府信息公开行政复议和行政诉讼情况等部分。
            二、主动公开政府信息情况
            信息内容 本年制发件数 本年废止件数 现行有效件数
            规章 0 0 1
            四、政府信息公开行政复议、行政诉讼情况
            行政复议行政诉讼
            未经复议直接起诉复议后起诉
            结果结果其他尚未
            总计
            总计总计
            维持纠正结果审结维持纠正结果审结
            | 维持 | 纠正 | 结果 | 审结 | 结果 | 结果 | 其他 | 尚未 | 结果 | 结果 | 其他 | 尚未 |
            |---|---|---|---|---|---|---|---|---|---|---|---|
            | 2 | 1 | 0 | 0 | 3 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |
            """;

    @Test
    void aSentenceAndAHeadingNamingBothAppealsArePassedOverForTheRowTheValuesFollow() {
        Map<String, Extracted> f = new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(PAGE).tables()).figures().stream()
                .collect(Collectors.toMap(Extracted::metric, x -> x));
        assertEquals(new BigDecimal("2"), f.get("appeal.review.upheld").value());
        assertEquals(new BigDecimal("3"), f.get("appeal.review.total").value());
        assertEquals(new BigDecimal("1"), f.get("appeal.suit_direct.pending").value());
        assertEquals(new BigDecimal("1"), f.get("appeal.suit_direct.total").value());
        assertEquals(0, f.get("appeal.suit_after_review.total").value().signum());
    }
}
