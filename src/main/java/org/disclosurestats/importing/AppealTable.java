package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.TableCells.Cell;
import org.disclosurestats.importing.TableReader.Row;

/**
 * Section 四 of the standard tables (administrative reconsideration and lawsuits): one row of 15 values under a header
 * naming 行政复议 and 行政诉讼. Both editions print the same three blocks (行政复议, 未经复议直接起诉, 复议后起诉) of the
 * same five columns (结果维持, 结果纠正, 其他结果, 尚未审结, 总计), so the values are read in that order.
 */
final class AppealTable {

    static final List<String> APPEAL_ROWS = List.of("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉");
    static final List<String> APPEAL_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private final List<Metric> metrics;

    AppealTable(List<Metric> metrics) {
        this.metrics = metrics;
    }

    /** How many rows (empty rows and rows of header words aside) after section 四's header may hold its values. */
    private static final int APPEAL_WINDOW = 7;
    /** How many rows of header words at most stand between the header and its values (column labels one character a line). */
    private static final int HEADER_WORD_ROWS = 16;
    private static final Pattern SENTENCE = Pattern.compile("[。，；,;]");
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]{1,2}、");

    /**
     * Section 四 under a header among the first {@code own} rows (one table's); its values may follow in the next table.
     * The header is a row naming both 行政复议 and 行政诉讼 that the values follow: a sentence of the introduction that
     * names both, or the section's heading above its header, is passed over for the next such row.
     */
    void read(List<Row> rows, int own, Edition edition, TableCells cells) {
        for (int i = 0; i < own; i++) {
            String joined = LabelMatcher.normalize(String.join("", rows.get(i).cells()));
            if (joined.contains("行政复议") && joined.contains("行政诉讼") && appealsUnder(rows, i, edition, cells)) {
                return;
            }
        }
    }

    /** The values of section 四 in the rows after a header at {@code headerAt}; false when none follow it. */
    private boolean appealsUnder(List<Row> rows, int headerAt, Edition edition, TableCells cells) {
        int columns = APPEAL_ROWS.size() * APPEAL_COLUMNS.size();
        List<Row> after = new ArrayList<>();
        int counted = 0;
        int headerWords = 0;
        for (int i = headerAt + 1; i < rows.size() && counted < APPEAL_WINDOW; i++) {
            Row row = rows.get(i);
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue; // a markdown rule line or an empty grid row is no row of the section
            }
            String text = String.join("", row.cells());
            if (HEADING.matcher(LabelMatcher.normalize(text)).find()) {
                break; // the next section's heading: section 四 ended
            }
            after.add(row);
            // the column labels written one character a line (结/果/维/持 under each column) are many rows of header words
            boolean headerWordsOnly = !SENTENCE.matcher(text).find() && row.cells().stream().noneMatch(PageTextRows::isValue);
            if (!headerWordsOnly || ++headerWords > HEADER_WORD_ROWS) {
                counted++;
            }
        }
        List<ValueColumns.Fit> fits = ValueColumns.of(after, columns);
        for (int r = 0; r < after.size(); r++) {
            ValueColumns.Fit fit = fits.get(r);
            if (fit == null || fit.values().stream().allMatch(NumberReader::isBlank) || !fit.label().isEmpty() && !fit.fits()) {
                continue; // header rows, or a row of words that ends in a number
            }
            Row row = after.get(r);
            if (!fit.fits()) {
                cells.unmapped(String.join(" ", row.cells()), new Cell("四", null, null, row.page()), fit.misfit());
                return true;
            }
            for (int i = 0; i < columns; i++) {
                String rowLabel = APPEAL_ROWS.get(i / APPEAL_COLUMNS.size());
                String column = APPEAL_COLUMNS.get(i % APPEAL_COLUMNS.size());
                cells.record(metricFor(rowLabel, column, edition), new Cell("四", rowLabel, column, row.page()), fit.values().get(i), "件", null,
                        Confidence.HIGH);
            }
            return true;
        }
        return false;
    }

    private String metricFor(String tableRow, String tableColumn, Edition edition) {
        return metrics.stream().filter(m -> tableRow.equals(m.tableRow) && tableColumn.equals(m.tableColumn) && m.belongsTo(edition))
                .map(m -> m.code).findFirst().orElse(null);
    }
}
