package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows a page store ran together on one line are lines again; nothing else is split. */
class RunTogetherRowsTest {

    @Test
    void rowsRunTogetherOnOneLineAreALineEach() {
        assertEquals(List.of("1.属于国家秘密 0 0 0 0 0 0 0", "2.其他法律行政法规禁止公开 0 — 0 0 0 0 0", "3.危及“三安全一稳定” 1 0 0 0 0 0 1"),
                RunTogetherRows.split("1.属于国家秘密 0 0 0 0 0 0 0 2.其他法律行政法规禁止公开 0 — 0 0 0 0 0 3.危及“三安全一稳定” 1 0 0 0 0 0 1"));
        assertEquals(List.of("规章 0 0 0", "行政规范性文件 12 3 87"), RunTogetherRows.split("规章 0 0 0 行政规范性文件 12 3 87"));
    }

    @Test
    void aNoteInBracketsWithCommasDoesNotMakeTheLineProse() {
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 5 1 0 0 0 0 6", "（三）不予公开 1.属于国家秘密 无 0 0 0 0 0 0"),
                RunTogetherRows.split("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 5 1 0 0 0 0 6 （三）不予公开 1.属于国家秘密 无 0 0 0 0 0 0"));
    }

    @Test
    void aSingleRowProseAUnitAfterTheValuesAndSeparatedCellsStayAsTheyAre() {
        for (String line : List.of("四、结转下年度继续办理 2 1 0 0 0 0 3", "全年受理申请 12 件，办结 12 件", "受理申请 12 件 办结 10 件", "受理申请 12 件 办结 10",
                "规章\t0\t0\t0\t行政规范性文件\t12", "| 规章 | 0 | 0 | 0 | 行政规范性文件 | 12 |", "0 0 0 1 2", "信息内容 本年制发件数 本年废止件数")) {
            assertEquals(List.of(line), RunTogetherRows.split(line), line);
        }
    }
}
