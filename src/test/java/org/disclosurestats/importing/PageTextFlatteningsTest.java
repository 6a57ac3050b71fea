package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/** The page-text flattenings of session 9's dev documents, each on a small table checked by hand. */
class PageTextFlatteningsTest {

    private static Map<String, Extracted> read(String text, Edition byYear) {
        return new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables(), byYear).figures().stream()
                .filter(f -> f.metric() != null).collect(Collectors.toMap(Extracted::metric, f -> f, (a, b) -> a));
    }

    private static String value(Map<String, Extracted> read, String metric) {
        Extracted f = read.get(metric);
        return f == null ? "(not read)" : f.value() == null ? "(blank)" : f.value().stripTrailingZeros().toPlainString();
    }

    private static final String BLOCK_ONE_2019 = "第二十条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n";

    @Test
    void aTablePublishedEmptyIsReadBlankNeverZero() {
        String text = BLOCK_ONE_2019 + "规章\n\n规范性文件\n\n第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政许可\n\n"
                + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n一、本年新收政府信息公开申请数量\n\n"
                + "二、上年结转政府信息公开申请数量\n\n三、本年度办理结果\n\n（一）予以公开\n";
        Map<String, Extracted> read = read(text, null);
        for (String metric : new String[] {"pro.rules.made", "pro.normative_docs.published_total", "pro.licensing.decisions", "req.new.total",
                "req.carried_over.natural_person", "req.granted.other_org"}) {
            assertEquals("(blank)", value(read, metric), metric);
        }
        assertEquals("(not read)", value(read, "req.total.total"), "a header word 总计 is no row of its own");
        Map<String, Extracted> wrapped = read("第二十条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新\n\n公开数量\n\n对外公开\n\n总数量\n\n规章\n\n规范性文件\n", null);
        assertEquals("(blank)", value(wrapped, "pro.rules.published"));
        assertEquals("(blank)", value(wrapped, "pro.normative_docs.published_total"));
    }

    @Test
    void aRowWithoutValuesIsBlankOnlyWhenNoValueAfterItCanBeItsOwn() {
        String head = "三、本年度办理结果\n（三）不予公开\n";
        // the label of the next row stands before the values: the label-only row is blank
        Map<String, Extracted> named = read("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + head + "1.属于国家秘密\n2.其他法律行政法规禁止公开 3 0 0 0 0 0 3\n",
                Edition.F2021);
        assertEquals("(blank)", value(named, "req.denied.state_secret.total"));
        assertEquals("3", value(named, "req.denied.prohibited_by_law.total"));
        // a row of values without a label follows: they may be the label-only row's, so nothing is said of it
        Map<String, Extracted> unnamed = read("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + head + "1.属于国家秘密\n2.其他法律行政法规禁止公开\n3 0 0 0 0 0 3\n",
                Edition.F2021);
        assertEquals("(not read)", value(unnamed, "req.denied.state_secret.total"));
        assertEquals("(not read)", value(unnamed, "req.denied.prohibited_by_law.total"));
    }

    @Test
    void columnLabelsWrappedInTwoCellsAreJoinedIntoTheHeaderColumns() {
        String text = "第二十条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新\n\n公开数量\n\n对外公开\n\n总数量\n\n规章\n\n1\n\n2\n\n3\n\n规范性文件\n\n4\n\n5\n\n6\n";
        Map<String, Extracted> read = read(text, null);
        assertEquals("1", value(read, "pro.rules.made"));
        assertEquals("2", value(read, "pro.rules.published"));
        assertEquals("3", value(read, "pro.rules.published_total"));
        assertEquals("6", value(read, "pro.normative_docs.published_total"));
    }

    @Test
    void emptyGridRowsAfterARowEndAreNoCells() {
        String text = "第二十条第（八）项 |\n|||\n信息内容 |\n本年收费金额(单位:万元) |\n||\n行政事业性收费 |\n2.02 |\n||\n|\n|\n三、收到和处理政府信息公开申请情况\n";
        assertEquals("2.02", value(read(text, null), "pro.admin_fees.amount"));
    }

    @Test
    void aPageBeginningInsideSectionThreeWithSectionFourHeaderOneCharacterALine() {
        String text = "四、结转下年度继续办理 0 1 0 0 0 0 1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
                + "结 结 其 尚\n结 结 其 尚 结 结 其 尚\n果 果 他 未\n总计 果 果 他 未 总 果 果 他 未 总\n维 纠 结 审\n维 纠 结 审 计 维 纠 结 审 计\n"
                + "持 正 果 结\n持 正 果 结 持 正 果 结\n1 0 0 0 1 0 0 0 2 2 0 0 0 0 0\n五、存在的主要问题及改进情况\n";
        Map<String, Extracted> read = read(text, Edition.F2019);
        assertEquals("1", value(read, "req.carried_forward.commercial"));
        assertEquals("1", value(read, "appeal.review.upheld"));
        assertEquals("2", value(read, "appeal.suit_direct.total"));
        assertEquals("(not read)", value(read(text, null), "req.carried_forward.total"), "without the year no edition is guessed");
    }

    @Test
    void aPageNumberBetweenCellsIsNoCell() {
        String text = "三、本年度办理结果\n\n（三）不予公开\n\n5.属于三类内部事务信息\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n- 2 -\n\n6.属于四类过程性信息\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n";
        Map<String, Extracted> read = read("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + text, Edition.F2021);
        assertEquals("1", value(read, "req.denied.internal_affairs.total"));
        assertEquals("0", value(read, "req.denied.process_info.total"));
    }

    @Test
    void wuBeforeASpacedOutLabelIsTheLabelsFirstCharacter() {
        assertEquals(java.util.List.of("属于行政执法案卷 17 0 0 1 0 0", "无 法 提 供 本机关不掌握相关政府信息 0 0 0 0 0 0"),
                RunTogetherRows.split("属于行政执法案卷 17 0 0 1 0 0  无 法 提 供 本机关不掌握相关政府信息 0 0 0 0 0 0"));
    }
}
