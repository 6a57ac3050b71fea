package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.TableReader.Row;

/**
 * A row of section 二 whose label cell the page store lost (a blank line in its place, one cell a line): the header's
 * last column label then stands before the row's values and was taken for the row's label (信息内容 | 本年制发件数 |
 * 本年废止件数 and 现行有效件数 | 0 | 0 | 0). The column label goes back to the header, so the rows after are read
 * under all their columns, and the row itself is flagged: nothing says which row its values are.
 */
final class LostRowLabel {

    static final String REASON = "the row's label was lost (a column label of the header stands in its place), so no value of it is read";

    private LostRowLabel() {
    }

    /**
     * Whether a page-text row just after a header starts with a column label of the edition's section 二 that the header
     * does not already hold, followed by values only.
     */
    static boolean startsWithHeaderColumn(Row header, List<String> rowCells, List<Metric> metrics, Edition edition) {
        if (rowCells.size() < 2 || !rowCells.subList(1, rowCells.size()).stream().allMatch(c -> NumberReader.cell(c).isPresent())) {
            return false;
        }
        String first = rowCells.get(0);
        boolean column = metrics.stream().anyMatch(m -> "proactive".equals(m.section) && m.tableColumn != null && m.belongsTo(edition)
                && LabelMatcher.same(first, m.tableColumn));
        boolean row = metrics.stream().anyMatch(m -> "proactive".equals(m.section) && m.tableRow != null && LabelMatcher.same(first, m.tableRow));
        return column && !row && header.cells().stream().noneMatch(c -> LabelMatcher.same(c, first));
    }

    /** The header with the column label the row took for its own. */
    static Row withColumn(Row header, String column) {
        List<String> cells = new ArrayList<>(header.cells());
        cells.add(column);
        return new Row(cells, header.page());
    }
}
