package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * How the prose reader reads the capacity of disclosure work (staff, places, training) and the interaction around it
 * (consultations, letters, message boards, hotlines), phrasing family by phrasing family, and what it must not read as
 * them. Every sentence is written for the test in the style of reports, in both scripts where the script changes the words.
 */
class CapacityProseTest {

    @Test
    void twoCountsOfStaffJoinedByAConjunctionEachKeepTheirOwnKind() {
        eachWording(List.of("镇配备了1名专职人员和2名兼职工作人员,并成立了领导小组。", "我局配備了1名專職人員、2名兼職工作人員負責此項工作。",
                "单位安排了1名专职工作人员及2名兼职人员具体负责。", "配备专职工作人员1名,兼职工作人员2名。"), (text, read) -> {
            assertTrue(has(read, "cap.staff.full_time", null, 1), text + " " + read);
            assertTrue(has(read, "cap.staff.part_time", null, 2), text + " " + read);
            assertEquals(2, read.size(), text + " " + read);
        });
        // the staff of an office in general are no disclosure staff
        List<Extracted> office = read("局机关共有干部职工45人,其中兼职信息员3人。");
        assertTrue(none(office, "cap.staff") && none(office, "cap.staff.full_time") && none(office, "cap.trainees"), office.toString());
    }

    @Test
    void fullTimeStaffAreStaffOfTheirOwnKindWhateverTheWordForIt() {
        eachWording(List.of("专门配备了2名全职工作人员。", "我局專門配備了2名全職工作人員。", "配备全职工作人员2名,负责政府信息公开工作。",
                "配备2名全职人员和1名兼职工作人员。"), (text, read) -> {
            assertTrue(has(read, "cap.staff.full_time", null, 2), text + " " + read);
            assertTrue(none(read, "cap.staff"), text + " " + read);
        });
        // the full-time cadres of an office are no disclosure staff
        List<Extracted> office = read("局机关共有全职干部职工45人。");
        assertTrue(none(office, "cap.staff.full_time") && none(office, "cap.staff"), office.toString());
    }

    @Test
    void queryPointsAreInspectionPointsAndTheirVisitorsReadingPointVisits() {
        eachWording(List.of("设立了三处公开查询点(市便民服务中心、市档案局、市图书馆)。", "在乡便民服务中心设立政府信息公开查询点3个。",
                "在縣檔案館等地設立了3處政府信息查詢點。"), (text, read) -> assertTrue(has(read, "cap.inspection_points", null, 3), text + " " + read));
        assertTrue(has(read("政府信息查询点共接待群众查询56人次。"), "cap.reading_point_visits", null, 56));
        // places counted before a verb are not what it sets up
        List<Extracted> villages = read("在3个村设立了查询点。");
        assertTrue(none(villages, "cap.inspection_points"), villages.toString());
    }

    @Test
    void trainingIsCountedByTheHeadNounAfterItsCount() {
        eachWording(List.of("在各办设立了联络员,还开展了2次联络员业务培训,统一思想。", "举办二期信息公开条例等制度的学习和培训。",
                "全年组织開展了2次政務公開業務培訓。", "年内共组织2场政府信息公开专题培训。"),
                (text, read) -> assertTrue(has(read, "cap.training_sessions", null, 2), text + " " + read));
        // inspections followed by training, training attended elsewhere, meetings beside the trained
        eachWording(List.of("开展2次专项检查,并对相关人员进行了培训。", "参加上级组织的培训2次。", "全年共召开3次会议,培训干部50人次。"),
                (text, read) -> assertTrue(none(read, "cap.training_sessions"), text + " " + read));
    }

    @Test
    void disclosureMeetingsNamedAsSpecialMeetingsAreMeetings() {
        eachWording(List.of("全年共召开政务公开专题会议3次,组织培训2场,培训人员150余人次。", "全年共召開政府信息公開專題會議3次。",
                "全年召开政务公开工作专题会议3次,举办培训班1期。"), (text, read) -> assertTrue(has(read, "cap.meetings", null, 3), text + " " + read));
        // a special meeting on another matter is no disclosure meeting
        List<Extracted> other = read("召开党委会专题会议5次,研究部署安全生产工作。");
        assertTrue(none(other, "cap.meetings"), other.toString());
    }

    @Test
    void consultationsByChannelArePartsOfTheConsultationsReceived() {
        eachWording(List.of("全年共接受政府信息公开咨询120人次,其中电话咨询80人次,现场咨询30人次,网上咨询10人次。",
                "我办共接受公民、法人及其他组织政府信息公开方面的咨询120人次。其中,现场咨询30人,电话咨询80人次。",
                "全年共接受政府信息公開諮詢120人次,其中電話諮詢80人次,現場諮詢30人次。"), (text, read) -> {
            assertTrue(has(read, "consult.received", "", 120), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("consult.received") && f.value().longValue() == 30 && f.breakdown().matches("现场咨询|現場諮詢")), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("consult.received") && f.value().longValue() == 80 && !f.breakdown().isEmpty()), text + " " + read);
        });
    }

    @Test
    void consultationsCountedByChannelWithoutATotalAreEachTheirChannel() {
        eachWording(List.of("全年发布信息稿件300余篇,网上咨询180人次,现场接待133人次,接听咨询电话500人次。",
                "通过“领导信箱”共解答网上咨询180人次;接听电话咨询500余人次,现场接待咨询133人次。",
                "全年通過網站解答網上諮詢180人次,接聽電話諮詢500人次,現場接待諮詢133人次。",
                "本年度在线咨询180人次,来电咨询500人次,来访咨询133人次。"), (text, read) -> {
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("consult.received") && f.value().longValue() == 180
                    && f.breakdown().matches("网上咨询|網上諮詢|在线咨询")), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("consult.received") && f.value().longValue() == 500
                    && f.breakdown().matches("咨询电话|电话咨询|電話諮詢|来电咨询")), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("consult.received") && f.value().longValue() == 133
                    && f.breakdown().matches("现场接待|现场接待咨询|現場接待諮詢|来访咨询")), text + " " + read);
        });
        // receiving visitors is no consultation unless consultations are what the sentence counts; requests and a
        // hotline's or petitioners' enquiries are not disclosure consultations; one count shared by channels is no channel's
        eachWording(List.of("现场接待群众200人次。", "全年网上申请180人次。", "12345热线接听电话咨询500人次,现场咨询133人次。",
                "全年接待群众信访30批次,来访咨询133人次。"), (text, read) -> assertTrue(none(read, "consult.received"), text + " " + read));
        List<Extracted> shared = read("电话咨询和现场咨询均为10人次。");
        assertTrue(shared.stream().noneMatch(f -> f.metric().equals("consult.received") && !f.breakdown().isEmpty()), shared.toString());
    }

    @Test
    void enquiriesBesideAHotlineOrPetitionsAreNoDisclosureConsultations() {
        eachWording(List.of("办理市长热线交办件40余件,接听群众电话咨询500余人次,接受处理群众生产生活问题反映1000余人次。",
                "12345熱線共受理群眾訴求1200件,接聽電話諮詢300人次。", "全年接待群众信访30批次,解答群众咨询200人次。"),
                (text, read) -> assertTrue(none(read, "consult.received"), text + " " + read));
        // unless the count's own words name disclosure
        assertTrue(has(read("开通了12345咨询热线,全年接受政府信息公开咨询58人次。"), "consult.received", null, 58));
        // petitions and hotline calls are no requests and no letters of a mailbox
        eachWording(List.of("县信访局全年受理群众来信来访320件次。", "全年办理群众来信来访86件。", "12345热线共受理群众诉求1200件。"), (text, read) -> {
            assertTrue(none(read, "lreq.received") && none(read, "consult.received"), text + " " + read);
            assertTrue(none(read, "interact.mailbox.received") && none(read, "interact.mailbox.handled") && none(read, "interact.letters.received"), text + " " + read);
        });
    }

    @Test
    void lettersThroughAllChannelsHaveTheirChannelsAsParts() {
        eachWording(List.of("全年共收到群众来信326件,其中市长信箱120件,直接来信150件,转来信件56件。",
                "2015年我局共收到來信326件次,其中市長信箱120件,直接來信150件,轉來信件56件。"), (text, read) -> {
            assertTrue(has(read, "interact.letters.received", "", 326), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("interact.letters.received") && f.value().longValue() == 120 && f.breakdown().matches("市[长長]信箱")), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("interact.letters.received") && f.value().longValue() == 56 && !f.breakdown().isEmpty()), text + " " + read);
            assertTrue(none(read, "interact.mailbox.received"), text + " " + read);
        });
        // a leader mailbox counted alone stays the mailbox's, and the hotline after it the hotline's
        List<Extracted> mailbox = read("全年共收到“領導信箱”來信158件,12345政務服務熱線共收到19357件。");
        assertTrue(has(mailbox, "interact.mailbox.received", null, 158) && has(mailbox, "interact.hotline.received", null, 19357), mailbox.toString());
        assertTrue(none(mailbox, "interact.letters.received"), mailbox.toString());
        // a rate said of both together (均) is neither's alone; a rate after one hotline count is the hotline's
        List<Extracted> both = read("全年共收到“領導信箱”來信158件,12345政務服務熱線共收到19357件,辦結率和回復率均達100%。");
        assertTrue(both.stream().noneMatch(f -> f.value().longValue() == 100), both.toString());
        assertTrue(has(read("12345热线共受理群众诉求1200件,办结率99%。"), "interact.hotline.completion_rate", null, 99));
    }

    @Test
    void messagesOfOnlineMessageBoardsAreTheirOwnChannel() {
        List<Extracted> received = read("2021年共受理人民网留言12条,回复率达到100%。");
        assertTrue(has(received, "interact.message_board.received", null, 12) && has(received, "interact.message_board.reply_rate", null, 100), received.toString());
        eachWording(List.of("办结网民留言143条。", "全年辦結網民留言143條,辦結率98%。"), (text, read) -> {
            assertTrue(has(read, "interact.message_board.handled", null, 143), text + " " + read);
            assertTrue(none(read, "interact.message_board.received"), text + " " + read);
        });
        assertTrue(has(read("全年受理网民留言60条,已回复58条。"), "interact.message_board.handled", null, 58));
        // a mailbox's messages stay the mailbox's; requests and online enquiries are not messages
        eachWording(List.of("政府网站共收到“县长信箱”留言76条,答复76条。", "全年共受理政府信息公开申请15件。", "共收到网上咨询55件。",
                        "按时办结45件,延期答复2件。", "转下一年度办理答复的有1件。"),
                (text, read) -> assertTrue(none(read, "interact.message_board.received") && none(read, "interact.message_board.handled"), text + " " + read));
    }
}
