package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * What every family of metrics relies on, as behaviour on sentences written for these tests in either script: text
 * broken across lines or spaced out by a converter, the period a number speaks of (this year, a change, another
 * year, a running total), respective lists (A、B分别为1件、2件), and whom a figure is about.
 */
class ProseFoundationsTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static ProseExtractor.Result result(String text) {
        ProseExtractor.Context context = new ProseExtractor.Context("", null, false, name -> Optional.empty(), 2015);
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, context);
    }

    private static List<Extracted> read(String text) {
        return result(text).figures();
    }

    private static ProseLines.Joined whole(String text) {
        return ProseLines.join(text, List.of(new ProseText.Span(0, text.length())));
    }

    private static boolean has(List<Extracted> read, String metric, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value().longValue() == value);
    }

    private static boolean hasValue(List<Extracted> read, long value) {
        return read.stream().anyMatch(f -> f.value().longValue() == value);
    }

    // ---------------------------------------------------------------- lines and spaces

    @Test
    void aSentenceBrokenAcrossLinesIsReadAsOneAndQuotedFromTheOriginal() {
        String text = "2015年，本局全年共受理政府信息公开申\n请12件，均已按时答复。全年主动公开政府信息\n1,234条。";
        ProseExtractor.Result r = result(text);
        assertTrue(has(r.figures(), "lreq.received", 12), r.toString());
        assertTrue(has(r.figures(), "pro.items", 1234), r.toString());
        for (Extracted f : r.figures()) {
            assertEquals(text.substring(f.provenance().start(), f.provenance().end()), f.provenance().quote());
        }
    }


    @Test
    void aHeadingOrATitleIsNeverJoinedToTheLineAfterIt() {
        ProseLines.Joined joined = whole("某县民政局2015年政府信息公开工作年度报告\n一、概述\n（二）依申请公开情况\n全年收到申请5件。");
        assertEquals(4, joined.paragraphs().size(), joined.text());
    }

    @Test
    void aLineEndingASentenceOrFollowedByABlankLineEndsItsParagraph() {
        String text = "全年主动公开政府信息300条，其中规范性文件12件\n\n全年受理申请5件。";
        assertEquals(2, whole(text).paragraphs().size());
    }

    @Test
    void linesOfCountsAndItemsStayStatementsOfTheirOwn() {
        assertEquals(3, whole("全年主动公开政府信息300条\n全年受理政府信息公开申请5件\n一是严格落实保密审查制度要求").paragraphs().size());
        assertEquals(2, whole("●全年主动公开各类政府信息共计三百条\n●全年受理政府信息公开申请五件").paragraphs().size());
        assertEquals(1, whole("全年主动公开政府信息300条\n，其中规范性文件12件。").paragraphs().size());
    }

    @Test
    void brokenLinesInTraditionalScriptAndCharactersSpacedOutAreRead() {
        for (String text : List.of("本年度本機關共受理政府資訊公開申請\n12件，全年主動公開政府資訊402條。", "本局 共 受 理 政府信息公开申请 12 件。全年主動公開政府資訊 402 條。")) {
            List<Extracted> read = read(text);
            assertTrue(has(read, "lreq.received", 12) && has(read, "pro.items", 402), text + " → " + read);
        }
    }

    @Test
    void aSingleSpaceBetweenAHeadingAndItsTextKeepsThemApart() {
        ProseLines.Joined joined = whole("三、主动公开情况 我局全年主动公开信息300条。");
        assertTrue(joined.text().startsWith("三、主动公开情况 我局"), joined.text());
    }

    // ---------------------------------------------------------------- the period a number speaks of

    @Test
    void aChangeAgainstLastYearIsNeverTheYearsFigure() {
        List<Extracted> read = read("全年受理政府信息公开申请30件，比上年增加5件，同比增长20%。");
        assertTrue(has(read, "lreq.received", 30), read.toString());
        assertTrue(!hasValue(read, 5) && !hasValue(read, 20), read.toString());
        assertTrue(read("同比增加主动公开政府信息300条。").isEmpty());
        assertTrue(read("全年主动公开政府信息比上年多公开300条。").isEmpty());
        assertTrue(read("與上年相比，主動公開政府資訊增加300條。").isEmpty());
        assertTrue(read("较去年减少受理申请3件。").isEmpty());
    }

    @Test
    void lastYearsFigureBesideThisYearsIsNeverRead() {
        List<Extracted> read = read("全年受理政府信息公开申请30件，比去年的25件有所增加。");
        assertTrue(has(read, "lreq.received", 30) && !hasValue(read, 25), read.toString());
        assertTrue(read("上年度受理政府信息公开申请25件。").isEmpty());
        assertTrue(read("去年全年主動公開政府資訊1700條。").isEmpty());
        List<Extracted> two = read("2014年主动公开政府信息1700条，2015年主动公开政府信息2000条。");
        assertTrue(has(two, "pro.items", 2000) && !hasValue(two, 1700), two.toString());
    }

    @Test
    void whatLastYearPassedOnToThisYearIsThisYearsFigure() {
        assertTrue(has(read("上年度结转政府信息公开申请0件。"), "req.carried_over.total", 0));
    }

    @Test
    void aRunningTotalSinceAnEarlierYearIsNotTheYearsFigure() {
        assertTrue(read("自2008年《条例》施行以来，累计受理政府信息公开申请320件。").isEmpty());
        assertTrue(read("本局成立以來共受理政府資訊公開申請320件。").isEmpty());
        assertTrue(has(read("2015年以来，本局共受理政府信息公开申请12件。"), "lreq.received", 12));
        assertTrue(has(read("今年以来，本局共受理政府信息公开申请12件。"), "lreq.received", 12));
    }

    // ---------------------------------------------------------------- respective lists

    @Test
    void respectiveListsGiveEachNumberItsOwnItem() {
        List<Extracted> read = read("全年共受理申请10件，其中当面申请、网上申请和信函申请分别为3件、5件、2件。");
        assertTrue(has(read, "lreq.received.in_person", 3), read.toString());
        assertTrue(has(read, "lreq.received.online", 5), read.toString());
        assertTrue(has(read, "lreq.received.letter", 2), read.toString());
    }

    @Test
    void respectiveListsInTraditionalScriptWithAVerbAfter分别() {
        List<Extracted> read = read("全年在政務微博、政務微信分別發布資訊800條和600條。");
        assertTrue(has(read, "pro.channel.weibo", 800), read.toString());
        assertTrue(has(read, "pro.channel.wechat", 600), read.toString());
    }

    @Test
    void aListWhoseItemsDoNotMatchTheNumbersInCountDecidesNothingByRank() {
        List<Extracted> read = read("当面申请、网上申请分别为3件、5件、2件。");
        assertTrue(read.stream().noneMatch(f -> f.value().longValue() == 2), read.toString());
    }

    // ---------------------------------------------------------------- subjects

    @Test
    void aPartOfTheTerritoryAfterTheIssuersOwnNameIsThePart() {
        List<Extracted> read = read("全县各乡镇共主动公开政府信息3200条。");
        assertTrue(read.stream().anyMatch(f -> f.value().longValue() == 3200 && f.subject() != null && f.subject().name().equals("各乡镇")), read.toString());
        List<Extracted> districts = read("全市各区县共受理政府资讯公开申请800件。");
        assertTrue(districts.stream().allMatch(f -> f.subject() != null), districts.toString());
    }

    @Test
    void theIssuerNamedInTheThirdPersonIsTheIssuer() {
        for (String s : List.of("我局全年主动公开政府信息150条。", "本機關全年主動公開政府資訊150條。", "我办全年主动公开政府信息150条。", "全县共主动公开政府信息150条。")) {
            List<Extracted> read = read(s);
            assertTrue(has(read, "pro.items", 150) && read.stream().allMatch(f -> f.subject() == null), s + " → " + read);
        }
    }

    @Test
    void anArchiveOrALibraryIsAnotherUnit() {
        List<Extracted> read = read("市档案馆每天接收群众查阅政府信息40余次。");
        assertTrue(read.stream().allMatch(f -> f.subject() != null), read.toString());
    }
}
