package org.disclosurestats.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosurestats.importing.TableReader.Table;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A document as the importer reads it: the text that is stored with the report (provenance offsets index
 * into it), the tables found in it, and its title when the document names one. HTML is read with jsoup
 * (tables rendered into the text as tab-separated lines); PDF through its text layer with PDFBox, its tables
 * from the positions of the text (PdfTables); plain
 * text as it is (UTF-8, or GB18030 as older Chinese sites serve it).
 */
public record DocumentText(String text, List<Table> tables, String title, String mediaType) {

    public static final String HTML = "text/html";
    public static final String PLAIN = "text/plain";
    public static final String PDF = "application/pdf";

    /** Reads a document of one of the supported media types. */
    public static DocumentText read(byte[] body, String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (body == null || body.length == 0) {
            throw new UnreadableDocument(UnreadableDocument.Reason.EMPTY, "The request body holds no document.");
        }
        if (type.startsWith(PDF) || startsWith(body, "%PDF-")) {
            return pdf(body);
        }
        if (type.startsWith(HTML) || type.startsWith("application/xhtml")) {
            return html(body, type);
        }
        if (type.startsWith(PLAIN) || type.isEmpty()) {
            return plain(decode(body));
        }
        throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED_TYPE,
                "Send text/html, text/plain or application/pdf (or multipart/form-data with a file part); got " + mediaType + ".");
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (body.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (body[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (BOM removed) when the bytes are valid UTF-8, otherwise GB18030. */
    static String decode(byte[] body) {
        return utf8(body).orElseGet(() -> new String(body, Charset.forName("GB18030")));
    }

    /** The text of bytes that are valid UTF-8 (BOM removed); empty when they are not (GBK or Big5 text never is by chance). */
    static java.util.Optional<String> utf8(byte[] body) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return java.util.Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The text without the readings a script converter leaves after characters (申請(qǐng), 發(fā)生): they are no part of the
     * report's words, and they would split every phrase they stand in. A reading is lowercase pinyin with a tone mark.
     */
    static String withoutPinyinGlosses(String text) {
        return PINYIN_GLOSS.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern PINYIN_GLOSS = java.util.regex.Pattern.compile(
            "(?<=[\\u3400-\\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zü]*[)）]");

    static DocumentText plain(String text) {
        String normalized = withoutPinyinGlosses(text.replace("\r\n", "\n").replace('\r', '\n'));
        return new DocumentText(normalized, List.of(TableReader.fromText(normalized)), firstLineTitle(normalized), PLAIN);
    }

    private static String firstLineTitle(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                return s.length() <= 80 && s.contains("报告") || s.contains("報告") && s.length() <= 80 ? s : null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ HTML

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
            "article", "header", "footer", "blockquote", "pre", "tr", "table", "caption", "dd", "dt", "hr", "center");

    static DocumentText html(byte[] body, String mediaType) {
        Document doc = HtmlPage.parse(body, mediaType);
        String pageTitle = doc.title();
        HtmlPage.removeFurniture(doc);
        Element page = doc.body() == null ? doc : doc.body();
        Element root = HtmlPage.article(page);
        List<Table> tables = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.tagName().equals("table")) {
                        if (!e.select("table table").isEmpty()) {
                            return FilterResult.CONTINUE; // a layout table around the real ones: read the inner tables on their own
                        }
                        Table t = TableReader.fromHtml(e);
                        tables.add(t);
                        newline(text);
                        for (TableReader.Row row : t.rows()) {
                            text.append(String.join("\t", row.cells())).append('\n');
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(e.tagName())) {
                        newline(text);
                    }
                } else if (node instanceof TextNode t) {
                    String s = t.text().replace('\u00A0', ' ');
                    if (!s.isBlank()) {
                        text.append(s.strip().equals(s) ? s : s.replaceAll("\\s+", " "));
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    newline(text);
                }
                return FilterResult.CONTINUE;
            }
        });
        String normalized = withoutPinyinGlosses(text.toString().replaceAll(" +\n", "\n").replaceAll("\n{3,}", "\n\n").strip());
        String title = pageTitle.isBlank() ? null : siteSuffixRemoved(pageTitle.strip());
        String shown = HtmlPage.title(page, root);
        if (shown != null && (title == null || !title.matches(".*(?:19|20)[0-9]{2}年.*(?:报告|報告).*"))) {
            title = shown; // the page's title names the site or the column, the page shows the report's
        }
        Element h1 = doc.selectFirst("h1, h2");
        if ((title == null || !title.contains("报告") && !title.contains("報告")) && h1 != null && h1.text().contains("报告")) {
            title = h1.text().strip();
        }
        if (title == null) {
            title = firstLineTitle(normalized);
        }
        return new DocumentText(normalized, tables, title, HTML);
    }

    /** "…年度报告_某市人民政府门户网站" → "…年度报告": page titles carry the site's name. */
    static String siteSuffixRemoved(String title) {
        int end = Math.max(title.lastIndexOf("报告"), title.lastIndexOf("報告"));
        return end > 0 && end + 2 < title.length() && "_-－|｜ ".indexOf(title.charAt(end + 2)) >= 0 ? title.substring(0, end + 2) : title;
    }

    private static void newline(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    // ------------------------------------------------------------------------------------------ PDF

    /** Fewer characters than this per page, and the PDF is taken for a scan without a text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    static DocumentText pdf(byte[] body) {
        try (PDDocument pdf = Loader.loadPDF(body)) {
            PdfVisibleText stripper = new PdfVisibleText();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            int pages = Math.max(1, pdf.getNumberOfPages());
            List<String> pageTexts = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(PdfTextLayer.normalized(stripper.getText(pdf).replace("\r\n", "\n")));
            }
            String raw = String.join("\n", pageTexts);
            long visible = raw.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (visible < (long) MIN_CHARS_PER_PAGE * pages && visible < 200) {
                throw new UnreadableDocument(UnreadableDocument.Reason.NO_TEXT_LAYER,
                        "The PDF (" + pages + " page(s)) holds " + visible + " characters of text: it is most likely a scan. "
                                + "The importer reads text, never images; send the report's web page or a PDF with a text layer.");
            }
            PdfTextLayer.refuseUnmapped(stripper.unmapped(), stripper.glyphs());
            PdfTextLayer.refuseGarbled(raw);
            DocumentText read = plain(PdfPageText.of(pageTexts));
            List<Table> tables = PdfTables.tables(PdfLayout.pages(pdf));
            // the tables from the positions of the text; the text layer's lines only when no table was found that way
            return new DocumentText(read.text(), tables.isEmpty() ? read.tables() : tables, read.title(), PDF);
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.UNPARSEABLE, "The PDF could not be read: " + e.getMessage());
        }
    }
}
