package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.eachWording;
import static org.disclosurestats.importing.ProseSentences.has;
import static org.disclosurestats.importing.ProseSentences.none;
import static org.disclosurestats.importing.ProseSentences.noValue;
import static org.disclosurestats.importing.ProseSentences.read;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * The information metrics read only what names government information (CountedThing): a work report counts articles,
 * visitors, list entries, service matters and another website's news with the same verbs. Sentences written for these
 * tests, in the wording of work reports, both scripts; beside each guard, wordings that must still be read.
 */
class ProseCountedThingTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static List<Extracted> readFor(String issuer, String text) {
        ProseExtractor.Context context = new ProseExtractor.Context(issuer, null, false, name -> Optional.empty(), 2025);
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, context).figures();
    }

    private static boolean noInformation(List<Extracted> read) {
        return none(read, "pro.items") && none(read, "pro.category_items") && none(read, "pro.channel.website");
    }

    @Test
    void articlesSentToThePressAndWhatThePressTookAreNoInformationDisclosed() {
        eachWording(List.of("全年发布信息稿件1200篇,被市级以上媒体采用85篇。", "全年共审核发布新闻稿件45篇。", "全年編發資訊稿件320篇。",
                "向市政府报送政务信息60条,被采用12条。"), (text, read) -> assertTrue(noInformation(read), text + " " + read));
        List<Extracted> category = read("全年发布工作动态信息206条。");
        assertTrue(has(category, "pro.category_items", "工作动态信息", 206), category.toString());
    }

    @Test
    void theAudienceOfAWebsiteIsNoCategoryOfInformation() {
        eachWording(List.of("独立用户访问总量28012个。", "獨立用戶訪問總量28012個。", "微信公众号新增粉丝3200个。", "网站订阅用户数450个。"),
                (text, read) -> assertTrue(noInformation(read), text + " " + read));
        List<Extracted> visits = read("全年發布政務動態資訊206條,網站訪問總量達12萬人次。");
        assertTrue(has(visits, "pro.category_items", null, 206), visits.toString());
    }

    @Test
    void entriesOfAListAndServiceMattersAreNoPartOfTheInformationDisclosed() {
        eachWording(List.of("全年主动公开政府信息900条,其中梳理公开零跑腿清单1573条,只跑一次腿清单107项。",
                "全年主動公開政府資訊900條,其中權責清單320條,公共服務事項清單56項。"), (text, read) -> {
            assertTrue(has(read, "pro.items", null, 900), text + " " + read);
            assertFalse(read.stream().anyMatch(f -> f.metric().equals("pro.category_items")), text + " " + read);
        });
        assertTrue(noInformation(read("通过政务服务网向社会公开政务服务事项数275项。")));
        List<Extracted> parts = read("全年主动公开政府信息900条,其中工作动态500条,通知公告120条,人事信息15条。");
        assertTrue(has(parts, "pro.category_items", "工作动态", 500) && has(parts, "pro.category_items", "人事信息", 15), parts.toString());
    }

    @Test
    void theGroundsOfARefusalAreNoCategoryOfInformation() {
        List<Extracted> read = readFor("武汉市汉阳区人民政府办公室",
                "2022年,区政府办公室共收到8份政府信息公开申请。其中,予以公开2件,部分公开2件,属于过程性信息1件,本办不掌握相关政府信息2件。");
        assertTrue(none(read, "pro.category_items"), read.toString());
        assertTrue(has(read, "lreq.answered.granted", null, 2), read.toString());
    }

    @Test
    void theNewsOfAnotherWebsiteIsNoInformationTheIssuerDisclosed() {
        eachWording(List.of("另通过教育信息网发布教育要闻378条、学校动态信息807条。", "另通過教育資訊網發布教育要聞378條、學校動態資訊807條。",
                "在定西党政网发布部门动态11条。", "在人民网发布工作动态35条。"), (text, read) -> assertTrue(noInformation(read), text + " " + read));
        // the issuer's own sites, by any of their names, and a site named after another one
        eachWording(List.of("通过县政府网发布工作动态350条。", "在县政务网发布工作动态350条。", "在县政府门户网站发布工作动态350条。",
                "在人民网转载信息后,又在政府网站公开工作动态350条。"), (text, read) -> assertFalse(noValue(read, 350), text + " " + read));
    }

    @Test
    void theYearTheInformationWasPublishedInIsNoPartOfItsCategory() {
        eachWording(List.of("我局主动公开当年各类政府信息92条。", "我局主動公開當年各類政府信息92條。", "本局主动公开本年度各类政府信息92条。"),
                (text, read) -> assertTrue(has(read, "pro.items", null, 92) && none(read, "pro.category_items"), text + " " + read));
        List<Extracted> category = read("全年公开本年度财政预算信息12条。");
        assertTrue(has(category, "pro.category_items", "财政预算信息", 12), category.toString());
    }

    @Test
    void theIssuersTownGovernmentAndItsChannelsAreTheIssuer() {
        String issuer = "施甸县太平镇人民政府";
        List<Extracted> read = readFor(issuer, "其中,政府门户网站公开185条;太平镇人民政府微信公众号公开144条。");
        assertTrue(read.stream().allMatch(f -> f.subject() == null), read.toString());
        assertTrue(has(read, "pro.channel.wechat", null, 144) && none(read, "pro.items"), read.toString());
        // what the channels include is said of them, by no unit: the figures after it are still the issuer's
        List<Extracted> carried = readFor(issuer, "主动公开政府信息329条,公开渠道涵盖太平镇人民政府微信公众号、政务公开栏等。其中,政府门户网站公开185条。");
        assertTrue(carried.stream().allMatch(f -> f.subject() == null), carried.toString());
        // another town's government stays another unit
        List<Extracted> other = readFor(issuer, "其中,酒房乡人民政府门户网站公开信息60条。");
        assertTrue(other.stream().noneMatch(f -> f.value().intValue() == 60 && f.subject() == null), other.toString());
    }

    @Test
    void aRequestOrACaseOfAnotherMatterIsNoDisclosureRequestOrAppeal() {
        eachWording(List.of("全年共受理行政许可申请356件。", "網上辦事大廳共受理辦事申請3200件。", "全年受理信访事项申请32件。",
                "县法院受理行政诉讼案件23件。"), (text, read) -> assertTrue(read.stream().noneMatch(f -> f.metric().startsWith("lreq.")
                || f.metric().startsWith("lappeal.") || f.metric().startsWith("req.")), text + " " + read));
        eachWording(List.of("全年共受理政府信息公开申请5件。", "全年共受理依申请公开事项5件。", "全年共受理申请5件,均已按时答复。"),
                (text, read) -> assertTrue(has(read, "lreq.received", null, 5), text + " " + read));
    }

    @Test
    void departmentsAreAPowerListsOnlyWhenTheListIsNamed() {
        eachWording(List.of("共有12个部门开设了信息公开专栏。", "全县12个部门参加了培训。"), (text, read) -> assertTrue(none(read, "power.departments"), text + " " + read));
        List<Extracted> listed = read("全县共有12个部门公布了权责清单。");
        assertTrue(has(listed, "power.departments", null, 12), listed.toString());
    }

    @Test
    void theUnitsUnderTheIssuerKeepTheirOwnFigures() {
        eachWording(List.of("局属各基层单位配备兼职政务信息员6名。", "各乡镇配备兼职信息员6名。", "下属事业单位配备兼职信息员6名。", "局屬各基層單位配備兼職政務信息員6名。"),
                (text, read) -> assertTrue(read.stream().anyMatch(f -> f.value().intValue() == 6 && f.subject() != null), text + " " + read));
        List<Extracted> own = read("我局配备兼职信息员6名。");
        assertTrue(own.stream().anyMatch(f -> f.value().intValue() == 6 && f.subject() == null), own.toString());
    }

    @Test
    void aTotalWhosePartsAreYearsSpansMoreThanTheYear() {
        eachWording(List.of("全县累计主动公开政府信息8600条,其中2014年主动公开1200条。",
                "主动公开信息总数207条,其中2003年至2012年信息公开168条,2013年39条。", "累計主動公開政府信息8600條,其中2014年度主動公開1200條。"),
                (text, read) -> assertTrue(noValue(read, 8600) && noValue(read, 207), text + " " + read));
        List<Extracted> dated = read("全年主动公开政府信息500条,其中2014年3月集中公开财政信息40条。");
        assertTrue(has(dated, "pro.items", null, 500), dated.toString());
    }

    @Test
    void aFeeDeniedIsADisclosureFeeOnlyWhenDisclosureOrItsFeesAreNamed() {
        eachWording(List.of("县行政服务中心未收取任何费用。", "为企业办理证照没有收取任何费用。"),
                (text, read) -> assertTrue(none(read, "fee.request_fees"), text + " " + read));
        eachWording(List.of("依申请提供政府信息,未收取任何费用。", "本机关依申请公开信息没有收取任何费用。"),
                (text, read) -> assertTrue(has(read, "fee.request_fees", null, 0), text + " " + read));
        List<Extracted> headed = read("六、政府信息公开的收费及减免情况\n本年度未收取任何费用。");
        assertTrue(has(headed, "fee.request_fees", null, 0), headed.toString());
    }
}
