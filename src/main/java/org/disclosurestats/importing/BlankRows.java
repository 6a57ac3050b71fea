package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A row of a standard table that stands with its label and no value at all. A report that leaves a row unfilled
 * (or a whole table: some offices publish the form empty) gives page text in which the page store dropped the empty
 * cells, so only the label is left. Such a row is read as blank cells — not reported, never 0 — so an unfilled table
 * reads as what it says. Decided here for sections 二 and 三.
 *
 * <p>The label alone is not enough: page text also puts a row's label on one line and its values on the next ones
 * (values on the next line, a label wrapped with its values on its last line, the labels of several rows above one
 * row of values, a label wrapped with its values on its first line). So a label-only row is blank only when the first
 * row with values after it (past other label-only rows and group labels) names its own row by its label, or when no
 * row with values follows in the section — then no value after it can be its own — and the last row with values
 * before it names its own row too, so the label does not end the words of that row.
 */
final class BlankRows {

    static final String NOTE = "the row stands with its label and no value: its cells are blank (not reported), never 0";

    private BlankRows() {
    }

    /**
     * The indices of the rows whose cells are blank. {@code labelOnly}: the row holds words and no value cell;
     * {@code namesRow}: the row's own words name a row of the table; {@code hasValues}: the row holds values.
     */
    static List<Integer> of(int rows, IntPredicate labelOnly, IntPredicate namesRow, IntPredicate hasValues) {
        List<Integer> blank = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!labelOnly.test(r) || !namesRow.test(r)) {
                continue;
            }
            int before = r - 1;
            while (before >= 0 && labelOnly.test(before)) {
                before--;
            }
            if (before >= 0 && hasValues.test(before) && !namesRow.test(before)) {
                continue; // the label may end the words of the row of values above it (a label wrapped, its values on its first line)
            }
            int next = r + 1;
            while (next < rows && !hasValues.test(next)) {
                next++;
            }
            if (next == rows || namesRow.test(next)) {
                blank.add(r);
            }
        }
        return blank;
    }
}
