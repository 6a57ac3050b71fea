package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text layer of PDF pages made into prose lines and table rows (PdfPageText), on page texts written by hand. */
class PdfPageTextTest {

    private static final String FULL = "本机关坚持以公开为常态、不公开为例外，依法做好政府信息公开工作，各项";

    @Test
    void aFullLineThatEndsNoSentenceIsJoinedWithTheNext() {
        assertEquals(FULL + "工作有序推进。\n二、主动公开情况", PdfPageText.of(List.of(FULL + "\n工作有序推进。\n二、主动公开情况")));
    }

    @Test
    void aHeadingAListItemAndATableRowKeepTheirLines() {
        String page = FULL + "\n（一）加强组织领导\n" + FULL + "\n1.属于国家秘密 0 0 0 0 0 0 0\n" + FULL + "\n2.其他法律行政法规禁止公开";
        assertEquals(page, PdfPageText.of(List.of(page)));
    }

    @Test
    void aShortLineWithoutAFullStopIsAHeadingAndIsNotJoined() {
        String page = FULL + "工作。\n一、概述\n" + FULL + "工作。";
        assertEquals(page, PdfPageText.of(List.of(page)));
    }

    @Test
    void pageNumbersAndARunningFooterAreLeftOutAndTheSentenceGoesOn() {
        String one = "某县2016年政府信息公开工作年度报告\n" + FULL + "\n某县人民政府办公室\n第 1 页 共 2 页";
        String two = "工作有序推进，全年共受理申请 39 件。\n某县人民政府办公室\n第 2 页 共 2 页";
        assertEquals("某县2016年政府信息公开工作年度报告\n" + FULL + "工作有序推进，全年共受理申请39件。", PdfPageText.of(List.of(one, two)));
    }

    @Test
    void aLoneNumberAtAPageEdgeIsAPageNumberOnlyWhenItIsThePagesOwn() {
        assertEquals("一、概述\n" + FULL + "工作。\n5", PdfPageText.of(List.of("一、概述\n" + FULL + "工作。\n5")));
        assertEquals("一、概述\n" + FULL + "工作。", PdfPageText.of(List.of("一、概述\n" + FULL + "工作。\n1")));
    }

    @Test
    void spacesTheTextLayerPutsBetweenCharactersAreRemovedButNotBetweenTableCells() {
        assertEquals("全年共受理申请2016件。", PdfPageText.withoutCharacterSpacing("全 年 共 受 理 申 请 2 0 1 6 件 。"));
        assertEquals("机 1 0 0 0 0 0 1", PdfPageText.withoutCharacterSpacing("机 1 0 0 0 0 0 1"));
        assertEquals("信息内容 本年制发件数 本年废止件数", PdfPageText.withoutCharacterSpacing("信息内容 本年制发件数 本年废止件数"));
    }
}
