package org.disclosurestats.importing;

import static org.disclosurestats.importing.StandardTableRenderings.Line;
import static org.disclosurestats.importing.StandardTableRenderings.Tables;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendering harness: the 2019 and 2021 standard tables of known figures (the fixtures' values-*.tsv and a dev
 * gold) written out as page stores and browser copies deliver them (StandardTableRenderings), each read as plain text.
 * Every cell must come back exactly, blanks blank; where a rendering destroyed the information (blank cells dropped
 * with nothing in their place) the row must be flagged and no value of it read — never a guess, never an invented 0.
 */
class PageTextRenderingsTest {

    /** A rendering of a set of tables, and the rows it leaves unplaceable (labels of rows whose blanks were dropped). */
    record Case(String name, Tables tables, Function<Tables, String> render, List<String> unplaceable) {

        @Override
        public String toString() {
            return name + " " + tables.edition().code();
        }
    }

    /** Rows with a blank cell in the fixtures: when the page drops blanks, these rows cannot be placed. */
    private static List<String> rowsWithBlanks(Tables t) {
        return t.lines().stream().filter(l -> !l.header() && l.values().contains("") && !l.labels().isEmpty())
                .map(l -> l.labels().get(l.labels().size() - 1)).toList();
    }

    /** The rows of section 二: without their header, nothing says which column each value is in. */
    private static List<String> proactiveRows(Tables t) {
        return t.lines().stream().filter(l -> !l.metrics().isEmpty() && l.metrics().get(0).startsWith("pro.")).map(l -> l.labels().get(0)).toList();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (Edition e : List.of(Edition.F2021, Edition.F2019)) {
            all.addAll(casesOf(StandardTableRenderings.of(e)));
        }
        all.add(new Case("dev gold, markdown", gold("2024-shanghai-science-technology-commission-text"), PageTextRenderingsTest::markdown, List.of()));
        all.add(new Case("dev gold, one cell a line", gold("2024-shanghai-science-technology-commission-text"),
                t -> StandardTableRenderings.oneCellALine(dash(t), null, ""), List.of()));
        return all.stream().map(c -> Arguments.of(c));
    }

    private static List<Case> casesOf(Tables t) {
        Tables spanned = StandardTableRenderings.spannedOnFirstRow(t);
        List<String> blanks = rowsWithBlanks(t);
        List<Case> c = new ArrayList<>();
        // how the cells are laid out
        c.add(new Case("markdown, spanned cells on their first row, blanks empty", t, PageTextRenderingsTest::markdown, List.of()));
        c.add(new Case("markdown, spanned cells repeated on every row", t, x -> StandardTableRenderings.joined(x, " | ", "| ", " |"), List.of()));
        c.add(new Case("markdown, spanned cells left as empty cells", t,
                x -> StandardTableRenderings.joined(StandardTableRenderings.spannedAsEmpty(x), " | ", "| ", " |"), List.of()));
        c.add(new Case("markdown, blank cells left out", t, x -> markdown(dropped(x)), blanks));
        c.add(new Case("tab-separated browser copy, blanks empty", spanned, x -> StandardTableRenderings.joined(x, "\t", "", ""), List.of()));
        c.add(new Case("tab-separated, blanks —", spanned, x -> StandardTableRenderings.joined(dash(x), "\t", "", ""), List.of()));
        c.add(new Case("label and numbers on one line, blanks —", spanned, x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("label and numbers on one line, blanks /", spanned,
                x -> StandardTableRenderings.joined(StandardTableRenderings.values(x, v -> v.isEmpty() ? "/" : v), " ", "", ""), List.of()));
        c.add(new Case("label and numbers on one line, blanks dropped", spanned, x -> StandardTableRenderings.joined(dropped(x), " ", "", ""), blanks));
        c.add(new Case("one cell a line, | lines between cells", spanned, x -> StandardTableRenderings.oneCellALine(x, "|", ""), List.of()));
        c.add(new Case("one cell a line, blank lines between cells", spanned, x -> StandardTableRenderings.oneCellALine(x, "", ""), List.of()));
        c.add(new Case("one cell a line, blanks —", spanned, x -> StandardTableRenderings.oneCellALine(dash(x), null, ""), List.of()));
        c.add(new Case("one cell a line, each cell ending in |", spanned,
                x -> StandardTableRenderings.oneCellALine(x, null, " |"), List.of()));
        c.add(new Case("one cell a line, | lines between cells, a line of bars ending each row", spanned,
                x -> StandardTableRenderings.oneCellALineWithRowEnds(x, "|", ""), List.of()));
        c.add(new Case("one cell a line, each cell ending in |, a line of bars ending each row", spanned,
                x -> StandardTableRenderings.oneCellALineWithRowEnds(dash(x), null, " |"), List.of()));
        c.add(new Case("cells separated by full-width spaces", spanned, x -> StandardTableRenderings.joined(dash(x), "\u3000", "", ""), List.of()));
        c.add(new Case("one cell a line, blanks dropped", spanned, x -> StandardTableRenderings.oneCellALine(x, null, ""), blanks));
        c.add(new Case("numbers on the line after the label", spanned, x -> StandardTableRenderings.valuesOnNextLine(dash(x)), List.of()));
        c.add(new Case("labels wrapped, numbers on the last line", spanned, x -> StandardTableRenderings.wrapped(dash(x), 9, false), List.of()));
        c.add(new Case("labels wrapped, numbers on the first line", spanned, x -> StandardTableRenderings.wrapped(dash(x), 9, true), List.of()));
        c.add(new Case("three rows run together on a line", spanned, x -> StandardTableRenderings.runTogether(dash(x), 3), List.of()));
        c.add(new Case("section 三's heading and header repeated after a page break", withRepeatedHeader(spanned),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("runs of spaces collapsed by the page store", spanned,
                x -> StandardTableRenderings.joined(x, "  ", "", "").replaceAll("[ \\u3000]+", " "), blanks));
        // how the words drift
        c.add(new Case("numbering (一) and 1、", StandardTableRenderings.labels(spanned, PageTextRenderingsTest::halfWidthNumbering),
                x -> StandardTableRenderings.joined(dash(x), "\t", "", ""), List.of()));
        c.add(new Case("numbering 一、 and （1）", StandardTableRenderings.labels(spanned,
                l -> l.replaceFirst("^（([一二三四五六七])）", "$1、").replaceFirst("^([1-8])\\.", "（$1）")),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("full-width item numbers and half-width brackets", StandardTableRenderings.labels(spanned,
                l -> fullWidth(l.replaceFirst("^([1-8])\\.", "$1．")).replace('（', '(').replace('）', ')')),
                PageTextRenderingsTest::markdown, List.of()));
        c.add(new Case("no numbering", StandardTableRenderings.labels(spanned, l -> l.replaceFirst("^(?:[一二三四]、|（[一二三四五六七]）|[1-8]\\.)", "")),
                PageTextRenderingsTest::markdown, List.of()));
        c.add(new Case("full-width digits", StandardTableRenderings.values(spanned, PageTextRenderingsTest::fullWidth),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("labels with inner spaces", StandardTableRenderings.labels(spanned, PageTextRenderingsTest::spacedOut),
                x -> StandardTableRenderings.joined(dash(x), "\t", "", ""), List.of()));
        c.add(new Case("traditional characters", StandardTableRenderings.labels(spanned, ZhConverterUtil::toTraditional),
                x -> StandardTableRenderings.oneCellALine(dash(x), null, ""), List.of()));
        c.add(new Case("thousands separated by commas", StandardTableRenderings.values(spanned, PageTextRenderingsTest::thousands),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("one cell a line, blanks -", spanned,
                x -> StandardTableRenderings.oneCellALine(StandardTableRenderings.values(x, v -> v.isEmpty() ? "-" : v), null, ""), List.of()));
        c.add(new Case("section 四's values five a line", spanned, x -> StandardTableRenderings.joined(dash(x), " ", "", "")
                .replaceAll("(?m)^((?:\\S+ ){4}\\S+) ((?:\\S+ ){4}\\S+) ((?:\\S+ ){4}\\S+)$", "$1\n$2\n$3"), List.of()));
        c.add(new Case("zeros written 无", StandardTableRenderings.values(spanned, v -> v.equals("0") ? "无" : v),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("a local row 其他主动公开文件 in section 二", withLocalRow(spanned),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("rows in another order", reordered(t), PageTextRenderingsTest::markdown, List.of()));
        c.add(new Case("section 三's header missing", without(spanned, l -> StandardTableRenderings.requestHeader().contains(l)),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("section 二's headers missing", without(spanned, l -> l.header() && l.labels().get(0).equals("信息内容")),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), proactiveRows(t)));
        c.add(new Case("section 三's header rows merged into one", mergedRequestHeader(spanned),
                x -> StandardTableRenderings.joined(dash(x), " ", "", ""), List.of()));
        c.add(new Case("section 二's column labels cut", StandardTableRenderings.labels(spanned,
                l -> l.endsWith("件数") && !l.equals("本年制发件数") ? l.substring(0, l.length() - 1) : l),
                x -> StandardTableRenderings.oneCellALine(dash(x), null, ""), List.of()));
        if (t.edition() == Edition.F2021) { // the 2019 form has no column with a unit note
            c.add(new Case("a unit note without its brackets (本年收费金额单位:万元)", StandardTableRenderings.labels(spanned,
                    l -> l.replace("（单位：万元）", "单位:万元")), x -> StandardTableRenderings.oneCellALine(x, "", ""), List.of()));
        }
        return c;
    }

    // ------------------------------------------------------------------ renderings and rewritings used above

    private static String markdown(Tables t) {
        return StandardTableRenderings.markdown(StandardTableRenderings.spannedOnFirstRow(t));
    }

    private static Tables dash(Tables t) {
        return StandardTableRenderings.values(t, v -> v.isEmpty() ? "—" : v);
    }

    /** Blank cells gone with nothing in their place. */
    private static Tables dropped(Tables t) {
        return new Tables(t.edition(), t.lines().stream().map(l -> l.withValues(l.values().stream().filter(v -> !v.isEmpty()).toList())).toList());
    }

    private static String halfWidthNumbering(String label) {
        return label.replaceFirst("^（([一二三四五六七])）", "($1)").replaceFirst("^([1-8])\\.", "$1、");
    }

    private static String thousands(String value) {
        return value.matches("[0-9]{4,}") ? String.format("%,d", Long.parseLong(value)) : value;
    }

    private static String fullWidth(String value) {
        StringBuilder s = new StringBuilder();
        value.chars().forEach(ch -> s.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : (char) ch));
        return s.toString();
    }

    /** Short labels spaced out as Word pages centre them (规　　章, 自 然 人, 总　计). */
    private static String spacedOut(String label) {
        return switch (label) {
            case "规章" -> "规　　章";
            case "自然人" -> "自 然 人";
            case "总计" -> "总　计";
            case "（七）总计" -> "（七）总　计";
            case "行政许可" -> "行 政 许 可";
            default -> label;
        };
    }

    private static Tables withRepeatedHeader(Tables t) {
        List<Line> out = new ArrayList<>();
        int requestRows = 0;
        for (Line l : t.lines()) {
            out.add(l);
            if (!l.header() && l.values().size() == 7 && ++requestRows == 12) {
                out.add(Line.header(StandardTableRenderings.HEADING_3));
                out.addAll(StandardTableRenderings.requestHeader());
            }
        }
        return new Tables(t.edition(), out);
    }

    private static Tables withLocalRow(Tables t) {
        List<Line> out = new ArrayList<>();
        for (Line l : t.lines()) {
            out.add(l);
            if (!l.header() && !l.labels().isEmpty() && List.of("规范性文件", "行政规范性文件").contains(l.labels().get(0))) {
                out.add(new Line(List.of("其他主动公开文件"), List.of("7", "0", "31"), false));
            }
        }
        return new Tables(t.edition(), out);
    }

    /** Section 二's rows of block (一) swapped, section 三's items of （四） reversed and its last two rows swapped. */
    private static Tables reordered(Tables t) {
        List<Line> out = new ArrayList<>(t.lines());
        int rules = indexOf(out, "规章");
        out.add(rules + 1, out.remove(rules));
        List<Integer> unavailable = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).labels().contains("（四）无法提供")) {
                unavailable.add(i);
            }
        }
        List<Line> items = new ArrayList<>(unavailable.stream().map(out::get).toList());
        java.util.Collections.reverse(items);
        for (int i = 0; i < unavailable.size(); i++) {
            out.set(unavailable.get(i), items.get(i));
        }
        int total = indexOf(out, "（七）总计");
        out.add(total + 1, out.remove(total));
        return new Tables(t.edition(), out);
    }

    private static int indexOf(List<Line> lines, String label) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).labels().contains(label)) {
                return i;
            }
        }
        throw new AssertionError(label);
    }

    private static Tables without(Tables t, java.util.function.Predicate<Line> drop) {
        return new Tables(t.edition(), t.lines().stream().filter(drop.negate()).toList());
    }

    private static Tables mergedRequestHeader(Tables t) {
        List<Line> header = StandardTableRenderings.requestHeader();
        List<Line> out = new ArrayList<>();
        for (Line l : t.lines()) {
            if (l.equals(header.get(0))) {
                List<String> merged = new ArrayList<>();
                header.forEach(h -> merged.addAll(h.labels()));
                out.add(new Line(merged.subList(1, merged.size()), List.of(), true));
            } else if (!header.contains(l)) {
                out.add(l);
            }
        }
        return new Tables(t.edition(), out);
    }

    /** The tables of a dev document's gold (its figures laid out in the format of its edition). */
    private static Tables gold(String doc) {
        try {
            JsonNode g = new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/corpus/dev/" + doc + ".gold.json")));
            Map<String, String> figures = new LinkedHashMap<>();
            g.get("figures").forEach(f -> {
                if ("table".equals(f.path("kind").asText()) && !f.path("metric").isNull()) {
                    figures.put(f.get("metric").asText(), f.path("value").isNull() ? "" : f.get("value").asText());
                }
            });
            return StandardTableRenderings.of(Edition.F2021, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the check

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCellComesBackExactlyOrItsRowIsFlagged(Case c) {
        String text = c.render().apply(c.tables());
        StandardTables.Result r = new StandardTables(TestCatalogue.metrics()).read(DocumentText.plain(text).tables());
        Map<String, String> expected = expectedOf(c.tables());
        Map<String, Extracted> read = r.figures().stream().filter(f -> f.metric() != null)
                .collect(Collectors.toMap(Extracted::metric, f -> f, (a, b) -> a));
        List<String> wrong = new ArrayList<>();
        List<String> flaggedPrefixes = c.unplaceable().stream().map(label -> metricPrefixOf(label, c.tables())).toList();
        expected.forEach((metric, value) -> {
            Extracted f = read.get(metric);
            boolean flagged = flaggedPrefixes.stream().anyMatch(metric::startsWith);
            String got = f == null ? "(not read)" : f.value() == null ? "" : f.value().stripTrailingZeros().toPlainString();
            String want = value.isEmpty() ? "" : new BigDecimal(value).stripTrailingZeros().toPlainString();
            if (flagged ? f != null : !got.equals(want)) {
                wrong.add(metric + ": read " + got + ", written " + (flagged ? "(unplaceable)" : want.isEmpty() ? "(blank)" : want));
            }
        });
        read.keySet().stream().filter(m -> !expected.containsKey(m)).forEach(m -> wrong.add("read a cell the table has not: " + m));
        for (String label : c.unplaceable()) {
            if (r.unmapped().stream().noneMatch(u -> LabelMatcher.normalize(u.provenance().tableRow()).contains(LabelMatcher.normalize(label)))) {
                wrong.add("row not flagged: " + label);
            }
        }
        assertTrue(wrong.isEmpty(), c + ":\n" + String.join("\n", wrong) + "\n--- unmapped:\n" + r.unmapped().stream().map(u -> u.provenance().tableRow() + " = " + u.value() + ": " + u.reason()).collect(Collectors.joining("\n")) + "\n--- text:\n" + text);
    }

    /** Every metric of the tables with its value as the reader must give it: digits half-width, 无 a stated 0, no thousands commas, "" blank. */
    private static Map<String, String> expectedOf(Tables t) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Line l : t.lines()) {
            for (int i = 0; i < l.metrics().size(); i++) {
                expected.put(l.metrics().get(i), NumberReader.halfWidth(l.values().get(i)).replace("无", "0").replace(",", ""));
            }
        }
        return expected;
    }

    /** The metrics of a row start with this (pro.normative_docs., req.not_processed.petition.). */
    private static String metricPrefixOf(String rowLabel, Tables t) {
        String metric = t.lines().stream().filter(l -> !l.labels().isEmpty() && l.labels().get(l.labels().size() - 1).equals(rowLabel))
                .findFirst().orElseThrow(() -> new AssertionError(rowLabel)).metrics().get(0);
        return metric.substring(0, metric.lastIndexOf('.') + 1);
    }
}
