package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * How the prose reader reads proactive disclosure, its channels, power lists and capacity, phrasing family by phrasing
 * family. Every sentence is written for the test (several wordings of each family, in both scripts where the script
 * changes the words); none is copied from a report. Plain JUnit: the catalogue is read from its migration files.
 */
class ProactiveProseTest {

    /** Asserts that a text yields each category of pro.category_items with its count: label, value, label, value… */
    private static void assertCategories(String text, Object... labelsAndCounts) {
        List<Extracted> read = read(text);
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            assertTrue(has(read, "pro.category_items", (String) labelsAndCounts[i], (Integer) labelsAndCounts[i + 1]), text + " " + read);
        }
    }

    /** Reads each wording of a family and checks what it yields. */
    @Test
    void numberedItemsAfterATotalAreItsCategoriesWithoutTheirNumbers() {
        eachWording(List.of("2013年共公开各类信息532条,包括:1.机构概况12条;2.政策法规56条;3.工作动态380条;4.其他84条。",
                "全年主动公开政府信息532条,其中(1)机构概况12条,(2)政策法规56条,(3)工作动态380条,(4)其他84条。",
                "本年度主動公開政府信息532條,其中①機構概況12條;②政策法規56條;③工作動態380條;④其他84條。"), (text, read) -> {
            assertTrue(has(read, "pro.items", null, 532), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.value().longValue() == 56 && f.metric().equals("pro.category_items")
                    && (f.breakdown().equals("政策法规") || f.breakdown().equals("政策法規"))), text + " " + read);
            assertTrue(read.stream().noneMatch(f -> f.breakdown().matches(".*[0-9①②③].*")), text + " " + read);
        });
    }

    @Test
    void listItemsThatDropTheUnitCountInTheUnitOfTheirList() {
        List<Extracted> numbered = read("全年主动公开政府信息200条,其中1.机构职能8;2.政策文件32;3.工作动态160。");
        assertTrue(has(numbered, "pro.category_items", "机构职能", 8), numbered.toString());
        assertTrue(has(numbered, "pro.category_items", "工作动态", 160), numbered.toString());
        List<Extracted> last = read("公开信息分类:主动公开信息40条;其中规划计划类信息12条;人事类信息20条;其他信息8。");
        assertTrue(has(last, "pro.category_items", "其他信息", 8), last.toString());
        // a number without a unit outside a list of parts is no figure (an address, a year, a document number)
        assertTrue(read("本局地址为人民路88,联系电话3012345。").isEmpty());
        List<Extracted> noList = read("全年主动公开政府信息86条,文件编号为2014。");
        assertTrue(noList.stream().allMatch(f -> f.value().longValue() == 86), noList.toString());
    }

    @Test
    void aCategoryKeepsTheBracketInsideItsNameAndLosesTheWordsThatIntroduceIt() {
        String total = "2014年度共主动公开政府信息300条。";
        List<Extracted> bracket = read(total + "在主动公开的信息中,政务(工作)动态类的信息14条,占4.7%。");
        assertTrue(has(bracket, "pro.category_items", "政务(工作)动态类的信息", 14), bracket.toString());
        assertTrue(bracket.stream().anyMatch(f -> f.metric().equals("pro.category_share") && f.breakdown().equals("政务(工作)动态类的信息")), bracket.toString());
        assertCategories(total + "其中,属于业务类信息201条;政策法规类信息有25条;规划计划类信息共有14条。", "业务类信息", 201, "政策法规类信息", 25,
                "规划计划类信息", 14);
        assertCategories("2014年度共主動公開政府資訊300條,其中屬於業務類資訊201條,政策法規類資訊有25條。", "業務類資訊", 201, "政策法規類資訊", 25);
    }

    @Test
    void aListOfCategoriesRunsOnInASentenceThatSaysAmongThePublished() {
        assertCategories("全年主动公开政府信息120条,其中工作动态类信息80条。在主动公开的信息中与群众切身利益相关的信息有30条。"
                + "在主动公开的信息中属财政资金方面的信息10条。", "与群众切身利益相关的信息", 30, "财政资金方面的信息", 10);
    }

    @Test
    void contentOfEveryKindIsTheTotalAndAListItMayCoverAreItsCategories() {
        String[] wordings = {"2025年,我镇主动公开内容共18条,涵盖规划计划3条、人事信息1条、政府信息公开指南1条。",
            "2025年,我鎮主動公開內容共18條,涵蓋規劃計劃3條、人事信息1條、政府信息公開指南1條。",
            "全年主动公开政府信息18条,主要有以下几类:规划计划3条、人事信息1条、政府信息公开指南1条。"};
        for (String text : wordings) {
            List<Extracted> read = read(text);
            long categories = read.stream().filter(f -> f.metric().equals("pro.category_items") && !f.breakdown().matches(".*[内內]容.*")).count();
            assertTrue(has(read, "pro.items", null, 18) && categories == 3 && read.size() == 4, text + " " + read);
        }
    }

    @Test
    void aLongCategoryThatEnumeratesWhatItCoversKeepsItsWholeName() {
        assertCategories("全年主动公开政府信息60条,其中,主动公开安全生产的监管执法、事故调查、隐患排查、整改落实等信息数12条。",
                "安全生产的监管执法、事故调查、隐患排查、整改落实等信息", 12);
    }

    @Test
    void placesSectionsAndBodiesAreNoCategoryOfInformation() {
        assertTrue(none(read("全县共设置政务公开栏128个,在各村安装宣传栏46个。"), "pro.category_items"));
        assertTrue(none(read("科学设置信息公开栏目8项。"), "pro.category_items"));
        assertTrue(none(read("全面公开全区21个执法主体的执法依据。"), "pro.category_items"));
        assertTrue(none(read("市档案馆接收政府信息公开文件资料520件。"), "pro.category_items"));
        assertTrue(none(read("公布县级部门权责清单35个,涉及权力事项4210项。"), "pro.category_items"));
    }

    @Test
    void eachChannelNamedBesideItsNumberIsThatChannel() {
        List<Extracted> read = read("全年共主动公开政府信息1250条,其中通过政府网站公开1000条,通过政府公报公开50条,通过公开栏公开100条,"
                + "通过新闻发布会发布信息40条。");
        assertTrue(has(read, "pro.channel.website", null, 1000), read.toString());
        assertTrue(has(read, "pro.channel.gazette", null, 50), read.toString());
        assertTrue(has(read, "pro.channel.other", null, 100), read.toString());
        assertTrue(has(read("利用电子显示屏发布信息320条。"), "pro.channel.other", null, 320));
        assertTrue(has(read("2016年在县政府门户网站(政府信息公开平台)主动公布政府信息有71条。"), "pro.channel.website", null, 71));
    }

    @Test
    void newMediaCountedTogetherAreOneChannelButTheTotalStaysTheTotal() {
        assertTrue(has(read("全年通过政务新媒体发布信息3200条。"), "pro.channel.new_media", null, 3200));
        assertTrue(has(read("通过微信公众号、抖音号等新媒体平台发布信息950条。"), "pro.channel.new_media", null, 950));
        assertTrue(has(read("全年通過政務新媒體發布信息620條。"), "pro.channel.new_media", null, 620));
        List<Extracted> total = read("全年通过门户网站、政务微博、政务微信等新媒体平台主动公开政府信息4821条。");
        assertTrue(has(total, "pro.items", null, 4821), total.toString());
        assertTrue(none(total, "pro.channel.new_media"), total.toString());
        assertTrue(none(read("全年通过政务微信发布信息860条。"), "pro.channel.new_media"));
    }

    @Test
    void aRunningTotalOfAWebsiteIsCumulativeAndADailyCountIsNoYearsCount() {
        List<Extracted> read = read("2017年累计主动上传信息260条,审核公开260条,累计网站信息总量为558条。");
        assertTrue(has(read, "pro.items", null, 260), read.toString());
        assertTrue(has(read, "pro.items_cumulative", null, 558), read.toString());
        assertTrue(none(read, "pro.channel.website"), read.toString());
        assertTrue(has(read("全年主动公开政府信息总量为2300条。"), "pro.items", null, 2300));
        assertTrue(read("市图书馆每天通过触摸屏等形式供群众查阅政府信息40余次,累计查阅11000余次。").isEmpty());
    }

    @Test
    void countsRightAfterTheirCuttingVerbAreNamedByTheVerb() {
        List<Extracted> read = read("全面清理行政审批事项,2016年共取消45项、下放30项行政权力事项。");
        assertTrue(has(read, "power.approvals_cut", "取消", 45), read.toString());
        assertTrue(has(read, "power.approvals_cut", "下放", 30), read.toString());
        assertTrue(none(read, "power.items"), read.toString());
        List<Extracted> list = read("全市12类市级行政权力清单共2860项。");
        assertTrue(has(list, "power.categories", null, 12), list.toString());
        assertTrue(has(list, "power.items", null, 2860), list.toString());
    }

    @Test
    void aGazetteEditedAndAFundSetAsideAreCounted() {
        assertTrue(has(read("全年编发《政府公报》12期。"), "pro.gazette.issues", null, 12));
        assertTrue(has(read("全年共安排政府信息公开工作经费5万元。"), "cap.budget", null, 5));
        assertTrue(has(read("组织召开政务公开工作推进会2次。"), "cap.meetings", null, 2));
        assertTrue(has(read("全年召開政務公開領導小組會議3次。"), "cap.meetings", null, 3));
        assertTrue(read("召开领导小组会议研究防汛工作2次。").isEmpty());
    }

    @Test
    void aCategoryNamedBeforeItsPublishingVerbIsTheCategoryWithoutTheVerb() {
        assertCategories("全年主动公开政府信息500条,其中工作动态发布200条,财政预决算信息发布30条,人事任免信息发布12条。", "工作动态", 200, "财政预决算信息", 30,
                "人事任免信息", 12);
        assertCategories("本年度主動公開政府信息260條,其中財政預決算信息發布30條,領導信息更新3條。", "財政預決算信息", 30, "領導信息更新", 3);
        // a verb right after a generic word names no category
        List<Extracted> generic = read("全年主动公开政府信息500条,其中政府信息发布200条。");
        assertTrue(none(generic, "pro.category_items"), generic.toString());
    }

    @Test
    void aColonAndTheFirstNumberedItemOpenTheListOfATotalsCategoriesHoweverLongTheirNames() {
        eachWording(List.of("2023年通过门户网站发布政府信息900条,按条例规定公开的情况如下:1.机构职能、内设机构、办公地址、办公时间、联系电话和负责人姓名发布45条;2.发展规划、专项规划及其实施情况12条。",
                "全年主动公开政府信息900条,具体情况:(一)机构职能、内设机构、办公地址、办公时间、联系电话和负责人姓名发布45条;(二)发展规划、专项规划及其实施情况12条。",
                "全年主動公開政府信息900條,分類情況:①機構職能、內設機構、辦公地址、辦公時間、聯繫電話和負責人姓名發布45條;②發展規劃、專項規劃及其實施情況12條。"), (text, read) -> {
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.category_items") && f.value().longValue() == 45 && f.breakdown().endsWith("姓名")), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.category_items") && f.value().longValue() == 12 && f.breakdown().matches("发展规划.*情况|發展規劃.*情況")), text + " " + read);
        });
        // the numbered list goes on after a sentence about one of its items
        assertCategories("全年主动公开政府信息900条,具体情况:1.规范性文件发布20条;2.行政许可事项公开情况发布30条,另梳理办事指南40项。公开办件结果5000件;3.财政预算、决算信息发布16条;4.重大建设项目的批准和实施情况发布8条。",
                "规范性文件", 20, "财政预算、决算信息", 16, "重大建设项目的批准和实施情况", 8);
        // a further count inside one numbered item is not the item's own count (the item's is the first after its numbering)
        String item = "具体情况:1.规范性文件发布20条;2.行政许可信息发布30条,办事指南清单";
        assertTrue(ListContinuation.laterCountOfItem(item, item.indexOf("30条") + 3, false));
        assertTrue(!ListContinuation.laterCountOfItem("具体情况:1.规范性文件发布20条;2.行政许可信息发布", "具体情况:1.规范性文件发布20条".length(), false));
        assertTrue(!ListContinuation.laterCountOfItem("其中(1)机构概况12条,(2)政策法规", "其中(1)机构概况12条".length(), false));
        // a colon without a numbered item after it opens no list: the long clause stays unmapped
        List<Extracted> unnumbered = read("全年主动公开政府信息900条,情况如下:机构职能、内设机构、办公地址、办公时间、联系电话和负责人姓名等发布45条。");
        assertTrue(none(unnumbered, "pro.category_items"), unnumbered.toString());
    }
}
