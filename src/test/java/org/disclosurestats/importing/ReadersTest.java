package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.importing.NumberReader.Reading;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The small readers: numbers, labels and table rows, as reports write them. */
class ReadersTest {

    private static BigDecimal cell(String s) {
        return NumberReader.cell(s).orElseThrow().value();
    }

    @Test
    void blankCellsAreBlankNeverZero() {
        for (String blank : List.of("", " ", "\u00A0", "-", "—", "/", "－", "／", "——")) {
            Reading r = NumberReader.cell(blank).orElseThrow();
            assertTrue(r.blank(), "'" + blank + "'");
            assertEquals(null, r.value());
        }
        assertEquals(0, cell("0").signum());
        assertFalse(NumberReader.cell("0").orElseThrow().blank());
    }

    @Test
    void readsFullWidthDigitsSeparatorsDecimalsSignsAndUnitsInCells() {
        assertEquals(new BigDecimal("128"), cell("１２８"));
        assertEquals(new BigDecimal("12345"), cell("12,345"));
        assertEquals(new BigDecimal("12.5"), cell("12.5"));
        assertEquals(new BigDecimal("-3"), cell("-3"));
        Reading yuan = NumberReader.cell("125,000元").orElseThrow();
        assertEquals("元", yuan.unit());
        assertEquals(new BigDecimal("12.5"), Units.convert(yuan.value(), yuan.unit(), "万元").orElseThrow());
        Reading wan = NumberReader.cell("1.5万元").orElseThrow();
        assertEquals(new BigDecimal("1.5"), Units.convert(wan.value(), wan.unit(), "万元").orElseThrow());
    }

    @Test
    void cellsThatSayNoneInWordsAreStatedZerosNotBlanks() {
        for (String none : List.of("无", "無", "未发生", "未收到", "免费", "全部免費", "没有")) {
            Reading r = NumberReader.cell(none).orElseThrow();
            assertEquals(BigDecimal.ZERO, r.value(), none);
            assertFalse(r.blank(), none);
        }
        assertTrue(NumberReader.cell("—").orElseThrow().blank());
        assertTrue(NumberReader.cell("详见附件").isEmpty());
    }

    @Test
    void readsMultipliersChineseNumeralsAndApproximationsInProse() {
        List<NumberReader.Mention> m = NumberReader.mentions("发布信息24.8萬條,培训近500人,信息7000餘條,访问量11餘萬人次,已刊登七期,涉及十个类别,二十三项,精简45%左右");
        assertEquals(new BigDecimal("248000"), m.get(0).reading().value());
        assertEquals("条", m.get(0).unit());
        assertEquals(Qualifier.APPROXIMATE, m.get(1).reading().qualifier());
        assertEquals(new BigDecimal("7000"), m.get(2).reading().value());
        assertEquals(Qualifier.APPROXIMATE, m.get(2).reading().qualifier());
        assertEquals(new BigDecimal("110000"), m.get(3).reading().value());
        assertEquals(new BigDecimal("7"), m.get(4).reading().value());
        assertEquals(new BigDecimal("10"), m.get(5).reading().value());
        assertEquals(new BigDecimal("23"), m.get(6).reading().value());
        assertEquals(Qualifier.APPROXIMATE, m.get(7).reading().qualifier());
        assertTrue(NumberReader.mentions("2014年10月27日,乌政办函〔2014〕73号,一是,第一期").isEmpty());
    }

    @Test
    void matchesDriftedLabels() {
        assertTrue(LabelMatcher.same("1、属于国家秘密", "1.属于国家秘密"));
        assertTrue(LabelMatcher.same("３. 危及 “三安全一稳定”", "3.危及“三安全一稳定”"));
        assertTrue(LabelMatcher.same("规范性文件", "行政规范性文件"));
        assertTrue(LabelMatcher.same("(二)部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"));
        assertTrue(LabelMatcher.same("本年收费金额（单位：万元）", "本年收费金额"));
        assertTrue(LabelMatcher.same("政府信息公開", "政府信息公开"));
        assertFalse(LabelMatcher.same("行政许可", "行政处罚"));
    }

    @Test
    void expandsRowspanAndColspanIntoAGrid() {
        TableReader.Table t = TableReader.fromHtml(Jsoup.parse("<table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr><tr><td>1</td><td>&nbsp;</td></tr></table>")
                .selectFirst("table"));
        assertEquals(List.of("A", "B", "B"), t.rows().get(0).cells());
        assertEquals(List.of("A", "1", ""), t.rows().get(1).cells());
    }

    @Test
    void splitsTextTableLinesByTabsPipesAndSpaces() {
        assertEquals(List.of("1.属于国家秘密", "0", "", "0"), TableReader.fromLine("1.属于国家秘密\t0\t\t0").cells());
        assertEquals(List.of("（一）予以公开", "3", "", "1"), TableReader.fromLine("| （一）予以公开 | 3 | | 1 |").cells());
        assertEquals(List.of("三、本年度办理结果 （一）予以公开", "3", "0", "0", "0", "0", "0", "3"),
                TableReader.fromLine("三、本年度办理结果 （一）予以公开 3 0 0 0 0 0 3").cells());
    }

    @Test
    void detectsTheEditionFromLabelsNotFromTheYear() {
        TableReader.Table t2019 = TableReader.fromText("2022年度报告\n信息内容  本年新制作数量  本年新公开数量  对外公开总数量\n规章  0  0  3\n");
        assertEquals(Edition.F2019, StandardTables.detectEdition(List.of(t2019)));
        TableReader.Table t2021 = TableReader.fromText("信息内容  本年制发件数  本年废止件数  现行有效件数\n规章  0  0  3\n");
        assertEquals(Edition.F2021, StandardTables.detectEdition(List.of(t2021)));
        assertEquals(null, StandardTables.detectEdition(List.of(TableReader.fromText("2018年,全市主动公开各类政府信息3054条。"))));
    }
}
