package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Session 8's recall families: the audience of a unit's own channels (distinct visitors of its website, followers of its
 * WeChat account), news media as a channel of their own, a website channel named with its own publishing verb, and a
 * count whose clause only sums up the clause before it. Every sentence is written for the test, in several wordings and
 * both scripts, each family beside the sentences it must not read.
 */
class ProseRecallFamiliesTest {

    @Test
    void distinctVisitorsOfAWebsiteAreCountedApartFromItsVisits() {
        eachWording(List.of("全年门户网站访问量达52000次,独立用户访问总量8600个。", "网站总访问量52000次,独立访客8600人。",
                "全年網站訪問量52000次,獨立用戶訪問總量達8600個。"), (text, read) -> {
            assertTrue(has(read, "web.unique_visitors", null, 8600), text + " " + read);
            assertTrue(has(read, "web.visits", null, 52000) && noValue(read.stream().filter(f -> f.metric().equals("web.visits")).toList(), 8600), text + " " + read);
        });
        // a daily figure and registered users are no year's distinct visitors
        eachWording(List.of("网站日均独立访客120人。", "政务服务网注册用户3200个。"), (text, read) -> assertTrue(none(read, "web.unique_visitors"), text + " " + read));
    }

    @Test
    void followersOfTheUnitsWeChatAccountAreNotItsPosts() {
        eachWording(List.of("政务微信公众号发布信息300条,订阅数达1500人。", "全年通过微信公众号推送信息300条,关注人数1500人。",
                "微信公眾號發布信息300條,訂閱數1500個。", "政务微信推送信息300篇,微信粉丝数1500人。"), (text, read) -> {
            assertTrue(has(read, "pro.channel.wechat", null, 300), text + " " + read);
            assertTrue(has(read, "web.wechat_followers", null, 1500) && none(read.stream().filter(f -> f.value().longValue() == 1500).toList(), "pro.channel.wechat"),
                    text + " " + read);
        });
        // the followers of a Weibo, video or Douyin account, even in a sentence about the WeChat account, are not the account's
        eachWording(List.of("政务微博关注量为900个。", "微信公众号关注人数2000人,视频号发布短视频58条,粉丝数400人。", "抖音号粉丝400人。"),
                (text, read) -> assertTrue(read.stream().noneMatch(f -> f.metric().equals("web.wechat_followers") && f.value().longValue() != 2000), text + " " + read));
    }

    @Test
    void newsMediaNamedTogetherAreTheOtherMediaChannel() {
        eachWording(List.of("通过县电视台、县报等新闻媒体发布政府信息45条。", "通過日報、電視台等媒體公開信息45條。", "在各类报刊发表工作信息45条。",
                "其他新闻媒体发布信息45条。", "通过新闻媒体公开信息45条。"), (text, read) -> {
            assertTrue(has(read, "pro.channel.other", null, 45), text + " " + read);
            assertTrue(none(read, "pro.items") && none(read, "pro.channel.website"), text + " " + read);
        });
        // a website among the channels is no news medium; news about the unit and government services are no disclosure by media
        eachWording(List.of("通过政府网站、报纸等媒体公开信息70条。", "媒体报道我局工作70条。", "在媒体公开政务服务事项70条。", "通过政务新媒体发布信息70条。"),
                (text, read) -> assertTrue(none(read, "pro.channel.other"), text + " " + read));
    }

    @Test
    void aDisclosureWebsiteWithItsOwnVerbIsTheWebsiteChannel() {
        eachWording(List.of("2012年度共在县政府信息公开网上发布各类主动公开信息26条。", "在區政府信息公開網上發布主動公開信息26條。",
                "在市政府信息公开网上公布政府信息26条。"), (text, read) -> {
            assertTrue(has(read, "pro.channel.website", null, 26), text + " " + read);
            assertTrue(none(read, "pro.items"), text + " " + read);
        });
        // a notice board or a petition website is not the disclosure website
        eachWording(List.of("在村务公开栏主动公开信息26条。", "在信访网上受理群众来信26件。"), (text, read) -> assertTrue(none(read, "pro.channel.website"), text + " " + read));
    }

    @Test
    void aCountWhoseClauseOnlySumsUpTakesTheWordsOfTheClauseBefore() {
        eachWording(List.of("公开的形式主要是在政府网站发布信息,共20条。", "在政府网站发布政府信息,共计20条。", "在政府網站發布信息,總計20條。"),
                (text, read) -> assertTrue(has(read, "pro.channel.website", null, 20), text + " " + read));
        // a clause with a number of its own keeps it: the sum is no figure of the words before that number
        List<Extracted> counted = read("在政府网站发布动态信息12条,共20条。");
        assertTrue(noValue(counted.stream().filter(f -> f.metric().equals("pro.channel.website")).toList(), 20), counted.toString());
        // petitions, hotline cases and licensing summed up are no disclosure figures
        eachWording(List.of("接待群众信访,共120人次。", "办理12345热线工单,共计300件。", "办理行政许可事项,共300件。"), (text, read) -> assertTrue(
                none(read, "lreq.received") && none(read, "req.new.total") && none(read, "consult.received") && none(read, "pro.licensing.decisions"), text + " " + read));
    }

    @Test
    void feesDeniedInMoreWordsAreRequestFeesOfZero() {
        eachWording(List.of("所以也不存在向申请人收取费用。", "全年没有发生与政府信息公开相关的收费。", "本局政府信息公開沒有進行收費。",
                "依申请公开工作中未进行任何收费。"), (text, read) -> assertTrue(has(read, "fee.request_fees", null, 0), text + " " + read));
        // misconduct, processing fees and fees of other services are no request fees
        eachWording(List.of("不存在乱收费现象。", "政务服务事项没有进行收费。", "未向申请人收取信息处理费。"),
                (text, read) -> assertTrue(none(read, "fee.request_fees"), text + " " + read));
    }

    @Test
    void nobodyFilingARequestIsNoRequestReceived() {
        eachWording(List.of("2012年度,沒有單位或個人向我局提出申請信息公開事項。", "本年度没有公民、法人或其他组织提出政府信息公开申请。",
                "全年没有人向我办申请信息公开。"), (text, read) -> assertTrue(has(read, "lreq.received", null, 0), text + " " + read));
        // a petition, a reconsideration, a licence or a hotline case not filed is no disclosure request
        eachWording(List.of("没有单位提出信访申请。", "本年度没有人提出行政复议申请。", "没有企业提出行政许可申请。", "没有群众通过热线提出申请。"),
                (text, read) -> assertTrue(none(read, "lreq.received"), text + " " + read));
    }

    @Test
    void countsOfRequestsReceivedAndHandledTogetherHaveTheirChannelsAsParts() {
        List<Extracted> read = read("全年共收到、办理依申请公开 3件,其中当面申请 1 件,信函申请 0件,网上申请 2件。");
        assertTrue(has(read, "lreq.received", null, 3) && has(read, "lreq.received.online", null, 2) && has(read, "lreq.received.in_person", null, 1), read.toString());
        List<Extracted> times = read("受理政府信息公開申請2次,答復2次。");
        assertTrue(has(times, "lreq.received", null, 2) && has(times, "lreq.answered", null, 2), times.toString());
        // hotline cases received and handled are no requests
        List<Extracted> hotline = read("全年共受理、办理12345热线工单300件。");
        assertTrue(none(hotline, "lreq.received"), hotline.toString());
    }

    @Test
    void lettersOfAMailboxAllClosedAreTheMailboxsHandledLetters() {
        eachWording(List.of("全年共收到县长信箱来信138件,已全部办结。", "受理市长信箱来信138件,全部予以答复,答复率100%。", "書記信箱收到來信138件,均已答覆。"),
                (text, read) -> assertTrue(has(read, "interact.mailbox.received", null, 138) && has(read, "interact.mailbox.handled", null, 138), text + " " + read));
        List<Extracted> board = read("受理人民网留言板留言25条,均已回复。");
        assertTrue(has(board, "interact.message_board.handled", null, 25), board.toString());
        // a hotline or petitions all closed are no mailbox, and a mailbox closed in part says nothing of all
        eachWording(List.of("12345热线受理来电300件,已全部办结。", "受理群众来信来访30件,已全部办结。", "市长信箱收到来信30件,办结28件。"),
                (text, read) -> assertTrue(read.stream().noneMatch(f -> f.metric().equals("interact.mailbox.handled") && f.value().longValue() != 28), text + " " + read));
    }
}
