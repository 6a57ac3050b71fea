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
        ProseExtractor.Context context = new ProseExtractor.Context(issuer, null, false, name -> Optional.empty(), 2023);
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
}
