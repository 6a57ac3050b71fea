package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.TableCells.Cell;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * Section 三 of the standard tables (requests received and how they were handled): 7 applicant columns, and
 * rows identified by their own text. Every row label of the 2019 and 2021 tables is unique within the table
 * once its numbering is removed (本机关不掌握相关政府信息, 重复申请, 其他), so a row is never placed by its group
 * and item number: a label whose group was lost still finds its row, and a label that names no row is
 * reported, never given to the row that happens to carry its number.
 */
final class RequestTable {

    static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    static final String SECTION = "三";

    /** Numbering that opens a label segment: 一、 （一） 1. */
    private static final Pattern NUMBERING = Pattern.compile("(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）|[0-9]{1,2}\\.(?![0-9]))");
    /** Shorter texts than this are matched only exactly (其他, 总计). */
    private static final int MIN_PARTIAL = 4;

    /**
     * A row of the catalogue a label names, and how sure the match is. {@code otherLayout}: the row is the other
     * edition's layout of the same part of the table (the 2019 single （六）其他处理 row inside a 2021 table).
     */
    record Match(String tableRow, Confidence confidence, boolean otherLayout) {

        Match(String tableRow, Confidence confidence) {
            this(tableRow, confidence, false);
        }
    }

    private final List<Metric> metrics;
    private final Edition edition;
    private final TableCells cells;
    /** The catalogue's row labels of this edition by their own text. */
    private final Map<String, String> rowsByOwnText = new LinkedHashMap<>();
    /** Rows of the 2019 layout that the 2021 layout splits, by their own text: （六）其他处理 (a single row in 2019). */
    private final Map<String, String> splitRowsByOwnText = new LinkedHashMap<>();
    private final RequestGroups groups;

    RequestTable(List<Metric> metrics, Edition edition, TableCells cells) {
        this.metrics = metrics;
        this.edition = edition;
        this.cells = cells;
        for (Metric m : metrics) {
            if ("requests".equals(m.section) && m.tableRow != null && m.belongsTo(edition)) {
                rowsByOwnText.putIfAbsent(ownText(m.tableRow), m.tableRow);
            }
        }
        for (Metric m : metrics) {
            if (edition == Edition.F2021 && "requests".equals(m.section) && m.tableRow != null && !m.belongsTo(edition)
                    && rowsByOwnText.keySet().stream().noneMatch(own -> own.equals(ownText(m.tableRow)))
                    && rowsByOwnText.values().stream().anyMatch(row -> row.startsWith(m.tableRow + " "))) {
                splitRowsByOwnText.putIfAbsent(ownText(m.tableRow), m.tableRow);
            }
        }
        groups = new RequestGroups(rowsByOwnText.values());
    }

    void read(Table table) {
        List<Row> rows = RequestRange.of(table.rows(), label -> identify(label).filter(m -> m.confidence() == Confidence.HIGH).isPresent());
        List<ValueColumns.Fit> fits = ValueColumns.of(rows, COLUMNS.size());
        List<Optional<Match>> matches = new ArrayList<>();
        List<Optional<Match>> owns = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ValueColumns.Fit fit = fits.get(r);
            String words = fit == null ? String.join(" ", rows.get(r).cells()).strip() : fit.label();
            Optional<Match> own = RequestRowOrder.namesSeveralRows(words) ? Optional.empty() : identify(words);
            owns.add(own);
            own = fit == null ? Optional.empty() : own;
            String wrapped = fit == null || own.isPresent() ? null : wrappedLabel(rows, fits, r);
            Optional<Match> joined = wrapped == null || RequestRowOrder.namesSeveralRows(wrapped) ? Optional.empty()
                    : identify(wrapped).map(m -> new Match(m.tableRow(), Confidence.LOW, m.otherLayout()));
            matches.add(own.or(() -> joined));
            labels.add(fit == null ? null : joined.isPresent() ? wrapped : fit.label());
        }
        List<Optional<Match>> resolved = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ValueColumns.Fit fit = fits.get(r);
            resolved.add(fit == null ? Optional.empty() : matches.get(r).or(() -> splitRow(fit.label(), matches, rows)));
        }
        Placement placement = byPosition(fits, resolved);
        for (int r = 0; r < rows.size(); r++) {
            ValueColumns.Fit fit = fits.get(r);
            if (fit == null) {
                continue;
            }
            Row row = rows.get(r);
            String label = labels.get(r);
            String placed = placement.rows().get(r);
            Optional<Match> match = placed != null ? Optional.of(new Match(placed, Confidence.LOW)) : resolved.get(r);
            boolean empty = fit.values().stream().allMatch(String::isBlank);
            Cell at = new Cell(SECTION, label, null, row.page());
            if (match.isEmpty()) {
                if (!empty) {
                    cells.unmatched(SECTION + ": " + (fit.label().isEmpty() ? "values without a row label (" + String.join(" ", fit.values()) + ")" : fit.label()));
                    cells.unmapped(String.join(" ", row.cells()), at, unplacedReason(fit.label()) + placement.why());
                }
                continue;
            }
            if (!fit.fits()) {
                cells.unmapped(String.join(" ", row.cells()), at, fit.misfit());
                continue;
            }
            String note = placed == null ? null : "row placed by its position in the format's order of section 三 (its label "
                    + (fit.label().isEmpty() ? "is missing" : "is \u201c" + fit.label() + "\u201d") + "), confirmed by the identities of the table";
            for (int i = 0; i < COLUMNS.size(); i++) {
                String column = COLUMNS.get(i);
                cells.record(metricFor(match.get().tableRow(), column, match.get().otherLayout()),
                        new Cell(SECTION, placed != null ? placed : label, column, row.page()), fit.values().get(i), "件", null,
                        match.get().confidence(), note);
            }
        }
        // a header word of the section (总计, 其他: a column as well as a row) written alone is no row of its own
        IntPredicate labelOnly = r -> fits.get(r) == null && !COLUMNS.contains(LabelMatcher.normalize(String.join("", rows.get(r).cells())));
        for (int r : BlankRows.of(rows.size(), labelOnly, r -> owns.get(r).isPresent(), r -> fits.get(r) != null)) {
            for (String column : COLUMNS) {
                String metric = metricFor(owns.get(r).get().tableRow(), column, false);
                if (metric != null && !cells.has(metric)) {
                    cells.record(metric, new Cell(SECTION, String.join(" ", rows.get(r).cells()).strip(), column, rows.get(r).page()), "", "件", null,
                            owns.get(r).get().confidence(), BlankRows.NOTE);
                }
            }
        }
    }

    private static String unplacedReason(String label) {
        if (label.isEmpty()) {
            return "values without a row label in section 三: they are not given to a neighbouring row";
        }
        return RequestRowOrder.namesSeveralRows(label) ? "the labels of several rows stand before these values: which row they belong to cannot be told"
                : "row label not recognised in section 三";
    }

    /** Rows placed by position (row index → format row) and, when none could be, why (appended to the unmapped reason). */
    private record Placement(Map<Integer, String> rows, String why) {
    }

    /**
     * Rows whose label names no single row, placed by their position in the format (RequestRowOrder): only when the rows
     * of values fit the format exactly and the identities that held on the rows read by their labels still hold.
     */
    private Placement byPosition(List<ValueColumns.Fit> fits, List<Optional<Match>> resolved) {
        List<Integer> valueRows = new ArrayList<>();
        List<String> named = new ArrayList<>();
        boolean unnamed = false;
        for (int r = 0; r < fits.size(); r++) {
            ValueColumns.Fit fit = fits.get(r);
            if (fit != null && fit.values().stream().anyMatch(v -> !v.isBlank())) {
                valueRows.add(r);
                Optional<Match> m = resolved.get(r);
                // a row of the other edition's layout stands at no position of this format
                named.add(m.map(x -> x.otherLayout() ? "\u0000" + x.tableRow() : x.tableRow()).orElse(null));
                unnamed |= m.isEmpty();
            }
        }
        if (!unnamed) {
            return new Placement(Map.of(), "");
        }
        List<String> formatRows = RequestRowOrder.formatRows(metrics, edition);
        List<String> order = RequestRowOrder.positions(formatRows, named);
        if (order == null) {
            return new Placement(Map.of(), " (the table's " + valueRows.size() + " rows of values do not stand one for one at the "
                    + formatRows.size() + " rows of the format, so no row is placed by its position)");
        }
        Map<Integer, String> placed = new LinkedHashMap<>();
        Map<String, BigDecimal> byLabel = new LinkedHashMap<>();
        Map<String, BigDecimal> byPositionToo = new LinkedHashMap<>();
        for (int i = 0; i < valueRows.size(); i++) {
            ValueColumns.Fit fit = fits.get(valueRows.get(i));
            if (!fit.fits()) {
                continue;
            }
            boolean byPosition = named.get(i) == null;
            if (byPosition) {
                placed.put(valueRows.get(i), order.get(i));
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                String metric = metricFor(order.get(i), COLUMNS.get(c), false);
                Optional<NumberReader.Reading> value = NumberReader.cell(fit.values().get(c));
                if (metric != null && value.isPresent()) {
                    BigDecimal v = value.get().blank() ? null : value.get().value();
                    byPositionToo.putIfAbsent(metric, v);
                    if (!byPosition) {
                        byLabel.putIfAbsent(metric, v);
                    }
                }
            }
        }
        String refused = RequestRowOrder.refused(edition, metrics, byLabel, byPositionToo);
        if (refused != null) {
            return new Placement(Map.of(), " (" + refused + ", so they are not placed)");
        }
        return new Placement(placed, "");
    }

    /**
     * A 2021 table that keeps the 2019 layout of a row the 2021 format splits (a single （六）其他处理 row with values,
     * no 1. 2. 3. under it): the row is read as the single row it is, never as one of the parts. When any part of
     * that row is in the table, the single label is a group label and is not read.
     */
    private Optional<Match> splitRow(String label, List<Optional<Match>> matches, List<Row> rows) {
        String row = splitRowsByOwnText.get(ownText(label));
        if (row == null || matches.stream().flatMap(Optional::stream).anyMatch(m -> m.tableRow().startsWith(row + " "))
                || RequestGroups.mentioned(rows, rowsByOwnText.entrySet().stream().filter(e -> e.getValue().startsWith(row + " ")).map(Map.Entry::getKey).toList())) {
            return Optional.empty();
        }
        return Optional.of(new Match(row, Confidence.LOW, true));
    }

    /**
     * A label wrapped over two lines of page text whose last line holds the values (2.其他法律行政法规禁止 / 公开 0 0 …):
     * when the row's own words name no row, the words-only line just above is joined to them (the caller keeps it if together they name one).
     */
    private static String wrappedLabel(List<Row> rows, List<ValueColumns.Fit> fits, int r) {
        if (r < 1 || fits.get(r - 1) != null || rows.get(r - 1).cells().stream().filter(c -> !c.isBlank()).count() != 1) {
            return null;
        }
        String above = rows.get(r - 1).cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
        return above.strip() + " " + fits.get(r).label();
    }

    /** The catalogue row a label names by its own text: exactly, else as the one row it shortens, begins or ends. */
    Optional<Match> identify(String label) {
        String normalized = normalized(label);
        String own = ownText(label);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String exact = rowsByOwnText.get(own);
        if (exact != null) {
            return groups.namesAnotherGroup(normalized, exact) ? Optional.empty() : Optional.of(new Match(exact, Confidence.HIGH));
        }
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, String> e : rowsByOwnText.entrySet()) {
            String candidate = e.getKey();
            if (candidate.length() >= MIN_PARTIAL && (own.startsWith(candidate) || normalized.endsWith(candidate))
                    || own.length() >= Math.max(MIN_PARTIAL, 0.6 * candidate.length()) && subsequence(own, candidate)) {
                partial.add(e.getValue());
            }
        }
        // a label cut at a line end or missing a few characters, or continued by a note: only when it names exactly one row
        return partial.size() == 1 && !groups.namesAnotherGroup(normalized, partial.get(0)) ? Optional.of(new Match(partial.get(0), Confidence.LOW)) : Optional.empty();
    }

    /** Whether every character of {@code part} appears in {@code whole}, in order (a label with characters lost). */
    private static boolean subsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    private static String normalized(String label) {
        // item numbers anywhere in a joined label: "1、" and "1．" as "1."
        return LabelMatcher.normalize(label).replaceAll("([0-9]{1,2})[、．,](?=[^0-9])", "$1.")
                .replaceAll("（([0-9]{1,2})）", "$1.").replaceAll("(^|[^一二三四五六七八九十])([一二三四五六七八九十]{1,2})[.．](?=[^0-9])", "$1$2、");
    }

    /** The text of a label after its last numbering: the words that name the row itself. */
    static String ownText(String label) {
        String n = normalized(label);
        Matcher m = NUMBERING.matcher(n);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return n.substring(end).strip();
    }

    private String metricFor(String tableRow, String tableColumn, boolean otherLayout) {
        return metrics.stream().filter(m -> tableRow.equals(m.tableRow) && tableColumn.equals(m.tableColumn)
                        && (otherLayout || m.belongsTo(edition)))
                .map(m -> m.code).findFirst().orElse(null);
    }
}
