package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.TextLayerPdf.Placed;
import org.junit.jupiter.api.Test;

/**
 * Report PDFs as other producers make them (src/test/resources/importing/pdf, make_more.py): a pre-2019 report in
 * prose whose sentences break over lines and a page, with a running header and 第 N 页 共 M 页 under each page; a legacy
 * statistics table over a page break; PDFs whose text layer is not their text; a PDF with an owner password.
 */
class PdfProducersTest {

    private static final Path DIR = Path.of("src/test/resources/importing/pdf");
    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private static DocumentReader.Reading read(byte[] body, String mediaType) {
        ProseExtractor.Context context = new ProseExtractor.Context("某县人民政府", null, true, name -> Optional.empty(), 2016);
        return new DocumentReader(TestCatalogue.metrics(), LEXICON).read(DocumentText.read(body, mediaType), context);
    }

    /** metric (breakdown) → value, for comparing two readings. */
    private static Map<String, String> figures(DocumentReader.Reading r) {
        return r.figures().stream().collect(Collectors.toMap(
                f -> (f.metric() + " " + (f.breakdown() == null ? "" : f.breakdown())).strip(),
                f -> f.value() == null ? "(blank)" : f.value().stripTrailingZeros().toPlainString(), (a, b) -> a + "," + b, TreeMap::new));
    }

    @Test
    void proseBrokenOverLinesAndAPageGivesTheFiguresOfTheSameTextAsPlainText() throws Exception {
        Map<String, String> fromText = figures(read(Files.readAllBytes(DIR.resolve("legacy-prose.txt")), DocumentText.PLAIN));
        Map<String, String> fromPdf = figures(read(Files.readAllBytes(DIR.resolve("legacy-prose.pdf")), DocumentText.PDF));
        assertEquals(fromText, fromPdf);
        // hand-checked against legacy-prose.txt: the figures the prose states, the full-width ４ and １ included
        assertEquals("2367", fromPdf.get("pro.items"));
        assertEquals("39", fromPdf.get("lreq.received"));
        assertEquals("4", fromPdf.get("lappeal.review"));
        assertEquals("1", fromPdf.get("lappeal.suit"));
    }

    @Test
    void pageHeadersFootersAndNumbersNeitherSplitASentenceNorBecomeFigures() throws Exception {
        String text = DocumentText.read(Files.readAllBytes(DIR.resolve("legacy-prose.pdf")), DocumentText.PDF).text();
        assertFalse(text.contains("第1页"), text);
        assertFalse(text.contains("共2页"), text);
        assertTrue(text.contains("部分同意公开4件，不予公开3件，信息不存在2件，所有申请均在规定时限内答复。"), text);
        assertTrue(text.contains("\n三、依申请公开政府信息情况\n全年共受理"), "a heading keeps its own line");
        assertTrue(text.contains("\n五、因政府信息公开申请提起行政复议和行政诉讼的情况\n全年"), "a heading as wide as the page keeps its own line");
    }

    /**
     * The prose of legacy-prose.txt printed 28 characters a line, 12 lines a page, under a running header and above a
     * page number written as given (%d the page, %n the pages); the sixth line of each page spaced out one character
     * a word, as a justified line's text layer may be.
     */
    private static byte[] printed(String pageNumber) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : Files.readAllLines(DIR.resolve("legacy-prose.txt"))) {
            for (int i = 0; i < paragraph.length(); i += 28) {
                lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + 28)));
            }
        }
        int pages = (lines.size() + 11) / 12;
        List<List<Placed>> out = new java.util.ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<Placed> page = new java.util.ArrayList<>();
            page.add(new Placed("某县人民政府政务公开办公室", 120, 30));
            for (int i = 0; i < 12 && 12 * p + i < lines.size(); i++) {
                String line = lines.get(12 * p + i);
                page.add(new Placed(i == 5 ? String.join(" ", line.split("")) : line, 40, 60 + 18 * i));
            }
            page.add(new Placed(pageNumber.replace("%d", String.valueOf(p + 1)).replace("%n", String.valueOf(pages)), 150, 300));
            out.add(page);
        }
        return TextLayerPdf.place(out, 460, 320); // wide enough for the spaced-out line
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"- %d -", "—%d—", "第 %d 页 共 %n 页", "%d", "%d/%n"})
    void aPageNumberInAnyFormIsNoFigureAndSplitsNoSentence(String pageNumber) throws Exception {
        byte[] pdf = printed(pageNumber);
        Map<String, String> fromText = figures(read(Files.readAllBytes(DIR.resolve("legacy-prose.txt")), DocumentText.PLAIN));
        assertEquals(fromText, figures(read(pdf, DocumentText.PDF)));
        String text = DocumentText.read(pdf, DocumentText.PDF).text();
        String plain = new String(Files.readAllBytes(DIR.resolve("legacy-prose.txt")), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(plain.strip(), text.strip(), "the text of the PDF is the text it was printed from");
    }

    @Test
    void aLegacyStatisticsTableOverAPageBreakIsReadCellByCell() throws Exception {
        DocumentText doc = DocumentText.read(Files.readAllBytes(DIR.resolve("legacy-table.pdf")), DocumentText.PDF);
        LegacyTable.Result r = new LegacyTable(TestCatalogue.byCode()).read(doc.tables());
        Map<String, String> read = r.figures().stream().collect(Collectors.toMap(Extracted::metric,
                f -> f.value() == null ? "(blank)" : f.value().stripTrailingZeros().toPlainString() + "@" + f.provenance().tablePage(),
                (a, b) -> a + "," + b, TreeMap::new));
        // hand-checked against make_more.py's TABLE: blank and — state nothing, 0 and 无 are zeros; 万元 stays 万元
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("pro.items", "1234@1"), Map.entry("pro.items.normative_docs", "56@1"),
                Map.entry("lreq.received", "39@1"), Map.entry("lreq.received.in_person", "12@1"), Map.entry("lreq.received.fax", "(blank)"),
                Map.entry("lreq.received.online", "25@2"), Map.entry("lreq.received.letter", "(blank)"),
                Map.entry("lreq.answered", "39@2"), Map.entry("lreq.answered.granted", "30@2"), Map.entry("lreq.answered.denied", "0@2"),
                Map.entry("lappeal.review", "4@2"), Map.entry("lappeal.review.upheld", "3@2"), Map.entry("lappeal.review.corrected", "0@2"),
                Map.entry("lappeal.suit", "1@2"), Map.entry("fee.request_fees", "0@2")));
        assertEquals(expected, read, "unmapped: " + r.unmapped());
    }

    /** A legacy table drawn on one page by position: label, unit, year and cumulative columns; furniture below it. */
    private static LegacyTable.Result legacyTable(String yearOfReceived, String furniture) throws Exception {
        List<Placed> page = new java.util.ArrayList<>();
        String[][] rows = {{"指标名称", "计量单位", "本年度", "历年累计"}, {"主动公开信息数", "条", "88", "1020"},
                {"受理依申请公开信息总数", "件", yearOfReceived, "65"}, {"其中：当面申请数", "件", "2", "12"}, {"不同意公开答复数", "件", "1", "3"}};
        float y = 60;
        for (String[] row : rows) {
            float[] xs = {20, 260, 340, 420};
            for (int i = 0; i < 4; i++) {
                page.add(new Placed(row[i], xs[i], y));
            }
            y += 22;
        }
        page.add(new Placed(furniture, 340, y + 40)); // under the year column, where a value would stand
        return new LegacyTable(TestCatalogue.byCode()).read(DocumentText.read(TextLayerPdf.place(List.of(page), 520, y + 60), DocumentText.PDF).tables());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "- 1 -", "第 1 页 共 1 页", "1/1"})
    void aPageNumberUnderAValueColumnIsNoValueOfTheTable(String pageNumber) throws Exception {
        LegacyTable.Result r = legacyTable("7", pageNumber);
        assertEquals(List.of(), r.unmapped());
        assertEquals(4, r.figures().size(), r.figures().toString());
    }

    @Test
    void aValueCellWhoseGlyphsMapToNoCharacterIsFlaggedNotBlank() throws Exception {
        LegacyTable.Result r = legacyTable("\uE011\uE012", "");
        assertTrue(r.figures().stream().noneMatch(f -> f.metric().equals("lreq.received")), r.figures().toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.provenance().tableRow().startsWith("受理依申请公开信息总数")), r.unmapped().toString());
    }

    @Test
    void aTextLayerOfPrivateUseGlyphsIsRefused() throws Exception {
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            garbage.append((char) (0xE000 + i % 90));
        }
        byte[] pdf = TextLayerPdf.place(List.of(List.of(new Placed(garbage.substring(0, 100), 20, 40),
                new Placed(garbage.substring(100, 200), 20, 60), new Placed("12 34 56", 20, 80))), 1200, 120);
        UnreadableDocument e = assertThrows(UnreadableDocument.class, () -> DocumentText.read(pdf, DocumentText.PDF));
        assertEquals(UnreadableDocument.Reason.GARBLED_TEXT_LAYER, e.reason);
    }

    @Test
    void chineseCharactersReadThroughAWrongMapAreRefused() throws Exception {
        String text = new String(Files.readAllBytes(DIR.resolve("legacy-prose.txt")), java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder shifted = new StringBuilder(); // each character a glyph number off: still Chinese characters, not the text
        text.codePoints().forEach(c -> shifted.appendCodePoint(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? c + 0x391 : c));
        List<Placed> page = new java.util.ArrayList<>();
        String[] lines = shifted.toString().split("(?s)(?<=\\G.{60})"); // 60 characters a line, all on the page
        for (int i = 0; i < lines.length; i++) {
            page.add(new Placed(lines[i].replace("\n", ""), 20, 30 + 14 * i));
        }
        byte[] pdf = TextLayerPdf.place(List.of(page), 700, 60 + 14 * lines.length);
        UnreadableDocument e = assertThrows(UnreadableDocument.class, () -> DocumentText.read(pdf, DocumentText.PDF));
        assertEquals(UnreadableDocument.Reason.GARBLED_TEXT_LAYER, e.reason);
    }

    @Test
    void glyphsMappedToKangxiRadicalsAreReadAsTheCharacters() throws Exception {
        byte[] pdf = TextLayerPdf.place(List.of(List.of(new Placed("⼀、本年新收政府信息公开申请数量", 20, 40),
                new Placed("⼆、上年结转政府信息公开申请数量", 20, 60))), 600, 80);
        assertTrue(DocumentText.read(pdf, DocumentText.PDF).text().contains("一、本年新收政府信息公开申请数量\n二、上年结转"));
    }

    @Test
    void aPdfWithAnOwnerPasswordOnlyIsReadLikeTheOpenOne() throws Exception {
        byte[] open = Files.readAllBytes(DIR.resolve("legacy-table.pdf"));
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(open); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            none.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        try (PDDocument check = Loader.loadPDF(locked)) {
            assertTrue(check.isEncrypted());
        }
        assertEquals(figures(read(open, DocumentText.PDF)), figures(read(locked, DocumentText.PDF)));
        assertFalse(figures(read(locked, DocumentText.PDF)).isEmpty());
    }

    @Test
    void aScanWithoutATextLayerIsRefused() throws Exception {
        UnreadableDocument e = assertThrows(UnreadableDocument.class, () -> DocumentText.read(TextLayerPdf.scanned(), DocumentText.PDF));
        assertEquals(UnreadableDocument.Reason.NO_TEXT_LAYER, e.reason);
    }
}
