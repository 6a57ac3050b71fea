package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Requests, their outcomes, reconsiderations, lawsuits and fees as the prose of both eras states them, family by
 * family: the 2019 and 2021 forms' own wording (不予公开/无法提供/不予处理 for all grounds together, 转下年度, 上年转结,
 * requests handled with the carried-over ones, lawsuits of both kinds together, the way requests were made), the
 * legacy outcomes and zeros (申请内容不明确, …为零, 无一起败诉, 没有…收取…费用), and beside each the sentences that
 * must not be read so. The sentences are written for these tests; plain JUnit, the catalogue from its migration files.
 */
class ProseRequestOutcomesTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static List<Extracted> read(String text, int year) {
        ProseExtractor.Context context = new ProseExtractor.Context("", null, false, name -> Optional.empty(), year);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), "text/plain"), context).figures();
    }

    private static boolean has(List<Extracted> read, String metric, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value() != null && f.value().longValue() == value
                && f.value().signum() * value >= 0 && f.subject() == null);
    }

    /** Every "metric=value" is among the issuer's figures read from the sentence of a report on that year. */
    private static void assertReads(String sentence, int year, String... expected) {
        List<Extracted> read = read(sentence, year);
        for (String e : expected) {
            String[] mv = e.split("=");
            assertTrue(has(read, mv[0], Long.parseLong(mv[1])), e + " not in " + read + " of " + sentence);
        }
    }

    private static void assertNotRead(String sentence, int year, String... metrics) {
        List<Extracted> read = read(sentence, year);
        for (String metric : metrics) {
            assertTrue(read.stream().noneMatch(f -> f.metric().equals(metric)), metric + " read from " + sentence + ": " + read);
        }
    }

    @Test
    void theOutcomesOfAllGroundsTogetherAreStatedTotalsInTheTableEditions() {
        assertReads("本年度同意公开答复9件,部分公开答复1件,不予公开答复2件,无法提供的10件,不予处理0件。", 2024,
                "req.granted.total=9", "req.partly_granted.total=1", "req.denied.total=2", "req.unavailable.total=10", "req.not_processed.total=0");
        assertReads("其中予以公开12件,不予公开3件,无法提供4件,不予处理1件。", 2020,
                "req.denied.total=3", "req.unavailable.total=4", "req.not_processed.total=1");
        assertReads("辦理結果中,不予公開2件,無法提供5件,不予處理1件。", 2022,
                "req.denied.total=2", "req.unavailable.total=5", "req.not_processed.total=1");
    }

    @Test
    void anOutcomeThatNamesItsGroundIsNoTotalOfAllGrounds() {
        assertNotRead("属于国家秘密不予公开1件,涉及商业秘密不予公开2件。", 2022, "req.denied.total");
        assertNotRead("无法提供(本机关不掌握相关政府信息)3件,没有现成信息需要另行制作无法提供1件。", 2022, "req.unavailable.total");
        assertNotRead("信访举报投诉类申请不予处理2件,重复申请不予处理1件。", 2022, "req.not_processed.total");
    }

    @Test
    void theFormsRowNamesInProseAreTheirRows() {
        assertReads("无法提供5件,其中本机关不掌握相关政府信息3件,没有现成信息需要另行制作1件,补正后申请内容仍不明确1件。", 2022,
                "req.unavailable.total=5", "req.unavailable.not_held.total=3", "req.unavailable.needs_creation.total=1", "req.unavailable.still_unclear.total=1");
        assertReads("不予處理2件,其中信訪舉報投訴類申請1件,重複申請1件。", 2023, "req.not_processed.petition.total=1", "req.not_processed.repeated.total=1");
        assertReads("无正当理由大量反复申请1件,要求行政机关确认或重新出具已获取信息1件。", 2022,
                "req.not_processed.mass_repeated.total=1", "req.not_processed.reconfirmation.total=1");
        // the same words about petitions or publications outside a request are no row
        assertNotRead("全年受理信访举报投诉120件。", 2022, "req.not_processed.petition.total", "req.new.total");
        assertNotRead("全年制作政府信息公开宣传材料2件。", 2022, "req.unavailable.needs_creation.total");
    }

    @Test
    void lawsuitsOfOneKindAreThatKindsAndAResultIsNoCountOfLawsuits() {
        assertReads("全年行政诉讼3件,其中未经复议直接起诉1件,复议后起诉2件。", 2022,
                "appeal.suit.total=3", "appeal.suit_direct.total=1", "appeal.suit_after_review.total=2");
        assertReads("2013年,全市因政府信息公开被提起行政诉讼5件,其中维持3件,纠正2件。", 2013,
                "lappeal.suit=5", "lappeal.suit.upheld=3", "lappeal.suit.corrected=2");
        assertNotRead("行政诉讼结果维持1件。", 2016, "lappeal.suit");
        assertNotRead("行政诉讼结果维持1件。", 2022, "appeal.suit.total");
    }

    @Test
    void aLegacyRefusalIsTheStatisticsTableRowAndDeniesNothingElse() {
        assertReads("共受理申请10件,同意公开7件,不予公开3件。", 2014, "lreq.answered.denied=3");
        assertNotRead("共受理申请10件,同意公开7件,不予公开3件。", 2014, "req.denied.total");
    }

    @Test
    void requestsCarriedToTheNextYearInEveryWording() {
        assertReads("办结申请20件,转下年度办理1件。", 2022, "req.carried_forward.total=1");
        assertReads("其他处理3件,转下一年度继续办理2件。", 2023, "req.carried_forward.total=2");
        assertReads("本年度结转至下一年度办理1件。", 2021, "req.carried_forward.total=1");
        assertReads("轉入下一年度辦理3件。", 2022, "req.carried_forward.total=3");
        assertNotRead("转下年度办理1件。", 2022, "req.carried_over.total");
    }

    @Test
    void requestsCarriedOverFromTheYearBeforeAreThisYearsFigureInEveryWording() {
        assertReads("2022年,我县收到申请9件,上年转结1件。", 2022, "req.new.total=9", "req.carried_over.total=1");
        assertReads("2021年,收到政府信息公开申请6件,上年度转结2件。", 2021, "req.carried_over.total=2");
        assertReads("本年新收申請8件,上一年度結轉1件。", 2023, "req.carried_over.total=1");
        // the year before's own requests are still another year's figure
        assertNotRead("上年度收到申请25件。", 2022, "req.new.total", "req.carried_over.total");
    }

    @Test
    void requestsHandledWithThoseCarriedOverAreTheYearsHandledTotal() {
        assertReads("2022年,办理政府信息公开申请41件(含上年度结转1件),均全部办结。", 2022, "req.total.total=41", "req.carried_over.total=1");
        assertReads("全年共办理依申请公开申请15件(含上年转结2件)。", 2023, "req.total.total=15", "req.carried_over.total=2");
        assertReads("本年度辦理政府信息公開申請7件。", 2021, "req.total.total=7");
        // received together with handled, or received with the carried-over ones: not the handled total
        assertNotRead("全年共收到和办理依申请公开12件。", 2022, "req.total.total");
        assertNotRead("收到政府信息公开申请41件(含上年度结转1件)。", 2022, "req.total.total", "req.new.total");
    }

    @Test
    void requestsClosedInAReportOfTheTableEditionsAreTheHandledTotal() {
        assertReads("2024年,我县共受理政府信息公开申请20件,共办结20件。", 2024, "req.new.total=20", "req.total.total=20");
        assertReads("全年收到申请9件,办结8件,转下年度办理1件。", 2022, "req.total.total=8", "req.carried_forward.total=1");
        assertReads("本年度共受理政府信息公開申請5件,辦結5件。", 2021, "req.total.total=5");
        assertReads("受理申请9件,办结9件。", 2015, "lreq.closed=9");
        // hotline cases, licences and petitions closed are no requests handled
        assertNotRead("全年办结12345热线工单300件。", 2022, "req.total.total");
        assertNotRead("全年办结行政许可事项300件。", 2022, "req.total.total");
        assertNotRead("办结群众信访事项12件。", 2022, "req.total.total");
        assertNotRead("2024年共受理群众网上来访信件34件,办结34件,办结率100%。", 2024, "req.total.total");
        assertReads("收到政府信息公开申请5件,办结5件。", 2022, "req.total.total=5");
    }

    @Test
    void noRequestCarriedToTheNextYearIsAZeroCarriedForward() {
        assertReads("2022年度收到申请3件,均已办结,无下年度结转。", 2022, "req.carried_forward.total=0", "req.total.total=3");
        assertReads("本年度沒有結轉下一年度辦理的申請。", 2021, "req.carried_forward.total=0");
        assertReads("没有转下一年度办理的申请。", 2023, "req.carried_forward.total=0");
        // none carried over from the year before is another row's zero
        assertNotRead("无上年度结转申请。", 2022, "req.carried_forward.total");
    }

    @Test
    void requestsReceivedAndAnsweredTogetherAreRequestsReceived() {
        assertReads("依法依规做好答复,受理答复政府信息公开申请28件。", 2022, "req.new.total=28");
        assertReads("全年受理并答复政府信息公开申请6件。", 2015, "lreq.received=6");
        assertNotRead("全年答复政府信息公开申请6件。", 2015, "lreq.received");
    }

    @Test
    void theWayRequestsWereMadeIsAChannelInEveryEdition() {
        assertReads("2022年,我县收到申请10件,其中网络申请数5件,信函申请数5件。", 2022, "req.channel.online=5", "req.channel.letter=5");
        assertReads("收到申请3件,其中通过网站申请1件,信件申请1件,当面申请1件。", 2021,
                "req.channel.online=1", "req.channel.letter=1", "req.channel.in_person=1");
        assertReads("共收到申請6件,其中現場申請2件,在線申請4件。", 2023, "req.channel.in_person=2", "req.channel.online=4");
        assertReads("收到申请8件,其中当面申请3件,网上申请5件。", 2014, "lreq.received.in_person=3", "lreq.received.online=5");
        // a letter to a leader's mailbox is no request for information
        assertNotRead("全年收到群众来信120件。", 2022, "req.channel.letter", "req.new.total");
    }

    @Test
    void unitsThatShareOutATotalSpeakNoFurtherThanTheirSentence() {
        // the channels of the next sentence are the issuer's requests, not those of the last unit of the list
        assertReads("2022年,收到依申请公开2件,其中县政府办收到2件,政府部门收到0件。均为自然人申请,其中:通过网站申请1件,信件申请1件。", 2022,
                "req.new.total=2", "req.channel.online=1", "req.channel.letter=1");
    }

    @Test
    void lawsuitsOfBothKindsTogetherAreTheStatedLawsuitTotalFrom2019() {
        assertReads("受理答复政府信息公开申请28件,其中,行政复议1件、行政诉讼0件。", 2022, "appeal.review.total=1", "appeal.suit.total=0");
        assertReads("涉及的行政诉讼数为0件。", 2024, "appeal.suit.total=0");
        assertReads("本年度因政府信息公开被提起行政诉讼2件。", 2020, "appeal.suit.total=2");
        assertReads("全年發生行政訴訟1件。", 2023, "appeal.suit.total=1");
        assertReads("全年因政府信息公开申请提起行政复议2件,行政诉讼1件。", 2016, "lappeal.suit=1");
        // a lawsuit of one kind is that kind's, never the total of both
        assertNotRead("未经复议直接起诉的行政诉讼1件,复议后起诉的行政诉讼2件。", 2022, "appeal.suit.total");
    }

    @Test
    void aDeniedLawsuitOrReconsiderationIsAZeroOfEachInEveryWording() {
        assertReads("收到依申请公开信件2件,按时回复,并未产生行政诉讼和行政复议。", 2022, "appeal.review.total=0", "appeal.suit.total=0");
        assertReads("本年度未发生行政诉讼情况。", 2025, "appeal.suit.total=0");
        assertReads("全年没有产生政府信息公开行政复议、行政诉讼。", 2015, "lappeal.review=0", "lappeal.suit=0");
        assertReads("本年度未產生行政覆議。", 2021, "appeal.review.total=0");
    }

    @Test
    void noLawsuitLostIsAZeroOfLawsuitsCorrectedAndNothingElse() {
        assertReads("本年度申请行政复议4件、提起行政诉讼7件。无一起败诉或撤销。", 2013, "lappeal.review=4", "lappeal.suit=7", "lappeal.suit.corrected=0");
        assertReads("行政訴訟3件,沒有一起敗訴。", 2014, "lappeal.suit.corrected=0");
        assertNotRead("依法应诉,没有败诉风险。", 2014, "lappeal.suit.corrected");
        assertNotRead("本年度行政诉讼2件,败诉1件。", 2014, "lreq.received");
    }

    @Test
    void aLegacyAnswerThatTheRequestWasUnclearIsACorrectionRequestNotRequestsReceived() {
        assertReads("共受理政府信息公开申请69件,同意公开39件,申请内容不明确件数1件。", 2014, "lreq.received=69", "lreq.answered.correction_requested=1");
        assertReads("受理申请12件,其中申请内容不明确的2件。", 2016, "lreq.answered.correction_requested=2");
        assertNotRead("申请内容不明确件数1件。", 2014, "lreq.received");
    }

    @Test
    void requestsOnRequestAsNothingIsTheRequestsZero() {
        assertReads("2009年,全镇政府信息公开依申请办理事项为零。", 2009, "lreq.received=0");
        assertReads("本年度依申请公开件数为0。", 2012, "lreq.received=0");
        assertReads("本年度依申請公開數量為零。", 2011, "lreq.received=0");
        // what stands between them scopes the zero: the refusals, the answers, not the requests
        assertNotRead("依申请公开事项中不予公开的为零。", 2012, "lreq.received");
        assertNotRead("依申请公开事项逾期答复的为零。", 2012, "lreq.received");
        assertNotRead("依申请公开收费为零。", 2012, "lreq.received");
    }

    @Test
    void feesAndWaiversAsNothingAreTheRequestFeesZero() {
        assertReads("2009年,全镇信息公开的收费和减免为零。", 2009, "fee.request_fees=0");
        assertReads("本年度政府信息公開收費及減免情況為零。", 2012, "fee.request_fees=0");
        assertNotRead("主动公开信息的收费和减免为零。", 2012, "lreq.received");
    }

    @Test
    void feesForRequestsInA2021EditionReportAreTheProcessingFeesInYuan() {
        assertReads("市科委未发生政府信息公开收费事项。", 2024, "fee.processing_fees=0");
        assertReads("全年向申请人收取复制费、邮寄费共计36元。", 2022, "fee.processing_fees=36");
        // the 2019 edition has no fee cell, and misconduct is no fee
        assertNotRead("全年向申请人收取复制费、邮寄费共计36元。", 2020, "fee.processing_fees", "fee.request_fees");
        assertNotRead("全年未发生乱收费情况。", 2022, "fee.processing_fees");
    }

    @Test
    void noFeeChargedToApplicantsIsTheRequestFeesZeroAndNoRequestsZero() {
        assertReads("本单位没有向依申请公开对象收取复印、传真、递送等任何费用。", 2014, "fee.request_fees=0");
        assertNotRead("本单位没有向依申请公开对象收取复印、传真、递送等任何费用。", 2014, "lreq.received");
        assertReads("未向申請人收取檢索、複製、郵寄等費用。", 2013, "fee.request_fees=0");
        assertNotRead("未向申请人收取信息处理费。", 2014, "fee.request_fees");
        assertNotRead("未发现违规向申请人收取费用的情况。", 2014, "fee.request_fees", "lreq.received");
    }
}
