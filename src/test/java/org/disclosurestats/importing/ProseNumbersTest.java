package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.importing.NumberReader.Mention;
import org.junit.jupiter.api.Test;

/**
 * How numbers are found in prose, in either script: what is a count with its unit and what is never one. The
 * sentences are written for these tests.
 */
class ProseNumbersTest {

    private static Mention only(String text) {
        List<Mention> found = NumberReader.mentions(text);
        assertEquals(1, found.size(), text + " → " + found);
        return found.get(0);
    }

    private static void value(String text, long expected, String unit, Qualifier qualifier) {
        Mention m = only(text);
        assertEquals(0, m.reading().value().compareTo(BigDecimal.valueOf(expected)), text + " → " + m);
        assertEquals(unit, m.unit(), text);
        assertEquals(qualifier, m.reading().qualifier(), text);
    }

    private static void none(String text) {
        assertTrue(NumberReader.mentions(text).isEmpty(), text + " → " + NumberReader.mentions(text));
    }

    @Test
    void digitsInEitherWidthWithSeparatorsAndSpacesAreOneCount() {
        value("共发布资讯１２３４条", 1234, "条", Qualifier.EXACT);
        value("共发布信息1,234条", 1234, "条", Qualifier.EXACT);
        value("共發布資訊1，234條", 1234, "条", Qualifier.EXACT);
        value("收到申请 12  件", 12, "件", Qualifier.EXACT);
        value("收到申請 402 條", 402, "条", Qualifier.EXACT);
    }

    @Test
    void aCommaBetweenDigitsThatAreNotGroupsOfThreeSeparatesNumbers() {
        List<Mention> found = NumberReader.mentions("编号1,2,3条");
        assertEquals(1, found.size(), found.toString());
        assertEquals(3, found.get(0).reading().value().intValue());
    }

    @Test
    void tenThousandsAndHundredMillionsMultiplyWithOrWithoutASpace() {
        value("全年公开信息6.7万条", 67_000, "条", Qualifier.EXACT);
        value("全年公開資訊6.7 萬條", 67_000, "条", Qualifier.EXACT);
        Mention money = only("经费支出160.5964万元");
        assertEquals(0, money.reading().value().compareTo(new BigDecimal("1605964")), money.toString());
        assertEquals("元", money.unit().substring(money.unit().length() - 1));
    }

    @Test
    void chineseNumeralsReadWithTheirTenThousands() {
        value("全年公开信息一百二十三条", 123, "条", Qualifier.EXACT);
        value("全年公開資訊一萬二千條", 12_000, "条", Qualifier.EXACT);
        value("共受理申请两千余件", 2_000, "件", Qualifier.APPROXIMATE);
    }

    @Test
    void approximateMarksMakeTheFigureApproximate() {
        for (String text : List.of("公开信息近500条", "公开信息约500条", "公开信息500余条", "公開資訊500餘條", "公开信息500条左右")) {
            value(text, 500, "条", Qualifier.APPROXIMATE);
        }
        value("公开信息二十多条", 20, "条", Qualifier.APPROXIMATE);
    }

    @Test
    void aPercentageWrittenInWordsIsAPercentage() {
        value("按时答复率达到百分之百", 100, "%", Qualifier.EXACT);
        value("按時答覆率為百分之九十五", 95, "%", Qualifier.EXACT);
    }

    @Test
    void vagueQuantitiesAreNoNumber() {
        none("受理申请十几件");
        none("受理申請幾十件");
        none("公开信息数百条");
        none("公开信息上千条");
    }

    @Test
    void articlesOrdinalsRangesAndTimesAreNeverCounts() {
        none("依据《条例》第10条规定");
        none("依據《條例》第二十三條");
        none("在15个工作日内予以答复");
        none("延长答复期限不超过15个工作日");
        none("每次3至5件");
        none("每次3-5个");
        none("比上年提高5个百分点");
    }

    @Test
    void datesDocumentNumbersPhoneNumbersAndAddressesHaveNoUnit() {
        none("2013年5月12日");
        none("〔2014〕12号");
        none("某政办发〔2015〕3号文件");
        none("咨询电话:0571-87654321");
        none("办公时间:9:00—17:00");
        none("发布日期:2016-03-15");
        none("地址:某某路18号,邮编310000");
        none("一、概述");
        none("(二)依申请公开情况");
        none("二〇一五年");
    }

    @Test
    void aCountAfterAVerbOfChangeIsStillANumber() {
        List<Mention> found = NumberReader.mentions("由39家增加到48家");
        assertEquals(2, found.size(), found.toString());
        assertEquals(48, found.get(1).reading().value().intValue());
    }
}
