package org.disclosurestats.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * A saved web page reduced to the report it publishes. A government page holds the report inside navigation, breadcrumbs,
 * a metadata block (索引号, 发布日期, 浏览次数), sidebars linking other years' reports, share and print links and a footer
 * (网站标识码, ICP备, 公网安备, a visitor counter): none of their numbers is a figure, and their years are not the report's.
 * The article is the deepest element that holds every paragraph of sentences and every table of figures of the page;
 * when there is none, the whole page is read, as before. Decided by the page's own shape, never by a site's class names.
 */
final class HtmlPage {

    private HtmlPage() {
    }

    // ------------------------------------------------------------------------------------------ bytes to text

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)");
    private static final Pattern MEDIA_TYPE_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([a-z0-9_:.\\-]+)");

    /** The page parsed from its bytes, in the charset its bytes are in. */
    static Document parse(byte[] body, String mediaType) {
        return Jsoup.parse(decode(body, mediaType), "");
    }

    /**
     * The page's characters. Bytes that are valid UTF-8 are UTF-8 whatever the page declares (a page saved again by a browser
     * keeps its old declaration; GBK or Big5 text is never valid UTF-8 by chance). Otherwise the charset the HTTP type or the
     * page declares, read as its superset (GB2312 and GBK pages hold GBK characters: GB18030; Big5 pages hold HKSCS ones),
     * and GB18030 when nothing is declared, as older Chinese sites serve it.
     */
    static String decode(byte[] body, String mediaType) {
        if (body.length >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF || body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
            return new String(body, StandardCharsets.UTF_16);
        }
        return DocumentText.utf8(body).orElseGet(() -> {
            Charset declared = declared(mediaType == null ? null : MEDIA_TYPE_CHARSET.matcher(mediaType));
            if (declared == null) {
                String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
                declared = declared(DECLARED.matcher(head));
            }
            return new String(body, declared == null || declared.equals(StandardCharsets.UTF_8) ? GB18030 : declared);
        });
    }

    private static Charset declared(Matcher m) {
        if (m == null || !m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (name.matches("gb2312|gb_2312(-80)?|gbk|x-gbk|cp936|windows-936|euc-cn|x-euc-cn|gb18030")) {
            return GB18030;
        }
        if (name.matches("big-?5|cp950|x-windows-950|ms950|big5-hkscs")) {
            return Charset.forName("Big5-HKSCS");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ what is not the page's text

    /**
     * Removes what a reader of the page never sees or what is no part of any article: scripts, styles, forms, frames, and
     * hidden elements ({@code display:none}, {@code visibility:hidden}, {@code hidden}), plus the page's navigation, sidebars
     * and footer when marked as such ({@code nav}, {@code aside}, {@code footer}). An element that holds half the page's
     * text or more is kept, hidden or not: a page that hides its own report until a click is still that report.
     */
    static void removeFurniture(Document doc) {
        doc.select("script, style, noscript, template, head, iframe, object, embed, form, input, select, button, textarea").remove();
        Element body = doc.body() == null ? doc : doc.body();
        int page = weight(body);
        Elements minor = body.select("[hidden], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], nav, aside, footer");
        for (Element e : minor) {
            if (e.parent() != null && 2 * weight(e) < page) {
                e.remove();
            }
        }
    }

    /** The letters and digits of an element's text outside links: what it says, not what it points to. */
    static int weight(Element e) {
        int[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !inLink(t)) {
                t.getWholeText().codePoints().filter(Character::isLetterOrDigit).forEach(c -> n[0]++);
            }
        }, e);
        return n[0];
    }

    private static boolean inLink(Node node) {
        for (Element p = node instanceof Element e ? e : (Element) node.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ the article

    /** Blocks that make a paragraph of their own text. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "td", "th", "li", "dd", "section", "article", "blockquote", "pre",
            "center", "h1", "h2", "h3", "h4", "h5", "h6", "body");
    /** A paragraph of at least this many letters ending a sentence (。) is the report's prose. */
    private static final int SENTENCE_LETTERS = 20;
    /** A table with a cell holding only a number is a table of figures (a calendar or counter widget too: the article then grows, never shrinks). */
    private static final int FIGURE_CELLS = 1;

    /**
     * The element holding the report: the deepest one that holds every paragraph of sentences and every table of figures of
     * the page (the boilerplate has neither: menus and link lists, a metadata block, a footer of codes and numbers). The
     * body when the page has neither, or when they are spread over the whole page.
     */
    static Element article(Element body) {
        Set<Element> figureTables = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : body.select("table")) {
            if (table.select("table").size() == 1 && figureCells(table) >= FIGURE_CELLS) {
                figureTables.add(table);
            }
        }
        List<Element> anchors = new ArrayList<>(figureTables);
        Map<Element, StringBuilder> paragraphs = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !inLink(t) && !t.isBlank()) {
                Element block = paragraphOf(t, figureTables);
                if (block != null) {
                    paragraphs.computeIfAbsent(block, k -> new StringBuilder()).append(t.getWholeText());
                }
            }
        }, body);
        paragraphs.forEach((block, text) -> {
            String s = text.toString();
            if (s.indexOf('。') >= 0 && s.codePoints().filter(Character::isLetterOrDigit).count() >= SENTENCE_LETTERS) {
                anchors.add(block);
            }
        });
        if (anchors.isEmpty()) {
            return body;
        }
        List<Element> common = chain(anchors.get(0));
        for (Element anchor : anchors.subList(1, anchors.size())) {
            List<Element> other = chain(anchor);
            int i = 0;
            while (i < common.size() && i < other.size() && common.get(i) == other.get(i)) {
                i++;
            }
            common = common.subList(0, i);
        }
        Element article = common.isEmpty() ? body : common.get(common.size() - 1);
        return article.closest("body") == null ? body : article;
    }

    /** The nearest paragraph block of a text, or null inside a table of figures (it counts as a whole). */
    private static Element paragraphOf(TextNode t, Set<Element> figureTables) {
        for (Element p = t.parent(); p != null; p = p.parent()) {
            if (PARAGRAPHS.contains(p.tagName())) {
                return figureTables.contains(p.closest("table")) ? null : p;
            }
        }
        return null;
    }

    private static int figureCells(Element table) {
        int n = 0;
        for (Element cell : table.select("td, th")) {
            if (NumberReader.cell(TableReader.cellText(cell)).filter(r -> !r.blank()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** The element and its ancestors, from the root down. */
    private static List<Element> chain(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element p = e; p != null; p = p.parent()) {
            out.add(0, p);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ the title

    private static final Pattern REPORT_TITLE = Pattern.compile("(?:19|20)[0-9]{2}年.{0,40}(?:报告|報告)");
    private static final int TITLE_LENGTH = 80;

    /**
     * The report's title as the page shows it: a short block of its own (not a link: the sidebar's links to other years'
     * reports are titles too) naming a year and a 报告, the last one before the article, else the first one in it.
     */
    static String title(Element body, Element article) {
        String before = null;
        boolean reached = false;
        for (Element e : body.getAllElements()) {
            if (e == article) {
                reached = true;
                if (before != null) {
                    return before;
                }
            }
            if (!PARAGRAPHS.contains(e.tagName()) && !e.tagName().equals("b") && !e.tagName().equals("strong") && !e.tagName().equals("span")
                    || e == body || inLink(e) || !e.select("a").isEmpty()) {
                continue;
            }
            String text = e.text().strip();
            if (text.length() <= TITLE_LENGTH && REPORT_TITLE.matcher(text).find() && text.indexOf('。') < 0) {
                if (reached && article.closest("body") != null && isWithin(e, article)) {
                    return text;
                }
                if (!reached) {
                    before = text;
                }
            }
        }
        return before;
    }

    private static boolean isWithin(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
