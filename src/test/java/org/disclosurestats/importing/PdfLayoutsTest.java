package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The standard tables printed to PDF by another producer than the corpus's, in several layouts (see
 * src/test/resources/importing/pdf/README.md): every cell of sections 二, 三 and 四 is read into its own metric,
 * a blank cell stays blank, and nothing else is read from the tables.
 */
class PdfLayoutsTest {

    private static final Path DIR = Path.of("src/test/resources/importing/pdf");
    private static final List<String> APPEAL_ROWS = List.of("review", "suit_direct", "suit_after_review");
    private static final List<String> APPEAL_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    /** The figures of a fixture: metric → value as written, "" for a blank cell. */
    static Map<String, String> expected(Edition edition) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("values-" + edition.code() + ".tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "二" -> cells.put(c[4], c[5]);
                case "三" -> {
                    for (int i = 0; i < RequestTable.COLUMNS.size(); i++) {
                        cells.put(requestMetric(c[1], RequestTable.COLUMNS.get(i), edition), c[2 + i]);
                    }
                }
                default -> {
                    for (int i = 0; i < 15; i++) {
                        cells.put("appeal." + APPEAL_ROWS.get(i / 5) + "." + APPEAL_COLUMNS.get(i % 5), c[1 + i]);
                    }
                }
            }
        }
        return cells;
    }

    private static String requestMetric(String row, String column, Edition edition) {
        return TestCatalogue.metrics().stream().filter(m -> row.equals(m.tableRow) && column.equals(m.tableColumn) && m.belongsTo(edition))
                .map(m -> m.code).findFirst().orElseThrow(() -> new AssertionError("no metric for " + row + " / " + column));
    }

    private static Edition editionOf(String layout) {
        return layout.startsWith("2019") ? Edition.F2019 : Edition.F2021;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-word-grid", "2021-landscape-right", "2021-narrow-wrapped", "2021-borderless", "2019-word-grid", "2021-double-spaced"})
    void everyCellOfTheLayoutIsReadIntoItsOwnMetric(String layout) throws IOException {
        Edition edition = editionOf(layout);
        DocumentText doc = DocumentText.read(Files.readAllBytes(DIR.resolve(layout + ".pdf")), DocumentText.PDF);
        StandardTables.Result result = new StandardTables(TestCatalogue.metrics()).read(doc.tables());
        assertEquals(edition, result.edition());
        Map<String, Extracted> read = result.figures().stream().filter(f -> f.metric() != null)
                .collect(Collectors.toMap(Extracted::metric, f -> f, (a, b) -> a));
        List<String> wrong = new ArrayList<>();
        expected(edition).forEach((metric, value) -> {
            Extracted f = read.get(metric);
            String got = f == null ? "(not read)" : f.value() == null ? "" : f.value().stripTrailingZeros().toPlainString();
            String want = value.isEmpty() ? "" : new BigDecimal(value).stripTrailingZeros().toPlainString();
            if (!got.equals(want)) {
                wrong.add(metric + ": read " + got + ", written " + (want.isEmpty() ? "(blank)" : want));
            }
        });
        result.figures().stream().filter(f -> f.metric() == null || !expected(edition, f.metric()))
                .forEach(f -> wrong.add("read a cell the table has not: " + f.metric() + " = " + f.value()));
        assertTrue(wrong.isEmpty(), layout + ": " + String.join("\n", wrong) + "\nunmapped: " + result.unmapped());
        assertTrue(result.unmapped().isEmpty(), layout + ": " + result.unmapped());
    }

    private static boolean expected(Edition edition, String metric) {
        try {
            return expected(edition).containsKey(metric);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void theFiguresOfTheFixturesAddUp(String code) throws IOException {
        Edition edition = "2019".equals(code) ? Edition.F2019 : Edition.F2021;
        Map<String, String> cells = expected(edition);
        Map<String, Metric> catalogue = TestCatalogue.byCode();
        Map<String, BigDecimal> byColumn = new LinkedHashMap<>(); // 总计 of each row: the sum of its six applicant columns
        cells.forEach((metric, value) -> {
            Metric m = catalogue.get(metric);
            assertTrue(m != null, metric);
            if ("requests".equals(m.section) && !"总计".equals(m.tableColumn)) {
                byColumn.merge(m.tableRow, value.isEmpty() ? BigDecimal.ZERO : new BigDecimal(value), BigDecimal::add);
            }
        });
        byColumn.forEach((row, sum) -> assertEquals(0, sum.compareTo(new BigDecimal(cells.get(requestMetric(row, "总计", edition)))), row));
        for (String column : RequestTable.COLUMNS) {
            BigDecimal in = value(cells, "一、本年新收政府信息公开申请数量", column, edition).add(value(cells, "二、上年结转政府信息公开申请数量", column, edition));
            BigDecimal out = value(cells, "（七）总计", column, edition).add(value(cells, "四、结转下年度继续办理", column, edition));
            assertEquals(0, in.compareTo(out), "一 + 二 = 三（七） + 四 in " + column);
        }
        for (String row : APPEAL_ROWS) {
            BigDecimal parts = BigDecimal.ZERO;
            for (String column : APPEAL_COLUMNS.subList(0, 4)) {
                parts = parts.add(new BigDecimal(cells.get("appeal." + row + "." + column)));
            }
            assertEquals(0, parts.compareTo(new BigDecimal(cells.get("appeal." + row + ".total"))), row);
        }
    }

    private static BigDecimal value(Map<String, String> cells, String row, String column, Edition edition) {
        String v = cells.get(requestMetric(row, column, edition));
        return v.isEmpty() ? BigDecimal.ZERO : new BigDecimal(v);
    }
}
