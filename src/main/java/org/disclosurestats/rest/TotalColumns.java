package org.disclosurestats.rest;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of totals rows (shape=columns) as the answer states them, built only when something reads
 * them as a map: {@link TotalsJsonWriter} writes them straight from the rows, column by column, without
 * the reflective read of every cell that {@link Columns#of} does (which cost four times the JSON itself).
 */
final class TotalColumns extends AbstractMap<String, List<Object>> {

    private final List<AggregateViews.TotalRow> rows;
    private Map<String, List<Object>> built;

    TotalColumns(List<AggregateViews.TotalRow> rows) {
        this.rows = rows;
    }

    List<AggregateViews.TotalRow> rows() {
        return rows;
    }

    @Override
    public Set<Entry<String, List<Object>>> entrySet() {
        if (built == null) {
            built = Columns.of(AggregateViews.TotalRow.class, rows);
        }
        return built.entrySet();
    }
}
