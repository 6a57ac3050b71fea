package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.eachWording;
import static org.disclosurestats.importing.ProseSentences.has;
import static org.disclosurestats.importing.ProseSentences.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.importing.NumberReader.Mention;
import org.junit.jupiter.api.Test;

/**
 * The forms a statement takes that FormRobustnessTest found the reader breaking on, each fixed where it is decided: numbers
 * in the traditional script and in Chinese numerals after 数 (NumberReader), 以上 after a count, spaces beside punctuation and
 * lines a store wraps after a count or a semicolon (ProseLines). The sentences are written for these tests.
 */
class ProseFormsTest {

    private static ProseLines.Joined whole(String text) {
        return ProseLines.join(text, List.of(new ProseText.Span(0, text.length())));
    }

    private static Mention only(String text) {
        List<Mention> found = NumberReader.mentions(text);
        assertEquals(1, found.size(), text + " → " + found);
        return found.get(0);
    }

    @Test
    void chineseNumeralsInTheTraditionalScriptAreCounts() {
        eachWording(List.of("年內兩次舉辦政府信息公開工作培訓", "年内两次举办政府信息公开工作培训", "全年舉辦政府信息公開培訓兩期"),
                (text, read) -> assertTrue(has(read, "cap.training_sessions", null, 2), text + " → " + read));
        assertTrue(NumberReader.mentions("答覆期限為十五個工作日").isEmpty());
        assertTrue(NumberReader.mentions("歷時三個月完成").isEmpty());
    }

    @Test
    void aChineseNumeralAfterTheWordForNumberIsTheNumberStated() {
        eachWording(List.of("全年主动公开信息数五十三条。", "全年主動公開信息數五十三條。", "全年主动公开政府信息总数五十三条。"),
                (text, read) -> assertTrue(has(read, "pro.items", null, 53), text + " → " + read));
        assertTrue(has(read("本年度申请行政复议数四件、提起行政诉讼数七件。"), "lappeal.suit", null, 7));
        for (String vague : List.of("全年公开信息数十条", "收到申请数百件", "公开信息上千条", "受理咨询几十人次", "發布資訊數百條")) {
            assertTrue(NumberReader.mentions(vague).isEmpty(), vague + " → " + NumberReader.mentions(vague));
        }
    }

    @Test
    void twoBeforeAUnitOfItemsOrPeopleIsACountButTwoAspectsAreNot() {
        assertTrue(has(read("2012年共收到两份书面政府信息公开申请。"), "lreq.received", null, 2));
        assertTrue(has(read("本年度共收到兩份書面政府信息公開申請。"), "lreq.received", null, 2));
        for (String words : List.of("重点抓好两个方面的工作", "建立两项制度", "明确兩類責任主體", "办好两件实事", "坚持两个原则")) {
            assertTrue(NumberReader.mentions(words).isEmpty(), words + " → " + NumberReader.mentions(words));
        }
    }

    @Test
    void orMoreAfterACountIsAnApproximationOfIt() {
        Mention m = only("全年主动公开政府信息300条以上");
        assertEquals(0, m.reading().value().compareTo(BigDecimal.valueOf(300)));
        assertEquals(Qualifier.APPROXIMATE, m.reading().qualifier());
        Mention exact = only("月工作计划12个以上信息均通过网站公开");
        assertEquals(Qualifier.EXACT, exact.reading().qualifier(), "以上信息 is the information above");
        eachWording(List.of("从公开的形式来看,在区政府信息公开网上公布41条以上。", "從信息公開的形式來看,在區政府信息公開網上公布41條以上。"),
                (text, read) -> assertTrue(has(read, "pro.channel.website", null, 41), text + " → " + read));
    }

    @Test
    void aSpaceBesidePunctuationIsNoPartOfTheWords() {
        eachWording(List.of("为此,专门配备了2名全职工作人员、 31 名兼职工作人员。", "為此 , 專門配備了2名全職工作人員 、31名兼職工作人員 。"),
                (text, read) -> assertTrue(has(read, "cap.staff.part_time", null, 31), text + " → " + read));
        assertEquals("其中1.组织机构5条;2.规章10条。", whole("其中 1. 组织机构5条 ; 2. 规章10条 。").text().strip());
        assertTrue(whole("三、主动公开情况 我局全年公开信息300条。").text()
                .startsWith("三、主动公开情况 我局"), "a space between two words may part a heading from its text");
    }

    @Test
    void aLineAStoreWrapsAfterACountWaitingForItsNounIsJoined() {
        eachWording(List.of("为此,本单位专门成立了政府信息公开工作领导小组,配备了2名\n兼职工作人员,设立了查阅点。",
                        "根据要求,镇配备了1名专职人员和2名\n兼职工作人员,并成立了信息公开领导小组。",
                        "為此,專門配備了2名全職工作人員、31名\n兼職工作人員,設立了1個專門的信息申請受理點。"),
                (text, read) -> assertTrue(read.stream().anyMatch(f -> f.metric().equals("cap.staff.part_time")), text + " → " + read));
        // a line of counts is a statement of its own: the next line is not the noun of its count
        assertEquals(2, whole("全年主动公开政府信息共300条\n全年受理政府信息公开申请5件").paragraphs().size());
        assertEquals(2, whole("本年度全年共受理政府信息公开申请5件\n主动公开政府信息300条").paragraphs().size());
    }

    @Test
    void aLineAStoreWrapsAfterASemicolonOrAColonGoesOnWithTheSentence() {
        eachWording(List.of("2014年我镇主动公开政府信息数160条,其中,综合政务59条;\n人事工作信息1条;财政信息5条。",
                        "一年来,我街道共主动公开信息160条,其中:\n综合政务59条,人事工作信息1条,财政信息5条。"),
                (text, read) -> {
                    assertTrue(has(read, "pro.category_items", "财政信息", 5), text + " → " + read);
                    assertTrue(has(read, "pro.items", null, 160), text + " → " + read);
                });
        // a numbered item after the colon still opens a line of its own
        assertEquals(2, whole("全年主动公开各类政府信息情况如下:\n1.规范性文件12件。").paragraphs().size());
    }
}
