package org.disclosurestats.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as it is laid out: every glyph with its position (PDFBox's TextPosition), grouped into
 * lines by baseline and into cells by the horizontal gaps between glyphs. Table cells are apart by their
 * padding and borders, while the characters of one cell touch: a gap wider than 0.7 of a character starts a
 * new cell, and so does a drawn column border between two glyphs however close they stand (PdfRules). The text
 * stream's order is not used, so a label written in another column on the same line stays a cell of its own.
 */
final class PdfLayout {

    private PdfLayout() {
    }

    /** One cell of a line: its text, its box (x from the left, y the baseline from the top), its page (from 1), whether its line holds a number. */
    record Cell(String text, float x0, float x1, float y, float size, int page, boolean lineHasValue) {

        float center() {
            return (x0 + x1) / 2;
        }

        /**
         * A number written in digits, or a mark for a blank cell: what a value cell of a table holds (三 or 十 is a label's).
         * A cell of characters no font maps to text (a digits font without its character map) stands where a value
         * stands: it is kept as written, so the reader flags it as no number rather than leaving the cell blank.
         */
        boolean value() {
            return NumberReader.cell(text).isPresent() && (NumberReader.isBlank(text) || DIGIT.matcher(text).find())
                    || text.codePoints().allMatch(c -> PdfTextLayer.cannotBeText(c) || c >= '0' && c <= '9' || c == '.' || c == ',')
                    && text.codePoints().anyMatch(PdfTextLayer::cannotBeText);
        }
    }

    /** A page: its lines, top to bottom, and the horizontal rules drawn between its table rows. */
    record Page(List<Line> lines, List<PdfRules.Across> rules) {
    }

    /** One line of a page: cells on the same baseline, left to right. */
    record Line(float y, float size, List<Cell> cells, int page) {
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("[0-9０-９]");

    private record Glyph(String text, float x, float y, float width, float size) {
    }

    /** The lines of every page, top to bottom. */
    static List<Page> pages(PDDocument pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        Collector collector = new Collector();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            collector.glyphs.clear();
            collector.setStartPage(p);
            collector.setEndPage(p);
            collector.getText(pdf);
            PdfRules.Rules rules = PdfRules.of(pdf.getPage(p - 1));
            pages.add(new Page(withoutPageNumbers(lines(collector.glyphs, p, rules.vertical()), p), rules.horizontal()));
        }
        return pages;
    }

    /** The lines of a page without a page number at its top or bottom (- 3 -, 第 3 页 共 8 页): it is no value of a table. */
    private static List<Line> withoutPageNumbers(List<Line> lines, int page) {
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean edge = i < 2 || i >= lines.size() - 2;
            StringBuilder text = new StringBuilder();
            lines.get(i).cells().forEach(c -> text.append(c.text()).append(' '));
            String written = text.toString().strip();
            // a lone number is a page number only alone on its line, never a value beside others
            boolean number = PdfPageText.isPageNumber(written, page) && (lines.get(i).cells().size() == 1 || !written.matches("\\d+"));
            if (!(edge && number)) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static final class Collector extends PdfVisibleText {

        final List<Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String s = t.getUnicode() == null ? null : PdfTextLayer.normalized(t.getUnicode());
            if (s != null && !s.isBlank()) {
                float size = Math.max(1f, t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
                glyphs.add(new Glyph(s, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
            }
        }
    }

    private static List<Line> lines(List<Glyph> glyphs, int page, List<PdfRules.Rule> rules) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((Glyph g) -> g.y).thenComparingDouble(g -> g.x));
        List<List<Glyph>> grouped = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
            if (last != null && Math.abs(last.get(0).y - g.y) <= 0.4f * Math.max(g.size, last.get(0).size)) {
                last.add(g);
            } else {
                List<Glyph> line = new ArrayList<>();
                line.add(g);
                grouped.add(line);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> line : grouped) {
            line.sort(Comparator.comparingDouble(g -> g.x));
            List<Cell> cells = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float x0 = 0;
            float x1 = 0;
            float size = 0;
            for (Glyph g : line) {
                boolean gap = g.x - x1 > 0.7f * Math.max(size, g.size) && !inRuledCell(rules, g);
                if (text.length() > 0 && (gap || ruleBetween(rules, x1, g))) {
                    cells.add(new Cell(text.toString(), x0, x1, line.get(0).y, size, page, false));
                    text.setLength(0);
                }
                if (text.length() == 0) {
                    x0 = g.x;
                    size = g.size;
                }
                text.append(g.text);
                x1 = Math.max(x1, g.x + g.width);
                size = Math.max(size, g.size);
            }
            cells.add(new Cell(text.toString(), x0, x1, line.get(0).y, size, page, false));
            boolean values = cells.stream().anyMatch(Cell::value);
            lines.add(new Line(line.get(0).y, size, cells.stream().map(c -> new Cell(c.text(), c.x0(), c.x1(), c.y(), c.size(), page, values)).toList(), page));
        }
        return lines;
    }

    /**
     * Whether the glyph stands in a table whose columns are all drawn (three or more column borders beside its line):
     * there a gap is no cell border, only a drawn rule is (总　　计, 自 然 人: a short label spaced out to its cell's width).
     */
    private static boolean inRuledCell(List<PdfRules.Rule> rules, Glyph g) {
        return rules.stream().filter(r -> r.y0() <= g.y - 0.35f * g.size && r.y1() >= g.y - 0.35f * g.size).map(r -> Math.round(r.x())).distinct().count() >= 3;
    }

    /** Whether a drawn column border stands between the end of a cell's text and the next glyph. */
    private static boolean ruleBetween(List<PdfRules.Rule> rules, float x1, Glyph g) {
        return rules.stream().anyMatch(r -> r.separates(x1, g.x, g.y, g.size));
    }
}
