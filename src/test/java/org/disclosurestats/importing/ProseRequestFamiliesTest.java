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
 * How reports of 2008–2018 (and the 总体情况 of later ones) word their requests, reconsiderations, lawsuits and
 * fees, family by family, and the stated zeros among them: a negation is the zero of the one thing it names, in the
 * edition of the report's year, and a sentence that denies something else, or holds 无/未/0 inside another word or
 * number, states no zero. The sentences are written for these tests in the phrasing of each family. Plain JUnit: the
 * catalogue is read from its migration files.
 */
class ProseRequestFamiliesTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static List<Extracted> read(String text, int year) {
        ProseExtractor.Context context = new ProseExtractor.Context("", null, false, name -> Optional.empty(), year);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), "text/plain"), context).figures();
    }

    private static boolean has(List<Extracted> read, String metric, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value().longValue() == value && f.value().signum() * value >= 0);
    }

    private static void assertHas(List<Extracted> read, String metric, long value) {
        assertTrue(has(read, metric, value), metric + "=" + value + " not in " + read);
    }

    /** Every "metric=value" is among the figures read. */
    private static void assertReads(List<Extracted> read, String... expected) {
        for (String e : expected) {
            String[] mv = e.split("=");
            assertHas(read, mv[0], Long.parseLong(mv[1]));
        }
    }

    /** No zero is read from any of these sentences of a report on 2013. */
    private static void assertNoZeroIn2013(String... sentences) {
        for (String sentence : sentences) {
            assertNoZero(read(sentence, 2013));
        }
    }

    private static void assertNoZero(List<Extracted> read) {
        assertTrue(read.stream().noneMatch(f -> f.value().signum() == 0), "a zero was read: " + read);
    }

    @Test
    void aCountOfRequestsWithItsChannelsGivesEachChannel() {
        List<Extracted> read = read("我委2013年共受理政府信息公开申请15件,其中当面申请6件,网上申请7件,信函申请2件。", 2013);
        assertReads(read, "lreq.received=15", "lreq.received.in_person=6", "lreq.received.online=7", "lreq.received.letter=2");
    }

    @Test
    void theRequestsCountedAfterTheirNumberAreRequestsReceived() {
        assertHas(read("2011年我局共收到3份书面的政府信息公开申请。", 2011), "lreq.received", 3);
    }

    @Test
    void answersListedAfterTheRequestsAreEachTheirOutcome() {
        List<Extracted> read = read("年内受理政府信息公开申请20条,答复20条,其中同意公开15条,同意部分公开2条,不同意公开1条,信息不存在1条。", 2012);
        assertReads(read, "lreq.received=20", "lreq.answered=20", "lreq.answered.granted=15", "lreq.answered.partly_granted=2", "lreq.answered.denied=1", "lreq.answered.not_exist=1");
    }

    @Test
    void allAnsweredOrAllClosedAfterACountStatesTheSameNumberForThatOutcome() {
        List<Extracted> answered = read("本年度受理公民申请公开信息9件,均已答复。", 2016);
        assertHas(answered, "lreq.answered", 9);
        List<Extracted> closed = read("本年共受理政府信息公开申请7件,已全部按期办结。", 2016);
        assertReads(closed, "lreq.closed=7", "lreq.closed.on_time=7");
        List<Extracted> granted = read("本年度依申请公开信息办理数12件,全部同意公开。", 2013);
        assertReads(granted, "lreq.closed=12", "lreq.answered.granted=12");
    }

    @Test
    void traditionalScriptReportsReadAsSimplifiedOnes() {
        List<Extracted> read = read("全年共收到依申請公開申請12件,已全部答覆,其中同意公開10件,部分公開1件,不予公開1件。", 2012);
        assertReads(read, "lreq.received=12", "lreq.answered=12", "lreq.answered.granted=10", "lreq.answered.denied=1");
        assertHas(read("本局因政府信息公開申請提起行政覆議1件,行政訴訟1件。", 2012), "lappeal.suit", 1);
    }

    @Test
    void anAppealResultThatNamesItsAppealIsThatAppealsWhateverWasCountedBefore() {
        List<Extracted> read = read("全年因政府信息公开申请提起行政复议2起,行政诉讼1起,其中行政复议维持原行政行为2起。", 2014);
        assertReads(read, "lappeal.review=2", "lappeal.suit=1", "lappeal.review.upheld=2");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lappeal.suit.upheld")), read.toString());
    }

    @Test
    void feesForSearchingCopyingAndPostingAreRequestFees() {
        assertTrue(read("全年依申请公开收取检索、复制、邮寄等费用共计85元。", 2014).stream()
                .anyMatch(f -> f.metric().equals("fee.request_fees") && f.value().compareTo(new java.math.BigDecimal("0.0085")) == 0));
    }

    @Test
    void eachNegationIsTheZeroOfWhatItNamesOnly() {
        List<Extracted> read = read("本年度未受理政府信息公开申请,没有发生收费情况,没有发生行政复议和行政诉讼。", 2017);
        assertReads(read, "lreq.received=0", "fee.request_fees=0", "lappeal.review=0", "lappeal.suit=0");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lappeal.complaint")), read.toString());
    }

    @Test
    void aBareNoneUnderTheFeesHeadingIsAFeeZero() {
        List<Extracted> read = read("六、政府信息公开的收费及减免情况\n本年度无。", 2013);
        assertHas(read, "fee.request_fees", 0);
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("lreq.received")), read.toString());
    }

    @Test
    void noApplicationsUnderTheFeesHeadingStatesNoFee() {
        List<Extracted> read = read("四、依申请公开的收费及减免情况\n本局本年度无申请。", 2014);
        assertTrue(read.stream().noneMatch(f -> f.metric().startsWith("fee.")), read.toString());
    }

    @Test
    void zeroAppealsStatedAsZeroOccurrencesAreZeros() {
        List<Extracted> read = read("全镇实现政府信息公开行政复议、行政诉讼零发生。", 2015);
        assertReads(read, "lappeal.review=0", "lappeal.suit=0");
    }

    @Test
    void fromTheTrialFormatOnANegatedRequestIsTheNewRequestsZeroAndALawsuitStaysUnmapped() {
        List<Extracted> read = read("本年度未收到政府信息公开申请,未发生政府信息公开行政复议、行政诉讼。", 2020);
        assertReads(read, "req.new.total=0", "appeal.review.total=0");
        assertTrue(read.stream().noneMatch(f -> f.metric().startsWith("lreq.") || f.metric().startsWith("lappeal.")), read.toString());
    }

    @Test
    void theOverviewOfLaterReportsGivesNewCarriedOverAndCarriedForwardRequests() {
        List<Extracted> read = read("本年度新收政府信息公开申请18件,上年结转2件,结转下年度继续办理1件。", 2021);
        assertReads(read, "req.new.total=18", "req.carried_over.total=2", "req.carried_forward.total=1");
    }

    @Test
    void aWordThatHoldsANegationStatesNoZero() {
        assertNoZeroIn2013("对无法提供的依申请公开信息,均书面告知申请人并说明理由。",
                "向申请人无偿提供依申请公开的政府信息。",
                "依申请公开工作无论是受理还是答复都严格按规定办理。",
                "对未经审查的依申请公开信息不得公开。",
                "检查各单位有无依申请公开工作台账。");
    }

    @Test
    void aNegationOfHowOrWhyRequestsWereHandledStatesNoRequestsZero() {
        assertNoZeroIn2013("对没有按时答复的依申请公开申请,一律追究责任。",
                "本年度没有因依申请公开引起的纠纷。",
                "全年没有不予公开的依申请公开申请。");
    }

    @Test
    void aNegationInAnotherClauseStatesNoZeroOfTheNextClausesSubject() {
        assertNoZeroIn2013("本年度工作无重大变化,依申请公开工作稳步推进。");
    }

    @Test
    void aZeroPredicatedOfAnotherNounOrTheStartOfANumberIsNoRequestsZero() {
        List<Extracted> parts = read("本年度共受理依申请公开3件,其中不予公开数为零。", 2013);
        assertHas(parts, "lreq.received", 3);
        assertTrue(!has(parts, "lreq.received", 0), parts.toString());
        assertNoZeroIn2013("政府信息公开申请数同比增长率为0.5%。");
    }

    @Test
    void aConditionStatesNoZero() {
        assertNoZeroIn2013("如未收到政府信息公开申请的答复,申请人可以依法申请行政复议。");
    }

    @Test
    void aFeeNegationAboutMisconductOrProactiveDisclosureIsNoRequestFeeZero() {
        assertNoZeroIn2013("全年未发生乱收费情况。",
                "主动公开的政府信息在各查阅点向公众提供,查阅服务全部免费。");
    }
}
