package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text layer of a PDF made into the text a reader of prose can use. A PDF keeps lines as printed: a sentence
 * broken wherever the line was full, page headers, footers and page numbers between two halves of a sentence, and
 * (some producers) a space between every two characters. Prose is one paragraph a line, so: page furniture at a page's
 * top or bottom (a page number in any of its usual forms, a line repeated at the edge of most pages) is left out; in a
 * line of prose the spaces between Chinese characters are removed; a line that fills the page's width and does not end
 * a sentence is joined with the next, unless either is a heading, a list item or a table row. Table rows keep their
 * spaces (they part the cells).
 */
final class PdfPageText {

    private PdfPageText() {
    }

    /** A page number alone on a line: - 3 -, —3—, 第3页, 第 3 页 共 8 页, 共8页 第3页, 3/8, Page 3 of 8. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－~·•\\s]*\\d{1,4}[-—–－~·•\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页|\\d{1,4}\\s*/\\s*\\d{1,4}|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)$");
    /** What ends a sentence, maybe followed by a closing quote or bracket. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?；;…][”’」』）)]*$");
    /** A line of prose: it holds sentence punctuation (、 alone is a heading's: 五、…的情况). */
    private static final Pattern PROSE_MARK = Pattern.compile("[，。；：]");
    private static final Pattern SPACING_MARK = Pattern.compile("[，。；：、]");
    /** A number standing between two words with a space either side (共 12 件): the text layer's spaces, not the report's. */
    private static final Pattern SPACED_NUMBER = Pattern.compile("(?<=[\\p{IsHan}，。；：、（“])[ \\t]+([0-9０-９][0-9０-９,.．]*)[ \\t]*(?=[\\p{IsHan}，。；：、）”])"
            + "|(?<=^|[\\p{IsHan}，。；：、（“])([0-9０-９][0-9０-９,.．]*)[ \\t]+(?=[\\p{IsHan}，。；：、）”])");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}，。、；：（）“”《》])[ \\t\\u3000]+(?=[\\p{IsHan}，。、；：（）“”《》])");
    /** A line with at least this many Chinese characters standing alone is spaced-out prose, not a row of values. */
    private static final int MIN_SPACED_WORDS = 6;
    private static final Pattern TITLE = Pattern.compile("报告|報告");
    /** How many lines at each edge of a page may be furniture. */
    private static final int EDGE = 2;
    /** A line as wide as this share of the page's widest prose line fills the line: the sentence goes on below. */
    private static final float FULL = 0.85f;

    /** The text of the pages, one string a page, made into lines of prose and table rows. */
    static String of(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            List<String> own = new ArrayList<>();
            for (String line : page.split("\\R")) {
                if (!line.isBlank()) {
                    own.add(line.strip());
                }
            }
            lines.add(own);
        }
        removeFurniture(lines);
        List<String> out = new ArrayList<>();
        float documentWidest = (float) lines.stream().flatMap(List::stream).map(PdfPageText::withoutCharacterSpacing)
                .filter(PdfPageText::isProse).mapToInt(PdfPageText::width).max().orElse(0);
        for (List<String> page : lines) {
            List<String> cleaned = page.stream().map(PdfPageText::withoutCharacterSpacing).toList();
            List<String> prose = cleaned.stream().filter(PdfPageText::isProse).toList();
            // a page with a few lines of prose (the end of a report) has the document's line width
            float widest = prose.size() >= 3 ? (float) prose.stream().mapToInt(PdfPageText::width).max().orElse(0) : documentWidest;
            for (String line : cleaned) {
                String previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && previous.endsWith("\u0000")) {
                    out.set(out.size() - 1, joined(previous.substring(0, previous.length() - 1), line));
                } else {
                    out.add(line);
                }
                String last = out.get(out.size() - 1);
                if (goesOn(last, line, widest)) {
                    out.set(out.size() - 1, last + "\u0000"); // joined with the next line, on this page or the next
                }
            }
        }
        // a sentence joined over a line break may have a spaced number at the break (公开\n15 条)
        List<String> text = out.stream().map(l -> l.endsWith("\u0000") ? l.substring(0, l.length() - 1) : l)
                .flatMap(l -> java.util.Arrays.stream(l.split("\n"))).map(PdfPageText::withoutCharacterSpacing).toList();
        return String.join("\n", text);
    }

    /** Whether a line (last is what it became after joins, line its last printed part) goes on on the next line. */
    private static boolean goesOn(String last, String line, float widest) {
        String paragraph = last.substring(last.lastIndexOf('\n') + 1);
        if (!isProse(paragraph) || ENDS_SENTENCE.matcher(line).find() || isTableRow(line)) {
            return false;
        }
        return line.endsWith("，") || line.endsWith("、") || widest > 0 && width(line) >= FULL * widest;
    }

    /** The next line joins unless it opens a heading or a list item, or is a table row: then the line ends where it is. */
    private static String joined(String previous, String next) {
        if (ProseLines.opensPart(next) || isTableRow(next)) {
            return previous + "\n" + next;
        }
        boolean latin = !previous.isEmpty() && !next.isEmpty() && Character.isLetter(previous.charAt(previous.length() - 1))
                && previous.charAt(previous.length() - 1) < 0x80 && Character.isLetter(next.charAt(0)) && next.charAt(0) < 0x80;
        return previous + (latin ? " " : "") + next;
    }

    /** Prose: sentence punctuation after any opening number (a heading has none), and not a row of table cells. */
    private static boolean isProse(String line) {
        return !isTableRow(line) && PROSE_MARK.matcher(ProseLines.withoutOpening(line)).find();
    }

    private static boolean isTableRow(String line) {
        return !PROSE_MARK.matcher(line).find() && TableReader.fromLine(line).size() >= 3;
    }

    /**
     * A line with spaces between its characters (the text layer of a justified or character-spaced line): in prose and
     * in a line whose words are mostly single characters, the spaces between Chinese characters are no part of the text.
     */
    static String withoutCharacterSpacing(String line) {
        String[] tokens = line.strip().split("[ \\t\\u3000]+");
        long single = java.util.Arrays.stream(tokens).filter(t -> t.codePointCount(0, t.length()) == 1).count();
        long han = java.util.Arrays.stream(tokens).filter(t -> t.length() == 1 && Character.isIdeographic(t.charAt(0))).count();
        long digits = java.util.Arrays.stream(tokens).filter(t -> t.length() == 1 && Character.isDigit(t.charAt(0))).count();
        boolean spaced = tokens.length >= 4 && single * 10 >= tokens.length * 6;
        if (!spaced && !SPACING_MARK.matcher(line).find()) {
            return line;
        }
        // digits spaced out too (2 0 1 6 年) only in a line of spaced-out words, never in a row of values (机 1 0 0 1)
        String joined = spaced && han >= MIN_SPACED_WORDS && han > digits ? line.replaceAll("(?<=\\d) (?=\\d)", "") : line;
        String withoutHanSpaces = SPACE_BETWEEN_HAN.matcher(joined).replaceAll("");
        return SPACED_NUMBER.matcher(withoutHanSpaces).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The printed width of a line in half-width characters: a Chinese or full-width character is two. */
    static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            w += c >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /**
     * Leaves out page furniture: a page number at a page's top or bottom (a bare number only where it is the page's
     * own number, or one or two less when the cover is not counted), and a line standing at the top or bottom of at
     * least two pages and half of them (a running header or footer, digits aside), except where it opens the first
     * page and names a report (the title, which a running header may repeat).
     */
    private static void removeFurniture(List<List<String>> pages) {
        Map<String, Integer> atEdges = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PdfPageText::masked).distinct().forEach(k -> atEdges.merge(k, 1, Integer::sum));
        }
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                boolean repeated = atEdges.getOrDefault(masked(line), 0) >= Math.max(2, (pages.size() + 1) / 2)
                        && !(p == 0 && i == 0 && TITLE.matcher(line).find());
                if (edge && (isPageNumber(line, p + 1) || repeated && pages.size() > 1)) {
                    continue;
                }
                kept.add(line);
            }
            pages.set(p, kept);
        }
    }

    private static List<String> edges(List<String> page) {
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE || i >= page.size() - EDGE) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    private static String masked(String line) {
        return NumberReader.halfWidth(line).replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    static boolean isPageNumber(String line, int page) {
        String s = NumberReader.halfWidth(line).strip();
        if (!PAGE_NUMBER.matcher(s).matches()) {
            return false;
        }
        if (s.matches("\\d+")) {
            int n = Integer.parseInt(s);
            return n <= page && n >= page - 2; // a bare number is furniture only as the page's own number
        }
        return true;
    }
}
