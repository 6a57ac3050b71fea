package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.eachWording;
import static org.disclosurestats.importing.ProseSentences.has;
import static org.disclosurestats.importing.ProseSentences.noValue;
import static org.disclosurestats.importing.ProseSentences.none;
import static org.disclosurestats.importing.ProseSentences.read;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Guards that keep figures of reports nobody read from being read with a wrong meaning (session 9): running totals as of
 * a date, interpretations and website columns counted as categories, numbers inside a quoted name,
 * channels named together, the whole named as its parts. Sentences written for these tests in the wording of work
 * reports, both scripts; beside each guard, wordings that must still be read.
 */
class ProseUnseenPrecisionTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static List<Extracted> readFor(String issuer, String text) {
        ProseExtractor.Context context = new ProseExtractor.Context(issuer, null, false, name -> Optional.empty(), 2016);
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, context).figures();
    }

    @Test
    void aRunningTotalAsOfADateIsNotTheYearsFigure() {
        eachWording(List.of("据统计,截至2021年12月31日,累计主动公开规范性文件3件、部门文件12件。",
                "截止2016年底,门户网站各栏目共累计发布各类信息800余条。", "截至2020年12月31日,本局累計公開工作動態215條。"),
                (text, read) -> assertTrue(read.stream().noneMatch(f -> f.value().longValue() > 2 && !f.metric().equals("pro.items_cumulative")),
                        text + " " + read));
        // a bracket that opens with 累计 after a figure of the year holds the running total, the figure before it is the year's
        List<Extracted> bracket = read("其中,公开政府文件23件(累计公开件184件)。");
        assertTrue(noValue(bracket, 184), bracket.toString());
        // 截至 alone dates the year's figure, 累计 alone may sum the year
        List<Extracted> dated = read("截止2018年12月底,我乡主动公开政府信息2873条。");
        assertTrue(has(dated, "pro.items", null, 2873), dated.toString());
        List<Extracted> summed = read("2016年,全县各乡镇、县直部门严格按照年度要点,累计主动公开政府信息12263条。");
        assertTrue(has(summed, "pro.items", null, 12263), summed.toString());
    }

    @Test
    void interpretationsAreNoCategoryOfTheInformationDisclosed() {
        eachWording(List.of("通过政府网站主动公开各类政府信息90条,其中发布政策性文件15条,解读政策性文件15条。", "全年发布政策性文件图解20件。",
                "發布政策文件4條、解讀信息4條。"), (text, read) -> assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items")
                && (f.breakdown().contains("解读") || f.breakdown().contains("解讀") || f.breakdown().contains("图解"))), text + " " + read));
        // the documents beside them stay categories, and so does a kind of information named with its interpretations
        List<Extracted> parts = read("通过政府网站主动公开各类政府信息90条,其中发布政策性文件15条,解读政策性文件15条。");
        assertTrue(has(parts, "pro.category_items", "政策性文件", 15), parts.toString());
        List<Extracted> kind = read("主动公开政府信息120条,其中政策文件及解读32条。");
        assertTrue(has(kind, "pro.category_items", "政策文件及解读", 32), kind.toString());
    }

    @Test
    void columnsOfAWebsiteAndWhatAnotherOutletTookAreNoInformation() {
        List<Extracted> afterParts = read("区政府门户网站共发布信息18439条,其中:概况类69条、政务动态类8043条;共维护13个专栏,其中新开2个。");
        assertTrue(noValue(afterParts, 13) && noValue(afterParts, 2) && has(afterParts, "pro.category_items", "概况类", 69), afterParts.toString());
        eachWording(List.of("共维护13个专栏,其中新开2个。", "全年新开设栏目5个。"),
                (text, read) -> assertTrue(none(read, "pro.category_items") && none(read, "pro.items"), text + " " + read));
        List<Extracted> adopted = read("全年在网站主动公开信息40条,其中概况信息4条、工作动态12条,其中主站采用9条。");
        assertTrue(noValue(adopted, 9), adopted.toString());
        assertTrue(has(adopted, "pro.category_items", "工作动态", 12), adopted.toString());
    }

    @Test
    void aCategoryIsNamedWithoutTheVerbThatSumsItAndWithoutTheWebsiteItWasPublishedOn() {
        List<Extracted> columns = read("2011年,厅网站共公开政府信息1170条,其中机构职能栏目共公开信息10条。");
        assertTrue(has(columns, "pro.category_items", "机构职能栏目", 10), columns.toString());
        List<Extracted> summed = read("全年主动公开政府信息300条,其中政务动态栏目共发布信息80条,通知公告栏目共计公开政府信息20条。");
        assertTrue(has(summed, "pro.category_items", "政务动态栏目", 80) && has(summed, "pro.category_items", "通知公告栏目", 20), summed.toString());
        List<Extracted> site = read("全县通过县政府网站主动公开政府信息4042条,其中县政府门户网站概况类信息和政务动态信息共计1495条。");
        assertTrue(has(site, "pro.category_items", "概况类信息和政务动态信息", 1495), site.toString());
    }

    @Test
    void aCountInsideAQuotedNameIsNoFigure() {
        List<Extracted> named = read("公开重点领域信息12条,涉及疫情防控、爱国卫生“7个专项行动”等工作。");
        assertTrue(noValue(named, 7), named.toString());
        assertTrue(has(named, "pro.category_items", "重点领域信息", 12), named.toString());
        assertNull(ReferredNumbers.refusal("开展“政务公开日”活动3次", 11, 13));
    }

    @Test
    void aNumberPublishedOnTwoWebsitesNamedTogetherIsTheFigureOfNeitherSite() {
        eachWording(List.of("我办在市政府门户网站和法制办网站进行了主动公开信息27条。", "通过区政府网和区教育信息网发布政府信息45条。",
                "在定西党政网发布部门动态11条。"), (text, read) -> assertTrue(read.stream().noneMatch(f -> f.metric().startsWith("pro.channel.")), text + " " + read));
        List<Extracted> both = read("我办在市政府门户网站和法制办网站进行了主动公开信息27条,其中概况信息1条、工作动态3条。");
        assertTrue(has(both, "pro.items", null, 27) && has(both, "pro.category_items", "工作动态", 3), both.toString());
        List<Extracted> one = read("通过政府门户网站主动公开政府信息56条。");
        assertTrue(has(one, "pro.channel.website", null, 56), one.toString());
        // several media closed by 等媒体 stay the other channels they are
        List<Extracted> media = read("还通过省审计厅网站、市文明网及县文明网等媒体主动向社会公开信息60条。");
        assertFalse(has(media, "pro.items", null, 60), media.toString());
    }

    @Test
    void theIssuerWithAllItsDepartmentsIsTheWholeNotAPart() {
        List<Extracted> whole = readFor("天津市南开区人民政府", "2012年区政府及各工作部门主动公开政府信息3217条。");
        assertTrue(whole.stream().anyMatch(f -> f.metric().equals("pro.items") && f.subject() == null && f.value().longValue() == 3217), whole.toString());
        List<Extracted> parts = readFor("天水市人民政府", "2016年,全市各县区、各部门召开政府信息公开工作会议21次,举办各类培训班17次。");
        assertTrue(parts.stream().filter(f -> f.value().longValue() == 21 || f.value().longValue() == 17).allMatch(f -> f.subject() == null)
                && parts.size() >= 2, parts.toString());
        // the parts alone stay parts
        List<Extracted> townships = readFor("天水市人民政府", "全市各县区召开政府信息公开工作会议21次。");
        assertTrue(townships.stream().allMatch(f -> f.subject() != null), townships.toString());
    }

    @Test
    void aLongNameShortenedFromItsSecondWordIsStillTheIssuer() {
        assertTrue(IssuerShortName.of("县药监局", "澧县食品药品监督管理局"));
        assertFalse(IssuerShortName.of("县监局", "澧县食品药品监督管理局"));
        assertFalse(IssuerShortName.of("市改委", "杭州市发展和改革委员会"));
        List<Extracted> self = readFor("澧县食品药品监督管理局", "2014年,县药监局累计公开信息72余条,在各类报刊发表食药监管信息10余条。");
        assertTrue(self.stream().allMatch(f -> f.subject() == null) && !self.isEmpty(), self.toString());
    }

    @Test
    void aBareLevelWordIsTheIssuerSpeakingOfItself() {
        List<Extracted> self = readFor("某区某街道办事处", "2019年度街道受理信息公开申请0件。");
        assertTrue(self.stream().allMatch(f -> f.subject() == null) && !self.isEmpty(), self.toString());
    }
}
