package org.disclosurestats.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.disclosurestats.importing.Report2021Layout.Role;
import org.disclosurestats.importing.Report2021Layout.Text;

/**
 * Writes a laid-out report ({@link Report2021Layout}) into a PDF the way a given producer does: the order of the
 * content stream, text drawn whole, per glyph or in runs, the grid as strokes or thin filled rectangles, watermarks,
 * page furniture, rotated or cropped pages, hidden text, and fonts with a faithful, a wrong or no character map.
 * As in {@link TextLayerPdf}, the glyphs are a standard font's; the text layer is the Chinese text (a ToUnicode map).
 */
final class ProducerPdf {

    enum Order { READING, COLUMNS_HEADER_LAST }

    enum Runs { WHOLE, PER_GLYPH, SPLIT }

    enum Grid { NONE, STROKES, FILLED }

    enum Mark { NONE, DIAGONAL, TILED }

    enum Map2 { TO_UNICODE, SHIFTED, NONE }

    Order order = Order.READING;
    Runs runs = Runs.WHOLE;
    Grid grid = Grid.STROKES;
    Mark mark = Mark.NONE;
    Map2 map = Map2.TO_UNICODE;
    boolean furniture;
    int rotate;
    boolean cropOffset;
    boolean hidden;
    float valueSize = 10;

    private final Map<Character, int[]> codes = new LinkedHashMap<>();

    byte[] write(Report2021Layout layout) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= layout.pages; p++) {
            pages.add(page(layout, p));
        }
        int fonts = Math.max(1, (codes.size() + 127) / 128);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("FA"), PDFontFactory.createFont(simple(doc, -1)));
            for (int f = 0; f < fonts; f++) {
                resources.put(COSName.getPDFName("C" + f), PDFontFactory.createFont(map == Map2.NONE ? composite(doc) : simple(doc, f)));
            }
            boolean landscape = rotate != 0;
            for (List<String> ops : pages) {
                PDRectangle media = landscape ? new PDRectangle(Report2021Layout.HEIGHT, Report2021Layout.WIDTH)
                        : new PDRectangle(Report2021Layout.WIDTH + (cropOffset ? 80 : 0), Report2021Layout.HEIGHT + (cropOffset ? 60 : 0));
                PDPage page = new PDPage(media);
                if (cropOffset) {
                    page.setCropBox(new PDRectangle(50, 40, Report2021Layout.WIDTH, Report2021Layout.HEIGHT));
                }
                page.setRotation(rotate);
                page.setResources(resources);
                String prefix = rotate == 90 ? "0 1 -1 0 842 0 cm\n" : rotate == 270 ? "0 -1 1 0 0 595 cm\n" : cropOffset ? "1 0 0 1 50 40 cm\n" : "";
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream()) {
                    os.write(("q\n" + prefix + String.join("\n", ops) + "\nQ\n").getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private List<String> page(Report2021Layout layout, int p) {
        List<String> ops = new ArrayList<>();
        float h = Report2021Layout.HEIGHT;
        if (grid != Grid.NONE) {
            for (Report2021Layout.Stroke s : layout.strokes) {
                if (s.page() != p) {
                    continue;
                }
                if (grid == Grid.STROKES) {
                    ops.add(String.format(Locale.ROOT, "0.5 w %.1f %.1f m %.1f %.1f l S", s.x0(), h - s.y0(), s.x1(), h - s.y1()));
                } else { // Word: each border a filled rectangle half a point thick
                    float x = Math.min(s.x0(), s.x1()) - 0.25f;
                    float y = h - Math.max(s.y0(), s.y1()) - 0.25f;
                    ops.add(String.format(Locale.ROOT, "0 g %.2f %.2f %.2f %.2f re f", x, y, Math.abs(s.x1() - s.x0()) + 0.5f, Math.abs(s.y1() - s.y0()) + 0.5f));
                }
            }
        }
        List<Text> texts = new ArrayList<>(layout.texts.stream().filter(t -> t.page() == p).toList());
        if (order == Order.COLUMNS_HEADER_LAST) {
            texts.sort(Comparator.comparing((Text t) -> t.role() == Role.HEADER).thenComparingDouble(Text::x).thenComparingDouble(Text::y));
        }
        for (Text t : texts) {
            ops.add(text(t.text(), t.x(), t.y(), t.role() == Role.VALUE ? valueSize : t.size(), "0 g"));
        }
        if (furniture) {
            ops.add(text("某市人民政府门户网站 www.example.gov.cn", 180, 30, 9, "0 g"));
            ops.add(text("第 " + p + " 页 共 " + layout.pages + " 页", 260, 815, 9, "0 g"));
            ops.add(text("- " + p + " -", 290, 828, 9, "0 g"));
        }
        if (hidden) {
            // a draft figure in white, one clipped away and one off the page, each where a blank cell of （五） stands
            Text blank = layout.texts.stream().filter(t -> t.text().startsWith("1.信访举报投诉类申请")).findFirst().orElseThrow();
            if (blank.page() == p) {
                ops.add(text("77", 387, blank.y(), 10, "1 g"));
                ops.add("q 0 0 1 1 re W n " + text("88", 387, blank.y() + 23, 10, "0 g") + " Q");
                ops.add(text("99", 700, blank.y() + 46, 10, "0 g"));
            }
        }
        if (mark == Mark.DIAGONAL) {
            for (String word : new String[] {"政府信息公开", "仅供参考"}) {
                float y = word.length() == 6 ? 300 : 600;
                ops.add("BT 0.85 g " + font('政') + String.format(Locale.ROOT, " 48 Tf 0.707 0.707 -0.707 0.707 150 %.1f Tm ", h - y)
                        + "<" + hex(word) + "> Tj ET");
            }
        } else if (mark == Mark.TILED) {
            for (float y = 80; y < 800; y += 97) {
                for (float x = 20; x < 560; x += 190) {
                    ops.add(text("仅供参考", x, y, 18, "0.82 g"));
                }
            }
        }
        return ops;
    }

    private String text(String s, float x, float y, float size, String colour) {
        float h = Report2021Layout.HEIGHT;
        StringBuilder b = new StringBuilder();
        List<int[]> pieces = new ArrayList<>(); // start, end of each run drawn with its own position
        if (runs == Runs.PER_GLYPH) {
            for (int i = 0; i < s.length(); i++) {
                pieces.add(new int[] {i, i + 1});
            }
        } else if (runs == Runs.SPLIT && s.length() > 3) {
            int cut = s.length() / 2 + 1; // mid-word, as a producer breaks a run where the font or spacing changes
            pieces.add(new int[] {0, cut});
            pieces.add(new int[] {cut, s.length()});
        } else {
            pieces.add(new int[] {0, s.length()});
        }
        float at = x;
        for (int[] piece : pieces) {
            String part = s.substring(piece[0], piece[1]);
            b.append("BT ").append(colour).append(' ').append(String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm ", at, h - y));
            String current = null;
            StringBuilder hex = new StringBuilder();
            for (char c : part.toCharArray()) {
                String f = font(c);
                if (!f.equals(current)) {
                    if (hex.length() > 0) {
                        b.append('<').append(hex).append("> Tj ");
                        hex.setLength(0);
                    }
                    b.append(f).append(String.format(Locale.ROOT, " %.1f Tf ", size));
                    current = f;
                }
                hex.append(hex(String.valueOf(c)));
                at += c < 0x80 ? size / 2 : size;
            }
            b.append('<').append(hex).append("> Tj ET ");
        }
        return b.toString();
    }

    private String font(char c) {
        return c < 0x80 ? "/FA" : "/C" + code(c)[0];
    }

    private int[] code(char c) {
        return codes.computeIfAbsent(c, k -> new int[] {codes.size() / 128, 0x80 + codes.size() % 128});
    }

    private String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x80) {
                b.append(String.format("%02X", (int) c));
            } else {
                int[] k = code(c);
                b.append(map == Map2.NONE ? String.format("%04X", 256 * k[0] + k[1]) : String.format("%02X", k[1]));
            }
        }
        return b.toString();
    }

    /** A simple font: index -1 the ASCII one (digits and Latin, mapped by its encoding), else one of Chinese codes. */
    private COSDictionary simple(PDDocument doc, int index) throws IOException {
        COSDictionary font = simpleFont(index < 0 ? "Times-Roman" : "Helvetica");
        if (index < 0) {
            font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
            return font;
        }
        List<String> entries = new ArrayList<>();
        for (Map.Entry<Character, int[]> e : codes.entrySet()) {
            if (e.getValue()[0] == index) {
                int c = e.getKey();
                int shown = map == Map2.SHIFTED && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? c + 0x391 : c;
                entries.add(String.format("<%02X> <%04X>", e.getValue()[1], shown));
            }
        }
        font.setItem(COSName.TO_UNICODE, toUnicodeCMap(doc, entries, "<00> <FF>"));
        return font;
    }

    /** A composite font (Identity-H, two-byte glyph numbers) with no ToUnicode map and no font program to infer one. */
    private COSDictionary composite(PDDocument doc) {
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "ABCDEF+SimSun");
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setInt(COSName.DW, 1000);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "ABCDEF+SimSun");
        descriptor.setInt(COSName.FLAGS, 4);
        cid.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "ABCDEF+SimSun");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    /** A Type 1 font dictionary of codes 32–255, ASCII half-width and the upper half full-width; encoding and ToUnicode are the caller's. */
    static COSDictionary simpleFont(String baseFont) {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, baseFont);
        font.setInt(COSName.FIRST_CHAR, 32);
        font.setInt(COSName.LAST_CHAR, 255);
        COSArray widths = new COSArray();
        for (int c = 32; c <= 255; c++) {
            widths.add(COSInteger.get(c < 0x80 ? 500 : 1000));
        }
        font.setItem(COSName.WIDTHS, widths);
        return font;
    }

    /** A ToUnicode CMap of the given code space (e.g. {@code <00> <FF>}) and bfchar entries ({@code <41> <0041>}), as a stream of the document. */
    static PDStream toUnicodeCMap(PDDocument doc, List<String> entries, String range) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n" + range + "\nendcodespacerange\n");
        for (int i = 0; i < entries.size(); i += 100) {
            List<String> block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n").append(String.join("\n", block)).append("\nendbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
