package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * The prose of reports since 2019 read by the national template's parts: the heading a paragraph stands under
 * ((二)依申请公开, 三、收到和处理政府信息公开申请情况) tells what a bare figure counts, and the template's own wording of
 * normative documents, interpretations, public concerns and appeals not caused. Paragraphs written for these tests in
 * the template's style; plain JUnit, the catalogue from its migration files.
 */
class ProseTemplatePartsTest {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static List<Extracted> read(String text, int year) {
        ProseExtractor.Context context = new ProseExtractor.Context("", null, false, name -> Optional.empty(), year);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(text.getBytes(StandardCharsets.UTF_8), "text/plain"), context).figures();
    }

    private static boolean has(List<Extracted> read, String metric, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value() != null && f.value().longValue() == value && f.subject() == null);
    }

    private static boolean none(List<Extracted> read, String metric) {
        return read.stream().noneMatch(f -> f.metric().equals(metric));
    }

    @Test
    void aNumberedSubHeadingKeepsThePartItStandsIn() {
        TemplatePart part = new TemplatePart(LEXICON.templateParts());
        part.heading("一、总体情况");
        part.heading("(二)依申请公开情况");
        part.heading("1.办理情况");
        assertEquals("依申请公开", part.current());
        part.heading("(四)平台建设情况");
        assertEquals("平台建设", part.current());
        part.heading("三、收到和处理政府信息公开申请情况");
        assertEquals("依申请公开", part.current());
        part.heading("四、存在的主要问题及改进情况");
        assertEquals("", part.current());
    }

    @Test
    void aBareOutcomeUnderTheRequestsPartIsARequestGranted() {
        String report = "一、总体情况\n(一)主动公开方面。全年在县政府网站主动公开信息416条。\n"
                + "(二)依申请公开方面。全年共收到依申请公开2件,公开1件,不予公开1件。\n";
        List<Extracted> read = read(report, 2022);
        assertTrue(has(read, "req.new.total", 2), read.toString());
        assertTrue(has(read, "req.granted.total", 1), read.toString());
        assertTrue(has(read, "req.denied.total", 1), read.toString());
    }

    @Test
    void theSameWordsUnderAnotherPartAreNoRequestOutcome() {
        List<Extracted> read = read("一、总体情况\n(一)主动公开方面。全年共发布信息10条,公开3件。\n", 2022);
        assertTrue(none(read, "req.granted.total"), read.toString());
    }

    @Test
    void requestsOfEnterprisesAreCountedUnderTheRequestsPartOnly() {
        List<Extracted> requests = read("(二)依申请公开方面\n2025年,共收到依申请件35件,其中自然人34件,企业1件,办结32件。\n", 2025);
        assertTrue(has(requests, "req.new.commercial", 1), requests.toString());
        List<Extracted> proactive = read("(一)主动公开方面\n公开涉企信息12条,惠及企业3件。\n", 2025);
        assertTrue(none(proactive, "req.new.commercial"), proactive.toString());
    }

    @Test
    void theTemplatesNormativeDocumentRowsAreReadFromTheirProse() {
        List<Extracted> read = read("(一)主动公开情况。\n1.信息发布情况。制定发布规范性文件4件,清理废止文件0件,现行有效文件20件。\n", 2024);
        assertTrue(has(read, "pro.normative_docs.issued", 4), read.toString());

        assertTrue(has(read, "pro.normative_docs.in_force", 20), read.toString());
    }

    @Test
    void interpretationsAndPublicConcernsListedAfterTheItemsAreTheirOwnFigures() {
        List<Extracted> read = read("(一)主动公开情况。发布政策文件4条、解读信息4条、回应公众关注热点4条。\n", 2022);
        assertTrue(has(read, "resp.interpretations", 4), read.toString());
        assertTrue(has(read, "resp.hotspots", 4), read.toString());
    }

    @Test
    void anInterpretationStatedByItsVerbAmongTheWebsitesPartsIsNoCategoryOfItsItems() {
        List<Extracted> read = read("(一)主动公开方面。通过政府网站主动公开各类政府信息107条,其中发布政策性文件18条,解读政策性文件18条,公开人事任免信息11条等。\n", 2025);
        assertTrue(has(read, "resp.interpretations", 18), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.category_items") && f.breakdown().startsWith("解读")), read.toString());
    }

    @Test
    void requestsThatCausedNoAppealAreStatedZerosOfBoth() {
        List<Extracted> read = read("(二)依申请公开\n全年共收到政府信息公开申请10件,均在法定期限内依法办结,未引起行政复议和行政诉讼情形。\n", 2023);
        assertTrue(has(read, "appeal.review.total", 0), read.toString());
        assertTrue(has(read, "appeal.suit.total", 0), read.toString());
        assertTrue(has(read, "req.new.total", 10), read.toString());
    }
}
