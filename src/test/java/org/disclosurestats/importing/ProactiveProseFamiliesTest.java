package org.disclosurestats.importing;

import static org.disclosurestats.importing.ProseSentences.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Session 7's phrasing families of proactive disclosure: interpretations and their kinds, normative documents issued
 * and in force, licensing decisions, WeChat articles, a count that opens the name of a category, and a category named
 * by a verb after its topic. Every sentence is written for the test, in several wordings and both scripts, each family
 * with the sentences it must not read.
 */
class ProactiveProseFamiliesTest {

    @Test
    void anInterpretationTotalTakesItsKindsAsParts() {
        for (String text : List.of("全年发布政策解读信息180条,其中,解读材料40条,解读产品120个,媒体评论文章20篇。",
                "2022年共发布政策解读180篇,包括解读材料40篇、解读产品120个、媒体评论文章20篇。",
                "全年發布政策解讀信息180條,其中,解讀材料40條,解讀產品120個,媒體評論文章20篇。")) {
            List<Extracted> read = read(text);
            assertTrue(has(read, "resp.interpretations", "", 180), text + " " + read);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("resp.interpretations") && f.value().longValue() == 120 && f.breakdown().startsWith("解")), text + " " + read);
            assertTrue(has(read, "resp.interpretations", null, 20), text + " " + read);
        }
        // a bracket after a part holds the parts of that part: the short videos are no kind of the total
        List<Extracted> bracket = read("全年发布政策解读信息180条,其中,解读材料40条,解读产品120个(包括短视频解读16个),媒体评论文章20篇。");
        assertTrue(noValue(bracket, 16) && has(bracket, "resp.interpretations", null, 20), bracket.toString());
    }

    @Test
    void interpretationsStatedAloneAreCountedWhateverTheirWording() {
        for (String text : List.of("2022年,解读类信息发布 21 条。", "全年政策解读21条。", "本年度政策解讀21條。", "2023年共发布解读文章21篇。")) {
            List<Extracted> read = read(text);
            assertTrue(has(read, "resp.interpretations", null, 21), text + " " + read);
        }
    }

    @Test
    void documentsWithTheirInterpretationsAndInterpretationsAmongCategoriesAreCategories() {
        List<Extracted> list = read("2022年通过政府网站公开各类信息500条,其中动态信息200条,政策文件及解读30条,政策解读3条,其他信息267条。");
        assertTrue(has(list, "pro.category_items", "政策文件及解读", 30), list.toString());
        assertTrue(has(list, "pro.category_items", "政策解读", 3), list.toString());
        assertTrue(none(list, "resp.interpretations"), list.toString());
        List<Extracted> alone = read("在门户网站发布政务动态类信息226条,发布市政府及政府办文件及解读信息66条。");
        assertTrue(has(alone, "pro.category_items", "市政府及政府办文件及解读信息", 66) && none(alone, "resp.interpretations"), alone.toString());
        assertTrue(none(read("全年发布政府文件和解读25件。"), "resp.interpretations"));
    }

    @Test
    void normativeDocumentsIssuedAndInForceAreTheirOwnCounts() {
        for (String text : List.of("2022年,发布规范性文件4件,公开现行规范性文件62个。", "全年印发行政规范性文件4件,现行有效规范性文件62件。",
                "全年發布規範性文件4件,公開現行有效規範性文件62個。")) {
            List<Extracted> read = read(text);
            assertTrue(has(read, "pro.normative_docs.issued_total", null, 4), text + " " + read);
            assertTrue(has(read, "pro.normative_docs.in_force", null, 62), text + " " + read);
            assertTrue(none(read, "pro.category_items"), text + " " + read);
        }
    }

    @Test
    void interpretationsRepealsAndListedDocumentsAreNoNormativeCounts() {
        List<Extracted> read = read("2022年,发布规范性文件解读3篇,废止现行规范性文件5件,清理规范性文件20件。");
        assertTrue(none(read, "pro.normative_docs.issued_total") && none(read, "pro.normative_docs.in_force"), read.toString());
        List<Extracted> list = read("2022年通过政府网站公开各类信息300条,其中规范性文件6条,工作动态294条。");
        assertTrue(has(list, "pro.category_items", "规范性文件", 6) && none(list, "pro.normative_docs.issued_total"), list.toString());
    }

    @Test
    void licensingDecisionsAreCountedButLicensingInformationIsACategory() {
        for (String text : List.of("2022年,作出行政许可决定1520件。", "全年办理行政许可1520件。", "全年作出行政許可決定1520件。")) {
            assertTrue(has(read(text), "pro.licensing.decisions", null, 1520), text + " " + read(text));
        }
        List<Extracted> guide = read("2022年,公开行政许可事项办事指南35件。");
        assertTrue(none(guide, "pro.licensing.decisions"), guide.toString());
        List<Extracted> list = read("2016年公开政府信息300条,其中工作动态信息290条,行政许可信息3条,行政处罚信息7条。");
        assertTrue(has(list, "pro.category_items", "行政许可信息", 3) && none(list, "pro.licensing.decisions"), list.toString());
    }

    @Test
    void aCountOpeningTheNameOfACategoryIsPartOfItsName() {
        for (String text : List.of("全县通过政府网站公开各类信息9000条,其中动态信息2000条,34个重点领域公开信息806条,其他信息6194条。",
                "全县主動公開政府信息9000條,其中動態信息2000條,34個重點領域信息806條,其他信息6194條。")) {
            List<Extracted> read = read(text);
            assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.category_items") && f.value().longValue() == 806 && f.breakdown().startsWith("重")), text + " " + read);
            assertTrue(noValue(read, 34), text + " " + read);
        }
    }

    @Test
    void countsBeforeAVerbOrOfAListsClassesStayFigures() {
        List<Extracted> places = read("2023年,设立查阅点3个接待群众查阅150人次,开设专栏5个发布信息300条。");
        assertTrue(has(places, "cap.inspection_points", null, 3) && has(places, "web.special_columns", null, 5), places.toString());
        List<Extracted> classes = read("全市12类行政权力清单2860项。");
        assertTrue(has(classes, "power.categories", null, 12) && has(classes, "power.items", null, 2860), classes.toString());
    }

    @Test
    void aVerbWithInformationAfterATopicNamesACategoryButAfterAnActorItIsAClause() {
        List<Extracted> topics = read("2022年主动公开政府信息6000条,其中建议提案办理信息37条,财政资金公开信息320条。");
        assertTrue(has(topics, "pro.category_items", "建议提案办理信息", 37) && has(topics, "pro.category_items", "财政资金公开信息", 320), topics.toString());
        List<Extracted> actors = read("全县主动公开政府信息6000条,其中县直部门公开信息3200条,各乡镇公开信息2800条,政务新媒体公开信息900条。");
        assertTrue(none(actors, "pro.category_items"), actors.toString());
    }

    @Test
    void articlesOfAWeChatAccountAreItsItems() {
        for (String text : List.of("“某某发布”微信公众号推送文章860篇。", "政务微信公众号共编发文章 860 篇,其中原创文章 294 篇。", "政務微信公眾號全年發布文章860篇。")) {
            List<Extracted> read = read(text);
            assertTrue(has(read, "pro.channel.wechat", null, 860), text + " " + read);
            assertTrue(noValue(read, 294), text + " " + read);
        }
        // its followers are no items (they are web.wechat_followers since session 8)
        assertTrue(none(read("微信公众号关注人数达12000人。"), "pro.channel.wechat"));
    }
}
