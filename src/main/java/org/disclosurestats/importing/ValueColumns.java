package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disclosurestats.importing.TableReader.Row;

/**
 * Which cells of a table's rows are its value columns, decided from the geometry of the data rows rather than
 * from the header: a row's values are the cells after its last label cell (numbers or blanks). When rows hold
 * more cells there than the table has value columns, a position that the row and at least half the rows of its
 * length leave empty is a spacer (an empty cell under a two-column header, a trailing border cell) and is dropped. A row whose count of
 * values still does not fit is a misfit: it is reported, never shifted into place.
 */
final class ValueColumns {

    private ValueColumns() {
    }

    /** A data row taken apart: its label, its values (as many as the table has columns), or why it does not fit. */
    record Fit(String label, List<String> values, String misfit) {

        boolean fits() {
            return misfit == null;
        }
    }

    /** For each row, its fit, or null when the row holds no value at all (a header, a group label, a heading). */
    static List<Fit> of(List<Row> rows, int columns) {
        List<Integer> starts = new ArrayList<>();
        Map<Integer, int[]> emptyCounts = new HashMap<>(); // by length of the values: how many rows leave each position empty
        Map<Integer, Integer> rowsOfLength = new HashMap<>();
        for (Row row : rows) {
            int start = valuesStart(row);
            starts.add(start);
            int length = row.size() - start;
            if (length > columns) {
                int[] counts = emptyCounts.computeIfAbsent(length, k -> new int[k]);
                for (int i = 0; i < length; i++) {
                    if (row.cell(start + i).isBlank()) {
                        counts[i]++;
                    }
                }
                rowsOfLength.merge(length, 1, Integer::sum);
            }
        }
        List<Fit> fits = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int start = starts.get(r);
            int length = row.size() - start;
            if (length == 0) {
                fits.add(null);
                continue;
            }
            String label = label(row, start);
            List<String> region = row.cells().subList(start, row.size());
            if (length == columns) {
                fits.add(new Fit(label, List.copyOf(region), null));
                continue;
            }
            if (length > columns) {
                // a spacer: a position this row leaves empty, as do at least half the rows of its length
                TreeSet<Integer> spacers = new TreeSet<>();
                int[] counts = emptyCounts.get(length);
                for (int i = 0; i < length; i++) {
                    if (region.get(i).isBlank() && 2 * counts[i] >= rowsOfLength.get(length)) {
                        spacers.add(i);
                    }
                }
                if (length - spacers.size() == columns) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < length; i++) {
                        if (!spacers.contains(i)) {
                            values.add(region.get(i));
                        }
                    }
                    fits.add(new Fit(label, values, null));
                    continue;
                }
            }
            long stated = region.stream().filter(c -> !c.isBlank()).count();
            fits.add(new Fit(label, List.copyOf(region), length + " cell(s) (" + stated + " not empty) for " + columns
                    + " columns: the columns cannot be told apart, so no value of the row is read"));
        }
        return fits;
    }

    /** The index just past the row's last label cell (a cell holding words rather than a number or a blank). */
    static int valuesStart(Row row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (NumberReader.cell(row.cell(i)).isEmpty()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The row's label: the distinct texts of its label cells (a spanned group label, then the item). */
    static String label(Row row, int end) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < end && i < row.size(); i++) {
            String c = row.cell(i).strip();
            if (!c.isEmpty() && !parts.contains(c)) {
                parts.add(c);
            }
        }
        return String.join(" ", parts);
    }
}
