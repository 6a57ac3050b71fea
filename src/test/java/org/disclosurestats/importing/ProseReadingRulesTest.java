package org.disclosurestats.importing;

import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * The rules of the prose reader that are not a term of the lexicon, stated as behaviour on sentences of real
 * reports (the corpus's dev half and other published reports). Plain JUnit: the catalogue is read from its
 * migration files.
 */
class ProseReadingRulesTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());
    private static final ProseExtractor.Context NO_TERRITORY = new ProseExtractor.Context("", null, false, name -> Optional.empty());

    private static List<Extracted> read(String text) {
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, NO_TERRITORY).figures();
    }

    private static DocumentReader.Reading document(String text, Integer year) {
        ProseExtractor.Context context = new ProseExtractor.Context("", null, false, name -> Optional.empty(), year);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), "text/plain"), context);
    }

    private static boolean has(List<Extracted> read, String metric, String breakdown, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value().longValue() == value && (breakdown == null || breakdown.equals(f.breakdown())));
    }

    @Test
    void aReportWithoutTablesIsReadInTheEditionOfItsYear() {
        assertEquals(Edition.LEGACY, ProseEdition.ofYear(2018));
        assertEquals(Edition.F2019, ProseEdition.ofYear(2020));
        assertEquals(Edition.F2021, ProseEdition.ofYear(2025));
        assertEquals(Edition.LEGACY, ProseEdition.ofYear(null));
    }

    @Test
    void aNegatedRequestIn2020IsANewRequestZeroNeverTheLegacyRow() {
        DocumentReader.Reading r = document("2020年度我街道未收到申请人提出的依申请公开。", 2020);
        assertEquals(Edition.F2019, r.edition());
        assertTrue(has(r.figures(), "req.new.total", null, 0), r.figures().toString());
        assertTrue(r.figures().stream().noneMatch(f -> f.metric().startsWith("lreq.")), r.figures().toString());
    }

    @Test
    void theYearIsReadFromTheTitleWhenTheCallerDoesNotGiveIt() {
        DocumentReader.Reading r = document("2025年政府信息公开工作年度报告\n2025年我办未收到要求公开政府信息的申请。", null);
        assertEquals(Edition.F2021, r.edition());
        assertTrue(has(r.figures(), "req.new.total", null, 0), r.figures().toString());
    }

    @Test
    void aReconsiderationThatDidNotHappenIn2020IsTheTablesReconsiderationTotal() {
        DocumentReader.Reading r = document("2020年,公明街道未发生因政府信息公开申请提起的行政复议案件。", 2020);
        assertTrue(has(r.figures(), "appeal.review.total", null, 0), r.figures().toString());
        assertTrue(r.figures().stream().noneMatch(f -> f.metric().equals("req.new.total")), r.figures().toString());
    }

    @Test
    void aLegacyFigureWithoutCounterpartInTheLaterEditionStaysUnmapped() {
        DocumentReader.Reading r = document("全年涉及政府信息公开的行政申诉1件。", 2021);
        assertTrue(r.figures().isEmpty(), r.figures().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().contains("not part of the 2021 edition")), r.unmapped().toString());
    }

    @Test
    void categoriesSharingOneNumberEachHaveIt() {
        List<Extracted> read = read("2013年主动公开政府信息22条,其中,规范性文件信息10条,规划计划和完成情况类信息8条,公共资金使用信息、机构调整和人员变动类信息各2条。");
        assertTrue(has(read, "pro.category_items", "公共资金使用信息", 2), read.toString());
        assertTrue(has(read, "pro.category_items", "机构调整和人员变动类信息", 2), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.breakdown().endsWith("各")), read.toString());
    }

    @Test
    void categoriesSaidAllToHaveOneNumberEachHaveIt() {
        for (String text : List.of("2014年度共主动公开政府信息312条。其中,政务动态类信息232条;决策信息、人事信息、公共资源交易类信息均为0条。",
                "全年主动公开政府信息312条,其中政务动态类信息232条,决策信息、人事信息、公共资源交易类信息都是0条。",
                "全年主動公開政府信息312條,其中政務動態類信息232條,決策信息、人事信息、公共資源交易類信息均為0條。",
                "全年主动公开政府信息312条,其中政务动态类信息232条,决策信息、人事信息、公共资源交易类信息均0条。")) {
            List<Extracted> read = read(text);
            assertEquals(3, read.stream().filter(f -> f.metric().equals("pro.category_items") && f.value().signum() == 0).count(), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.value().signum() == 0 && f.breakdown().equals("人事信息")), text + " " + read);
            assertTrue(read.stream().noneMatch(f -> f.breakdown().matches(".*(均|都|為|为)$")), text + " " + read);
        }
        // one count said of one category, or an average, is no sharing
        List<Extracted> one = read("全年主动公开政府信息312条,其中人事信息均为0条。");
        assertTrue(one.stream().noneMatch(f -> f.breakdown().contains("、")), one.toString());
        List<Extracted> average = read("全年主动公开政府信息312条,其中城镇、农村人均2条。");
        assertTrue(average.stream().noneMatch(f -> f.breakdown().equals("城镇") || f.breakdown().equals("农村")), average.toString());
    }

    @Test
    void twoTimesCountsAnEventButTwoOfAThingIsWords() {
        assertTrue(has(read("年初、年中两次举办政府信息公开工作培训。"), "cap.training_sessions", null, 2));
        assertTrue(read("坚持两个方面的工作。").isEmpty());
    }

    @Test
    void aCountWrittenAfterItsRowNameNeedsNoUnit() {
        List<Extracted> read = read("政府信息公开申请数为2,其中当面申请数为2条。");
        assertTrue(has(read, "lreq.received", null, 2), read.toString());
        assertTrue(has(read, "lreq.received.in_person", null, 2), read.toString());
        assertTrue(read("统计人数为25,编号为2014。").isEmpty());
    }

    @Test
    void theYearsTotalWrittenAsAccumulatedIsTheYearsTotalButARunningTotalIsNot() {
        assertTrue(has(read("全年累计主动公开政府信息100余条。"), "pro.items", null, 100));
        List<Extracted> running = read("我们通过目录管理系统累计主动公开政府信息已达657条。");
        assertTrue(running.stream().noneMatch(f -> f.metric().equals("pro.items")), running.toString());
    }

    @Test
    void withoutRequestsNoFeeAroseAndNoRequestWasReceived() {
        List<Extracted> read = read("本年度我镇没有依申请公开信息情况,因此未发生依申请公开信息收费和费用减免情况。");
        assertTrue(has(read, "lreq.received", null, 0), read.toString());
        assertTrue(has(read, "fee.request_fees", null, 0), read.toString());
        assertEquals(2, read.size(), read.toString());
    }

    @Test
    void aUnitWordWithoutANameIsTheIssuerItself() {
        List<Extracted> read = read("部门网站发布工作日常动态33条,通知通告14条。");
        assertTrue(has(read, "pro.category_items", "工作日常动态", 33), read.toString());
        assertTrue(read.stream().allMatch(f -> f.subject() == null), read.toString());
    }

    @Test
    void aListItemThatIsAClauseOfItsOwnIsNoCategory() {
        List<Extracted> read = read("全旗主动公开政府信息6.7万余条,其中政府网站公开信息5636条,政务新媒体公开信息9500余条。");
        assertTrue(has(read, "pro.items", null, 67000), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items")), read.toString());
    }

    @Test
    void waysOfPublishingAreNoCount() {
        assertTrue(read("我局向社会主动公开政府信息主要通过四条途径,一是网站公布政府信息。").isEmpty());
    }

    @Test
    void thePartsOfTheReportAreNoFigures() {
        assertTrue(read("全文包括概述、政府信息依申请公开情况、因政府信息公开申请行政复议和行政诉讼情况等六个部分。").isEmpty());
    }

    @Test
    void aPartNamedAfterATotalIsNoCompanionOfIt() {
        List<Extracted> read = read("本年度共受理政府信息公开申请8件,其中当面申请3件,网上申请5件。");
        assertTrue(has(read, "lreq.received", null, 8), read.toString());
        assertTrue(has(read, "lreq.received.online", null, 5), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lreq.received.online") && f.value().longValue() == 8), read.toString());
    }

    @Test
    void aChannelAfterATotalIsItsChannelNotACategory() {
        List<Extracted> read = read("2012年,我局共主动公开政府信息215条,其中通过局网站公开198条。");
        assertTrue(has(read, "pro.channel.website", null, 198), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items")), read.toString());
    }

    private static List<Extracted> readBy(String issuer, String text) {
        ProseExtractor.Context context = new ProseExtractor.Context(issuer, "110101", false, name -> Optional.empty());
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, context).figures();
    }

    private static boolean allAboutTheIssuer(List<Extracted> read) {
        return !read.isEmpty() && read.stream().allMatch(f -> f.subject() == null);
    }

    @Test
    void aUnitNamedWithWoOrBenIsTheIssuerItself() {
        List<Extracted> read = readBy("东城区东直门街道办事处", "2017年,我街道主动公开信息569条,其中业务动态类信息386条。");
        assertTrue(has(read, "pro.items", null, 569), read.toString());
        assertTrue(allAboutTheIssuer(read), read.toString());
    }

    @Test
    void notBelongingToThisAgencyNamesNoActor() {
        List<Extracted> read = readBy("东城区东直门街道办事处", "本街道2017年共收到申请2件,均按时办结,其中申请公开信息不存在1件,不属于本行政机关公开1件。");
        assertTrue(has(read, "lreq.answered.not_this_agency", null, 1), read.toString());
        assertTrue(allAboutTheIssuer(read), read.toString());
    }

    @Test
    void aPlaceAfterZaiIsWhereItWasPublishedNotWhoPublishedIt() {
        List<Extracted> read = readBy("高平市人民政府办公室", "在高平市人民政府门户网站发布政务动态类信息226条。");
        assertTrue(has(read, "pro.category_items", "政务动态类信息", 226), read.toString());
        assertTrue(allAboutTheIssuer(read), read.toString());
    }

    @Test
    void aBracketedRemarkAfterTheIssuersNameIsNoPartOfIt() {
        List<Extracted> read = readBy("抚州市统计局（城市名被转载站替换，据文号“抚政办”推断）", "2022年,市统计局门户网站主动公开政府信息22条。");
        assertTrue(allAboutTheIssuer(read), read.toString());
    }

    @Test
    void aListOfDocumentsTakesNoPartCountedInPeople() {
        List<Extracted> read = read("2017年共公开政府信息164条,其中通过平西微宣公布信息100条,通过公开栏公布16条;办理市长热线交办件40余件,"
                + "接听群众电话咨询500余人次,接受处理群众生产生活问题反映1000余人次。");
        assertTrue(read.stream().noneMatch(f -> f.value().longValue() == 1000), read.toString());
    }

    @Test
    void aClassNamedWithQuotesKeepsItsWholeName() {
        List<Extracted> read = read("其中,新闻发布类13条,“三公”经费专项资金使用情况类2条,其他类8条。");
        assertTrue(has(read, "pro.category_items", "新闻发布类", 13), read.toString());
        assertTrue(has(read, "pro.category_items", "“三公”经费专项资金使用情况类", 2), read.toString());
    }

    @Test
    void twoTermsNamedTogetherGiveOneFigureWithoutCategory() {
        List<Extracted> read = read("本年度公开人大代表建议、政协提案复文191件。");
        assertTrue(has(read, "pro.proposal_results", "", 191), read.toString());
        List<Extracted> each = read("2018年,阿拉山口市政府网站公开人大建议办理结果40件、政协提案办理结果35件。");
        assertTrue(has(each, "pro.proposal_results", "人大建议", 40), each.toString());
        assertTrue(has(each, "pro.proposal_results", "政协提案", 35), each.toString());
    }

    @Test
    void wordsEndingInAPublishingVerbAreAPlaceOfPublishingNotACategory() {
        List<Extracted> read = read("截止20101231日,全乡累计主动公开政府信息65条。其中,网上公开信息20条,所占比例为30%,兴华乡政务公开揭示板上公开45条,所占比例75%");
        assertTrue(read.stream().noneMatch(f -> f.value().longValue() == 45 || f.value().longValue() == 75), read.toString());
    }

    @Test
    void aCategoryIsQuotedInTheScriptTheReportIsWrittenIn() {
        List<Extracted> read = read("2012年度共主動公開政府信息100條,其中採購公告類信息40條,其他類60條。");
        assertTrue(has(read, "pro.category_items", "採購公告類信息", 40), read.toString());
    }

    @Test
    void aPartOfTheTerritoryInAListIsTheTotalForThatPartNotACategory() {
        List<Extracted> read = read("全县共主动公开政府信息4210条,其中县直各单位公开2600条,各乡镇公开1610条。");
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.items") && f.value().longValue() == 2600 && f.subject() != null
                && f.subject().name().equals("县直各单位")), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.items") && f.value().longValue() == 1610 && f.subject() != null), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items")), read.toString());
    }

    @Test
    void whatAServiceCentreReceivesOrClosesIsNoRequestForInformation() {
        List<Extracted> read = read("县行政服务中心全年共受理申请3120件,办结3102件。");
        assertTrue(read.stream().noneMatch(f -> f.metric().startsWith("lreq.")), read.toString());
    }

    @Test
    void anAnswerMayFollowTheRequestsOfTheSentenceBefore() {
        List<Extracted> read = read("本年度共受理政府信息公开申请7件。已答复7件,其中同意公开5件。");
        assertTrue(has(read, "lreq.answered", null, 7), read.toString());
        assertTrue(has(read, "lreq.answered.granted", null, 5), read.toString());
    }

    @Test
    void aNumberAfterQiZhongIsAPartNeverItsTotalAgain() {
        List<Extracted> read = read("全年共收到申请9件,其中网上申请6件,当面申请3件。");
        assertTrue(has(read, "lreq.received", null, 9), read.toString());
        assertTrue(has(read, "lreq.received.online", null, 6), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lreq.received.online") && f.value().longValue() == 9), read.toString());
    }

    @Test
    void aBareNegationUnderAHeadingIsAZeroOfWhatTheHeadingNames() {
        DocumentReader.Reading r = document("四、因政府信息公开申请提起行政复议、行政诉讼的情况\n本局本年度无。\n五、政府信息公开的收费情况\n本年度无申请。", 2015);
        assertTrue(has(r.figures(), "lappeal.review", null, 0), r.figures().toString());
        assertTrue(has(r.figures(), "lappeal.suit", null, 0), r.figures().toString());
        assertTrue(r.figures().stream().noneMatch(f -> f.metric().equals("lreq.received") || f.metric().startsWith("fee.")), r.figures().toString());
    }

    @Test
    void aNegationWhoseRequestLeadsToAnAppealSaysNothingOfRequests() {
        List<Extracted> read = read("全年没有因政府信息公开申请提起行政复议的情况。");
        assertTrue(has(read, "lappeal.review", null, 0), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lreq.received")), read.toString());
    }

    @Test
    void aRunningTotalAsOfADateIsNotTheYearsTotal() {
        List<Extracted> read = read("截至11月底,全镇累计主动公开政府信息83条。");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.items")), read.toString());
    }

    @Test
    void placesCountedBeforeAVerbAreNotWhatTheVerbSetsUp() {
        List<Extracted> read = read("在12个村委会设立了政府信息公开受理点。");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("cap.request_points")), read.toString());
    }

    @Test
    void twoRequestsWrittenInWordsAreACountButTwoMattersAreNot() {
        assertTrue(has(read("全年收到政府信息公开申请两件。"), "lreq.received", null, 2));
        assertTrue(read("重点抓好两件实事的信息公开。").isEmpty());
    }

    @Test
    void theChannelNamedBesideTheNumberWinsOverOneNamedEarlierInTheSentence() {
        List<Extracted> read = read("全年共主动公开政府信息900条,其中通过县政府门户网站公开700条,通过政府公报公开60条。");
        assertTrue(has(read, "pro.channel.gazette", null, 60), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.channel.website") && f.value().longValue() == 60), read.toString());
    }

    @Test
    void aBracketAfterANumberOpensItsPartsWhoseWordsAreNotTheNumbers() {
        List<Extracted> read = read("全年共收到政府信息公开申请15件(其中当面申请4件、网上申请11件)。");
        assertTrue(has(read, "lreq.received", null, 15), read.toString());
        assertTrue(has(read, "lreq.received.online", null, 11), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lreq.received") && f.value().longValue() != 15), read.toString());
    }

    @Test
    void aChannelNamedAsAnItemOfAListIsThatChannelNotACategory() {
        List<Extracted> read = read("全年主动公开政府信息4100条,其中政府网站2500条、政务微博900条、政务微信700条。");
        assertTrue(has(read, "pro.channel.website", null, 2500), read.toString());
        assertTrue(has(read, "pro.channel.weibo", null, 900), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items")), read.toString());
    }

    @Test
    void anOutcomeWrittenAfterItsNumberIsRead() {
        List<Extracted> read = read("全年共收到群众申请公开政府信息4件,均予以答复,其中3件同意公开,1件属于非本机关职责范围。");
        assertTrue(has(read, "lreq.answered.granted", null, 3), read.toString());
        assertTrue(has(read, "lreq.answered.not_this_agency", null, 1), read.toString());
    }

    @Test
    void aLettersChannelIsNoWebsiteOfPublication() {
        List<Extracted> read = read("全年共收到来信560件,其中市长信箱120件,市政府网站“民声”栏目300件。");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.channel.website")), read.toString());
    }

    @Test
    void severalChannelsNamedTogetherAreWhereTheTotalWasPublished() {
        List<Extracted> read = read("全年通过门户网站、政务微博、政务微信等渠道主动公开政府信息4821条。");
        assertTrue(has(read, "pro.items", null, 4821), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().startsWith("pro.channel.")), read.toString());
    }

    @Test
    void anAnswerIsNoCategoryOfTheInformationPublished() {
        List<Extracted> read = read("本局主动公开信息37条,其中规划计划类信息12条、不予公开为0件。");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items") && f.breakdown().contains("不予公开")), read.toString());
    }

    @Test
    void aCountedLabelLosesTheWordForCount() {
        List<Extracted> read = read("在主动公开的信息中,工作动态类信息30条,机构职能类信息数2条。");
        assertTrue(has(read, "pro.category_items", "机构职能类信息", 2), read.toString());
    }

    @Test
    void theReadingsAConverterLeftAfterCharactersAreNoPartOfTheText() {
        assertEquals("本年度未發生因政府信息公開申請行政復議的情況", DocumentText.withoutPinyinGlosses("本年度未發(fā)生因政府信息公開申請(qǐng)行政復(fù)議的情況"));
        assertEquals("通报(一)和附件(a)", DocumentText.withoutPinyinGlosses("通报(一)和附件(a)"));
    }

    @Test
    void aFigureOfWhatTheBodyPlansIsNoFigureOfTheYearButACountedPlanIs() {
        DocumentReader.Reading planned = document("2019年举办培训3期。下一步，我们将加强培训，全年计划举办培训2期。", 2019);
        assertTrue(has(planned.figures(), "cap.training_sessions", null, 3), planned.figures().toString());
        assertTrue(planned.figures().stream().noneMatch(f -> f.value() != null && f.value().longValue() == 2), planned.figures().toString());
        assertTrue(planned.unmapped().stream().anyMatch(u -> u.reason().contains("plan")), planned.unmapped().toString());
        DocumentReader.Reading nouns = document("2013年主动公开政府信息120条，其中规划计划和完成情况类信息8条。", 2013);
        assertTrue(has(nouns.figures(), "pro.items", null, 120), nouns.figures().toString());
        assertTrue(nouns.unmapped().stream().noneMatch(u -> u.reason().contains("plan")), nouns.unmapped().toString());
    }
}
