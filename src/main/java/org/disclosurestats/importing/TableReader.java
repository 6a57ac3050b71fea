package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Turns tables into rows of cell texts. HTML tables have their rowspan/colspan expanded into a full
 * grid (a spanned cell is repeated in every position it covers), so the 3-row header of section 三 and
 * the one-cell colspan values of section 二 line up with their columns. Tables given as text (tab-,
 * pipe- or multi-space-separated, or the single spaces of a PDF text layer) are split the same way.
 */
public final class TableReader {

    private TableReader() {
    }

    /**
     * One table row: its cells, as written, the page of a PDF it stands on (null for other documents) and, for an HTML
     * grid, which written cell each position repeats (a colspan or rowspan cell fills several positions; null elsewhere).
     */
    public record Row(List<String> cells, Integer page, List<Integer> origins) {

        public Row(List<String> cells) {
            this(cells, null, null);
        }

        public Row(List<String> cells, Integer page) {
            this(cells, page, null);
        }

        public int size() {
            return cells.size();
        }

        public String cell(int i) {
            return cells.get(i);
        }

        /** The cells as written: a cell spanning several positions of the grid once (every position when unknown). */
        public List<String> written() {
            if (origins == null) {
                return cells;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (i == 0 || !origins.get(i).equals(origins.get(i - 1))) {
                    out.add(cells.get(i));
                }
            }
            return out;
        }
    }

    /** A table as a grid of rows (HTML) or a run of table-like lines (text). */
    public record Table(List<Row> rows) {
    }

    private static final int MAX_SPAN = 50;

    /** The grid of an HTML table with every rowspan and colspan expanded. Nested tables are read on their own. */
    public static Table fromHtml(Element table) {
        List<Element> trs = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") == table) {
                trs.add(tr);
            }
        }
        Map<Integer, Map<Integer, String>> grid = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> origin = new HashMap<>();
        int written = 0;
        int width = 0;
        for (int r = 0; r < trs.size(); r++) {
            Map<Integer, String> row = grid.computeIfAbsent(r, k -> new HashMap<>());
            int c = 0;
            for (Element cell : trs.get(r).children()) {
                if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                    continue;
                }
                while (row.containsKey(c)) {
                    c++;
                }
                int rowspan = span(cell.attr("rowspan"));
                int colspan = span(cell.attr("colspan"));
                String text = cellText(cell);
                written++;
                for (int dr = 0; dr < rowspan && r + dr < trs.size(); dr++) {
                    Map<Integer, String> target = grid.computeIfAbsent(r + dr, k -> new HashMap<>());
                    Map<Integer, Integer> from = origin.computeIfAbsent(r + dr, k -> new HashMap<>());
                    for (int dc = 0; dc < colspan; dc++) {
                        target.put(c + dc, text);
                        from.put(c + dc, written);
                    }
                }
                c += colspan;
                width = Math.max(width, c);
            }
            width = Math.max(width, row.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            Map<Integer, String> row = grid.getOrDefault(r, Map.of());
            Map<Integer, Integer> from = origin.getOrDefault(r, Map.of());
            List<String> cells = new ArrayList<>();
            List<Integer> origins = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row.getOrDefault(c, ""));
                origins.add(from.getOrDefault(c, -1 - c)); // a position no cell fills is a cell of its own
            }
            rows.add(new Row(cells, null, origins));
        }
        return new Table(rows);
    }

    private static int span(String attr) {
        try {
            int v = Integer.parseInt(attr.strip());
            return v < 1 ? 1 : Math.min(v, MAX_SPAN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text with line breaks as spaces and &amp;nbsp; as a space. */
    static String cellText(Element cell) {
        return cell.text().replace('\u00A0', ' ').strip();
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s{2,}|\\u3000+");
    /** A value as it stands in a text table: a number (maybe with a unit), 无 (a stated zero) or a blank marker. */
    private static final String VALUE = "(?:[-+－]?[0-9０-９][0-9０-９,，.．]*(?:万|萬)?(?:元|万元|件|个|条)?|[-—–/／]{1,2}|[无無])";
    private static final Pattern TRAILING_VALUES = Pattern.compile("^(.*?[^\\s0-9０-９.,，．])\\s+((?:" + VALUE + "\\s+)*" + VALUE + ")$");
    private static final Pattern ONLY_VALUES = Pattern.compile("^(?:" + VALUE + "\\s+)*" + VALUE + "$");
    /**
     * A number written against the label it follows (行政许可2046, 规章0 3 12): the label ends in a Chinese character,
     * a closing quote or bracket, and the cell is no sentence (no sentence mark outside brackets). A label does not end in a number, so the number is the
     * row's first value; a stray digit (a footnote mark) gives the row one value too many, and the row is flagged.
     */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。，；：,;:](?![^（(]*[）)])");
    private static final Pattern GLUED_VALUE = Pattern.compile("^(.*[\\p{IsHan}”’）)])([0-9０-９][0-9０-９,，.．]*(?:\\s+" + VALUE + ")*)$");

    /** The cells of one line of a text table, or the whole line as one cell when it is not table-like. */
    public static Row fromLine(String line) {
        String s = line.replace('\u00A0', ' ').strip();
        List<String> cells = new ArrayList<>();
        if (s.indexOf('\t') >= 0) {
            cells.addAll(Arrays.asList(s.split("\t", -1)));
        } else if (s.indexOf('|') >= 0 || s.indexOf('｜') >= 0) {
            String inner = s.replace('｜', '|');
            if (inner.startsWith("|")) {
                inner = inner.substring(1);
            }
            if (inner.endsWith("|")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            if (inner.matches("[\\s|:：\\-—]*") && inner.contains("---")) {
                return new Row(List.of()); // a markdown rule line
            }
            cells.addAll(Arrays.asList(inner.split("\\|", -1)));
        } else {
            cells.addAll(Arrays.asList(SEPARATOR.split(s)));
        }
        List<String> split = new ArrayList<>();
        for (String cell : cells) {
            Matcher glued = GLUED_VALUE.matcher(cell.strip());
            String c = glued.matches() && !SENTENCE_MARK.matcher(glued.group(1)).find() ? glued.group(1) + " " + glued.group(2) : cell.strip();
            Matcher m = TRAILING_VALUES.matcher(c);
            if (ONLY_VALUES.matcher(c).matches() && c.contains(" ")) {
                // values only, a blank mark among them (3 0 — 0): the mark is a cell, not the end of a label
                split.addAll(Arrays.asList(c.split("\\s+")));
            } else if (m.matches() && !c.contains("\t")) {
                split.add(m.group(1).strip());
                split.addAll(Arrays.asList(m.group(2).strip().split("\\s+")));
            } else {
                split.add(c);
            }
        }
        return new Row(split);
    }

    /**
     * Every line of a text as a row (lines that are not table-like are rows of one cell); a table flattened into one
     * cell a line is rebuilt into rows (PageTextRows).
     */
    public static Table fromText(String text) {
        return PageTextRows.of(text);
    }
}
