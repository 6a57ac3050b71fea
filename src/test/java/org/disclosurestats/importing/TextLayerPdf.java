package org.disclosurestats.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/**
 * Writes a PDF whose text layer holds Chinese text, without a CJK font: the machines these tests run on have
 * none, and CI must not depend on one. Each font is a standard Type 1 font whose byte codes are mapped to the
 * Chinese characters by a ToUnicode CMap, which is what text extraction (PDFBox's and every viewer's) reads.
 * The glyphs drawn are not Chinese, but the text layer is exactly the Chinese text, as in a real report PDF.
 * Each line is a list of cells, drawn at separate positions as table cells are.
 */
final class TextLayerPdf {

    private TextLayerPdf() {
    }

    private static final int FIRST = 0x80;
    private static final int PER_FONT = 0x100 - FIRST;

    /** A piece of text drawn at a position: x from the left, y from the top of the page (baseline), in points. */
    record Placed(String text, float x, float y) {
    }

    /** Each line a list of cells, drawn left to right with a gap between cells, as table cells are. */
    static byte[] write(List<List<String>> lines) throws IOException {
        List<Placed> placed = new ArrayList<>();
        float y = 30;
        for (List<String> line : lines) {
            float x = 20;
            for (String cell : line) {
                placed.add(new Placed(cell, x, y));
                x += 10 * cell.length() + 24; // a gap between cells, as between table columns
            }
            y += 16;
        }
        return place(List.of(placed), 1400, 60 + 16 * lines.size());
    }

    /**
     * Pages of text drawn where given (font size 10: a Chinese character is 10 points wide, an ASCII one 5), for
     * tables whose geometry matters: columns, wrapped labels, labels written one character a line.
     */
    static byte[] place(List<List<Placed>> pages, float width, float height) throws IOException {
        Map<Character, int[]> codes = new LinkedHashMap<>(); // char -> {font, code}
        for (List<Placed> page : pages) {
            for (Placed p : page) {
                for (char c : p.text().toCharArray()) {
                    if (c >= 0x80 && !codes.containsKey(c)) {
                        int n = codes.size();
                        codes.put(c, new int[] {n / PER_FONT, FIRST + n % PER_FONT});
                    }
                }
            }
        }
        int fonts = Math.max(1, (codes.size() + PER_FONT - 1) / PER_FONT);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = new PDResources();
            for (int f = 0; f < fonts; f++) {
                resources.put(COSName.getPDFName("F" + f), PDFontFactory.createFont(font(doc, f, codes)));
            }
            for (List<Placed> texts : pages) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                page.setResources(resources);
                StringBuilder content = new StringBuilder();
                for (Placed p : texts) {
                    content.append("BT ").append(String.format(java.util.Locale.ROOT, "%.1f %.1f", p.x(), height - p.y())).append(" Td ");
                    int current = -1;
                    StringBuilder hex = new StringBuilder();
                    for (char c : p.text().toCharArray()) {
                        int font = c < 0x80 ? 0 : codes.get(c)[0];
                        int code = c < 0x80 ? c : codes.get(c)[1];
                        if (font != current) {
                            if (hex.length() > 0) {
                                content.append('<').append(hex).append("> Tj ");
                                hex.setLength(0);
                            }
                            content.append("/F").append(font).append(" 10 Tf ");
                            current = font;
                        }
                        hex.append(String.format("%02X", code));
                    }
                    if (hex.length() > 0) {
                        content.append('<').append(hex).append("> Tj ");
                    }
                    content.append("ET\n");
                }
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream()) {
                    os.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary font(PDDocument doc, int index, Map<Character, int[]> codes) throws IOException {
        COSDictionary font = ProducerPdf.simpleFont("Helvetica");
        List<String> entries = new ArrayList<>();
        for (int c = 32; c < 0x7F; c++) {
            entries.add(String.format("<%02X> <%04X>", c, c));
        }
        for (Map.Entry<Character, int[]> e : codes.entrySet()) {
            if (e.getValue()[0] == index) {
                entries.add(String.format("<%02X> <%04X>", e.getValue()[1], (int) e.getKey()));
            }
        }
        PDStream toUnicode = ProducerPdf.toUnicodeCMap(doc, entries, "<00> <FF>");
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    /** A PDF of one page with no text at all, as a scanner makes (the image is left out: it would not be read anyway). */
    static byte[] scanned() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out);
            return out.toByteArray();
        }
    }
}
