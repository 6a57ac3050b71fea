package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Session 9's recall structures: a channel with a named category counts the category, a channel's total goes on with its
 * categories after 、 or 含, a closing "all of them" clause after a total's parts speaks of the total, the issuer named by
 * all its parts together is the issuer, the year before a bare 街道 is no part of a name, and staff stated in a report of
 * the table editions. Every sentence is written for the test, in the reports' style and both scripts, beside what it
 * must not read.
 */
class ProseReportLanguageTest {

    private static final DocumentReader READER = new DocumentReader(TestCatalogue.metrics(), ProseLexicon.load(new ObjectMapper()));

    /** What an import of the text as a report of the year reads, its editions applied. */
    private static List<Extracted> readAsReportOf(int year, String text) {
        return READER.read(DocumentText.plain(text), new ProseExtractor.Context("某县某局", null, false, name -> Optional.empty(), year)).figures();
    }

    @Test
    void aWebsiteWithANamedCategoryCountsTheCategory() {
        eachWording(List.of("在中心门户网站发布工作动态信息43条、通知公告8条。", "在中心門戶網站發布工作動態信息43條、通知公告8條。"), (text, read) -> {
            assertTrue(has(read, "pro.category_items", "工作动态信息", 43) || has(read, "pro.category_items", "工作動態信息", 43), text + " " + read);
            assertTrue(has(read, "pro.category_items", null, 8), text + " " + read);
            assertTrue(none(read, "pro.channel.website"), text + " " + read);
        });
        List<Extracted> read = read("我局通过官方网站发布政务类信息34条。");
        assertTrue(has(read, "pro.category_items", "政务类信息", 34), read.toString());
        // information of every kind, an enumeration closed by 等, the year's information or a channel's name stay the channel's count
        eachWording(List.of("通过政府网站公开政府信息120条。", "通过政府网站公开政府文件、政策解读、财政预决算公开等信息120条。",
                "我镇在区政府门户网站信息公开专栏上主动公开年度政府信息120条。", "全年主动公开政府信息4100条,其中政府网站120条。"), (text, read2) -> {
            assertTrue(has(read2, "pro.channel.website", null, 120), text + " " + read2);
            assertTrue(none(read2, "pro.category_items") && none(read2, "resp.interpretations"), text + " " + read2);
        });
    }

    @Test
    void aChannelsTotalGoesOnWithItsCategories() {
        eachWording(List.of("2022年,利用门户网站主动公开政府信息88条、规范性文件2条、财政信息3条。", "2022年,我局通过政府网站公开政府信息88条,含规范性文件2条,财政信息3条。"),
                (text, read) -> {
                    assertTrue(has(read, "pro.channel.website", null, 88), text + " " + read);
                    assertTrue(has(read, "pro.category_items", "规范性文件", 2) && has(read, "pro.category_items", "财政信息", 3), text + " " + read);
                });
        List<Extracted> guide = read("通过政府网站公开政府信息6条,含工作动态4条,公开指南2条。");
        assertTrue(has(guide, "pro.category_items", "公开指南", 2) && has(guide, "pro.category_items", "工作动态", 4), guide.toString());
        // a count with a verb of its own after a total is no category of it
        List<Extracted> other = read("利用门户网站主动公开政府信息88条、受理依申请公开5件。");
        assertTrue(has(other, "pro.channel.website", null, 88) && none(other.stream().filter(f -> f.value().longValue() == 5).toList(), "pro.category_items"), other.toString());
    }

    @Test
    void aClosingClauseOfAllAfterTheTotalsPartsSpeaksOfTheTotal() {
        eachWording(List.of("全年共收到政府信息公开申请10件,其中9件为网上申请,1件为当面申请,均严格按照相关规定在法定期限内依法办结。",
                "全年共受理政府信息依申請公開10件,其中網絡申請9件,當面申請1件,均已按要求受理辦結。"), (text, read) -> {
            assertTrue(has(read, "lreq.received", null, 10) && has(read, "lreq.closed", null, 10), text + " " + read);
            assertTrue(has(read, "lreq.received.online", null, 9) && has(read, "lreq.received.in_person", null, 1), text + " " + read);
        });
        // a last clause about another matter, or one that counts again, says nothing of the requests
        eachWording(List.of("全年共收到政府信息公开申请10件,其中网上申请9件,当面申请1件,信访事项均已办结。",
                "全年共收到政府信息公开申请10件,其中网上申请9件,当面申请1件,均在15个工作日内办结。"), (text, read) -> assertTrue(none(read, "lreq.closed"), text + " " + read));
    }

    @Test
    void theIssuerNamedByAllItsPartsTogetherIsTheIssuer() {
        for (String text : List.of("2012年区政府及各工作部门主动公开政府信息3217条。", "2012年市政府和各职能部门主动公开政府信息3217条。")) {
            List<Extracted> read = read(text);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.items") && f.value().longValue() == 3217 && f.subject() == null), text + " " + read);
        }
        eachWording(List.of("2016年,全市各县区、各部门召开政府信息公开工作会议21次。", "2016年,全市各縣區、各部門召開政府信息公開工作會議21次。"),
                (text, r) -> assertTrue(r.stream().anyMatch(f -> f.metric().equals("cap.meetings") && f.value().longValue() == 21 && f.subject() == null), text + " " + r));
        // one kind of part alone is that part
        List<Extracted> towns = read("2016年,全市各乡镇召开政府信息公开工作会议21次。");
        assertTrue(towns.stream().anyMatch(f -> f.metric().equals("cap.meetings") && f.subject() != null), towns.toString());
    }

    @Test
    void casesCountedInZongAreCountedAsCases() {
        eachWording(List.of("2011年,省文化厅收到2宗正式提交的政府信息公开申请。", "2011年,省文化廳收到2宗正式提交的政府信息公開申請。"),
                (text, read) -> assertTrue(has(read, "lreq.received", null, 2), text + " " + read));
        List<Extracted> rows = readAsReportOf(2021, "行政许可处理决定数量324宗;行政处罚处理决定数量31宗、行政强制处理决定数量0宗;行政事业性收费金额0万元。");
        assertTrue(has(rows, "pro.licensing.decisions", null, 324) && has(rows, "pro.penalty.decisions", null, 31)
                && has(rows, "pro.coercion.decisions", null, 0) && has(rows, "pro.admin_fees.amount", null, 0), rows.toString());
        // a land parcel or a clan is no case of disclosure
        assertTrue(readAsReportOf(2021, "全年出让土地3宗。").isEmpty());
    }

    @Test
    void aUnitsWebsiteInAListOfChannelsIsNoActorAndTheIssuerWithoutItsCityIsTheIssuer() {
        List<Extracted> read = READER.read(DocumentText.plain("东河区卫生健康委员会主动公开政府信息途径有:东河区人民政府门户网站、微信公众号、政务服务大厅等。"
                + "据统计,行政许可处理决定数量324宗。"), new ProseExtractor.Context("包头市东河区卫生健康委员会", null, false, name -> Optional.empty(), 2021)).figures();
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.licensing.decisions") && f.subject() == null), read.toString());
    }

    @Test
    void staffAreReadInEveryEditionAndTheYearIsNoPartOfAName() {
        for (String text : List.of("2019年度街道共有专职信息人员2名,负责信息报送。", "2019年度街道共有專職信息人員2名,負責信息報送。")) {
            List<Extracted> read = readAsReportOf(2019, text);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("cap.staff.full_time") && f.value().longValue() == 2 && f.subject() == null), text + " " + read);
        }
        for (String text : List.of("明确专人1名具体负责日常政府信息公开工作。", "明确党政办1名工作人员负责信息公开工作。")) {
            List<Extracted> read = readAsReportOf(2023, text);
            assertTrue(has(read, "cap.staff", null, 1), text + " " + read);
        }
        // staff of another task are no disclosure staff
        assertTrue(none(readAsReportOf(2023, "社区配备了3名工作人员负责低保审核。"), "cap.staff"));
    }
}
