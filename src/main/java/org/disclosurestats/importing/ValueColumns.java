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
 * more cells there than the table has value columns, a position that is empty in every such row is a spacer
 * (an empty cell under a two-column header, a trailing border cell) and is dropped. A row whose count of
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
        Map<Integer, TreeSet<Integer>> spacersByLength = new HashMap<>();
        for (Row row : rows) {
            int start = valuesStart(row);
            starts.add(start);
            int length = row.size() - start;
            if (length > columns) {
                TreeSet<Integer> empty = new TreeSet<>();
                for (int i = 0; i < length; i++) {
                    if (row.cell(start + i).isBlank()) {
                        empty.add(i);
                    }
                }
                spacersByLength.merge(length, empty, (a, b) -> {
                    a.retainAll(b);
                    return a;
                });
            }
        }
        List<Fit> fits = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int start = starts.get(r);
            int length = row.size() - start;
            String label = label(row, start);
            if (length == 0) {
                fits.add(null);
                continue;
            }
            List<String> region = row.cells().subList(start, row.size());
            if (length == columns) {
                fits.add(new Fit(label, List.copyOf(region), null));
                continue;
            }
            TreeSet<Integer> spacers = spacersByLength.get(length);
            if (length > columns && spacers != null && length - spacers.size() == columns) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < length; i++) {
                    if (!spacers.contains(i)) {
                        values.add(region.get(i));
                    }
                }
                fits.add(new Fit(label, values, null));
                continue;
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
