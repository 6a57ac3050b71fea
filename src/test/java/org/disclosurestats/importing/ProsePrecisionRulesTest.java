package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep the prose reader from reading a number as a figure it is not: the issuer under its short name, a
 * count of requests that holds the carried-over ones, a list of entries of a 清单, a part of a list that reads as
 * another total. Sentences written for these tests.
 */
class ProsePrecisionRulesTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static List<Extracted> read(String issuer, String text) {
        return read(issuer, text, 2023);
    }

    private static List<Extracted> read(String issuer, String text, int year) {
        ProseExtractor.Context context = new ProseExtractor.Context(issuer, null, false, name -> Optional.empty(), year);
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, context).figures();
    }

    private static boolean has(List<Extracted> read, String metric, String breakdown, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value() != null && f.value().longValue() == value
                && (breakdown == null || breakdown.equals(f.breakdown())));
    }

    private static boolean bySelf(List<Extracted> read, long value) {
        return read.stream().anyMatch(f -> f.value() != null && f.value().longValue() == value && f.subject() == null);
    }

    @Test
    void theIssuerUnderItsShortNameIsTheIssuer() {
        List<Extracted> read = read("杭州市发展和改革委员会", "2023年,市发改委通过门户网站发布政府信息210条,其中规范性文件4件。");
        assertTrue(bySelf(read, 210) && bySelf(read, 4), read.toString());
        List<Extracted> withPlace = read("南京市卫生健康委员会", "南京市卫健委通过门户网站发布政府信息88条。");
        assertTrue(bySelf(withPlace, 88), withPlace.toString());
    }

    @Test
    void anotherUnitWhoseNameSharesTheIssuersLevelStaysAnotherUnit() {
        List<Extracted> read = read("杭州市发展和改革委员会", "2023年,市财政局通过门户网站发布政府信息75条。");
        assertFalse(bySelf(read, 75), read.toString());
        assertFalse(IssuerShortName.of("市教委", "杭州市发展和改革委员会"));
        assertFalse(IssuerShortName.of("市发展和改革委员会", "杭州市发展和改革委员会"));
        assertTrue(IssuerShortName.of("市发改委", "杭州市发展和改革委员会"));
    }

    @Test
    void aCountOfRequestsThatHoldsTheCarriedOverOnesIsNoCountOfNewRequests() {
        List<Extracted> read = read("某县人民政府", "全年共受理政府信息公开申请25件(含上年度结转3件),均已按时答复。");
        assertFalse(has(read, "lreq.received", null, 25), read.toString());
        List<Extracted> plain = read("某县人民政府", "全年共受理政府信息公开申请25件(其中当面申请3件),均已按时答复。");
        assertTrue(has(plain, "lreq.received", null, 25), plain.toString());
    }

    @Test
    void theEntriesOfAListOfItemsAreNoCategoryOfInformation() {
        List<Extracted> read = read("某县人民政府", "公开证照办理事项清单36项,公开乡镇公共服务事项清单120条。");
        assertFalse(read.stream().anyMatch(f -> f.metric().equals("pro.category_items")), read.toString());
        List<Extracted> category = read("某县人民政府", "公开财政预决算信息36条。");
        assertTrue(has(category, "pro.category_items", null, 36), category.toString());
    }

    @Test
    void aPartOfTheWebsitesListThatReadsAsAnotherTotalIsACategory() {
        List<Extracted> read = read("某县人民政府", "2023年,我县通过政府网站公开各类信息900条,其中工作动态500条,领导信息更新6条,其他法定主动公开20条,人事信息15条。");
        assertTrue(has(read, "pro.channel.website", null, 900), read.toString());
        assertTrue(has(read, "pro.category_items", null, 6) && has(read, "pro.category_items", null, 20), read.toString());
        assertFalse(has(read, "pro.items", null, 20) || has(read, "web.items_published", null, 6), read.toString());
    }

    @Test
    void repostedInformationNamesNoCategory() {
        List<Extracted> read = read("某县人民政府", "本年度共发布转载信息1200条,财政信息30条。");
        assertFalse(read.stream().anyMatch(f -> f.metric().equals("pro.category_items") && f.breakdown().contains("转载")), read.toString());
    }

    @Test
    void aVideoThatInterpretsAPolicyIsNoCountOfVideos() {
        List<Extracted> read = read("某县人民政府", "制作政策解读产品40个(含短视频解读12个)。");
        assertFalse(has(read, "web.videos", null, 12), read.toString());
        List<Extracted> videos = read("某县人民政府", "视频新闻45条。");
        assertTrue(has(videos, "web.videos", null, 45), videos.toString());
    }

    @Test
    void theChannelsOfRequestsAreNeitherTheRequestsNorTheWebsitesPublishing() {
        List<Extracted> read = read("某县人民政府", "全年收到政府信息公开申请3件。申请均来自公民,其中:通过网站申请2件,信件申请1件。");
        assertTrue(has(read, "lreq.received", null, 3), read.toString());
        assertFalse(has(read, "lreq.received", null, 2) || has(read, "lreq.received", null, 1), read.toString());
        assertFalse(has(read, "pro.channel.website", null, 2), read.toString());
    }

    @Test
    void casesOfServiceAndPoliciesPushedToFirmsAreNoCategoryOfInformation() {
        List<Extracted> read = read("某市人民政府", "公开全年办件结果5120条,向企业精准推送惠企政策64条,向上级报送信息31条。");
        assertFalse(read.stream().anyMatch(f -> f.metric().equals("pro.category_items")), read.toString());
    }

    @Test
    void whatIsCarriedOnToNextYearIsNoLetterHandled() {
        List<Extracted> read = read("某市人民政府", "全年办结申请12件,转下一年度办理答复的有2件。");
        assertFalse(has(read, "interact.mailbox.handled", null, 2), read.toString());
    }

    @Test
    void departmentsThatReviseTheStandardCatalogueAreNoDepartmentsOfPowerLists() {
        List<Extracted> read = read("某县人民政府", "组织8个乡镇、19个县直部门修订完善基层政务公开标准目录。");
        assertFalse(has(read, "power.departments", null, 19), read.toString());
        List<Extracted> power = read("某县人民政府", "全县19个部门权责清单在政府网站公开。");
        assertTrue(has(power, "power.departments", null, 19), power.toString());
    }

    // Session 7: families of the false reads of the new dev documents (sentences written for these tests)

    private static boolean reads(List<Extracted> read, String metric) {
        return read.stream().anyMatch(f -> f.metric().equals(metric));
    }

    @Test
    void theCountOfInformationDisclosedOnRequestStatesNoZeroOfRequests() {
        for (String text : List.of("依申请公开的政府信息数没有:大多申请获取的信息属于已经主动公开的信息。", "本年度依申请公开政府信息数为零。",
                "依申請公開的政府信息條數為0。", "我局依申请公开的信息数量为零,申请人所需信息均已主动公开。")) {
            assertFalse(reads(read("某县民政局", text, 2013), "lreq.received"), text);
        }
        assertTrue(has(read("某县民政局", "本年度政府信息公开申请数为零。", 2013), "lreq.received", null, 0));
        assertTrue(has(read("某县民政局", "本年度未收到依申請公開政府信息的申請。", 2013), "lreq.received", null, 0));
    }

    @Test
    void aCountOfTwoOutcomesTogetherIsNeitherOutcome() {
        for (String text : List.of("全年共受理依申请公开12件,予以公开及部分公开的有6件。", "共受理申请9件,同意公开和部分公开的共5件。",
                "共受理申請9件,同意公開與部分公開的4件。")) {
            List<Extracted> read = read("某县人民政府", text, 2014);
            assertFalse(reads(read, "lreq.answered.partly_granted") || reads(read, "lreq.answered.granted"), read.toString());
        }
        List<Extracted> apart = read("某县人民政府", "共受理申请9件,其中同意公开4件,部分公开2件。", 2014);
        assertTrue(has(apart, "lreq.answered.partly_granted", null, 2), apart.toString());
    }

    @Test
    void aMinimumDemandedIsNoCountOfWhatWasDone() {
        for (String text : List.of("明确各镇办、各部门每月公开不少于5条政府信息。", "要求各乡镇每季度至少更新信息3条。",
                "各單位每年召開政務公開會議不低於2次。", "每个部门每周发布信息不得少于4条。")) {
            List<Extracted> read = read("某县人民政府", text, 2024);
            assertTrue(read.isEmpty(), text + " " + read);
        }
        assertTrue(has(read("某县人民政府", "全年主动公开政府信息150条。", 2024), "pro.items", null, 150));
    }

    @Test
    void theIssuersOfficeNamedByItsLastLevelIsTheIssuer() {
        for (String text : List.of("2022年,区政府办公室共收到8份政府信息公开申请。", "2022年,區政府辦公室共收到8份政府信息公開申請。")) {
            List<Extracted> read = read("武汉市汉阳区人民政府办公室", text, 2022);
            assertTrue(bySelf(read, 8), read.toString());
        }
        List<Extracted> city = read("天津市西青区人民政府", "市政府办公厅通过门户网站发布政府信息20条。", 2014);
        assertFalse(bySelf(city, 20), city.toString());
        List<Extracted> own = read("天津市西青区人民政府", "区政府通过门户网站发布政府信息20条。", 2014);
        assertTrue(bySelf(own, 20), own.toString());
    }

    @Test
    void aCategoryNamedWithItsMeasureWordIsTheCategory() {
        List<Extracted> read = read("某县人民政府", "2024年,我县政府网站共发布各类信息5386条,其中发布概况类信息量151条,信息公开发布量2585条。", 2024);
        assertTrue(has(read, "pro.category_items", "概况类信息", 151), read.toString());
        assertTrue(has(read, "pro.category_items", "信息公开", 2585), read.toString());
    }
}
