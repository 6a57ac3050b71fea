package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.domain.ReportSubmission.Provenance;

/**
 * What the table readers of one document found: each cell becomes a figure (a number, or a blank that is
 * never 0) or an unmapped entry with its reason. One metric is read from one cell only: a second cell
 * for the same metric is shown as unmapped, never summed or swapped in.
 */
final class TableCells {

    /** Where a cell stands: section, row label, column label and, for a PDF, the page. */
    record Cell(String section, String row, String column, Integer page) {
    }

    final List<Extracted> figures = new ArrayList<>();
    final List<Unmapped> unmapped = new ArrayList<>();
    final Set<String> unmatchedLabels = new LinkedHashSet<>();
    private final Set<String> seen = new HashSet<>();

    /** The provenance of a table cell. */
    static Provenance provenance(Cell at, String text) {
        return new Provenance(SourceKind.TABLE_CELL, text, null, null, text, at.section(), at.row(), at.column(), at.page());
    }

    /** A row or cell that was seen but cannot be read into a metric. */
    void unmapped(String text, Cell at, String reason) {
        unmapped.add(new Unmapped(text, null, null, provenance(at, text), reason));
    }

    /** Whether a cell was already given for the metric (read, blank, or refused). */
    boolean has(String metric) {
        return seen.contains(metric);
    }

    /** A label that matched nothing of its table (listed in the draft's validation). */
    void unmatched(String label) {
        unmatchedLabels.add(label);
    }

    /**
     * Records one cell for a metric. {@code rowUnit} is the unit the row states outside the cell (a unit column,
     * or a unit in the label) and is used when the cell carries none.
     */
    void record(String metric, Cell at, String text, String metricUnit, String rowUnit, Confidence confidence) {
        record(metric, at, text, metricUnit, rowUnit, confidence, null);
    }

    /** Records one cell with a note on how it was placed (null for none). */
    void record(String metric, Cell at, String text, String metricUnit, String rowUnit, Confidence confidence, String placedNote) {
        Provenance provenance = provenance(at, text);
        if (metric == null) {
            unmapped.add(new Unmapped(text, null, null, provenance, "no metric for this cell in this edition"));
            return;
        }
        if (!seen.add(metric)) {
            unmapped.add(new Unmapped(text, null, null, provenance, "cell of " + metric + " given twice; the first one is kept"));
            return;
        }
        Optional<NumberReader.Reading> read = NumberReader.cell(text);
        if (read.isEmpty()) {
            unmapped.add(new Unmapped(text, null, null, provenance, "not a number"));
            return;
        }
        NumberReader.Reading r = read.get();
        if (r.blank()) {
            figures.add(new Extracted(metric, "", null, null, r.qualifier(), ObservationStatus.BLANK, provenance, confidence,
                    joined("blank cell: not reported, and not 0", placedNote)));
            return;
        }
        BigDecimal value = r.value();
        String unit = r.unit() != null ? r.unit() : rowUnit;
        String note = null;
        Confidence c = confidence;
        if (unit != null && !unit.equals(metricUnit)) {
            Optional<BigDecimal> converted = Units.convert(value, unit, metricUnit);
            if (converted.isEmpty()) {
                unmapped.add(new Unmapped(text, value, unit, provenance, "unit " + unit + " cannot be converted to " + metricUnit));
                return;
            }
            note = "written in " + unit + ", converted to " + metricUnit;
            value = converted.get();
        } else if (unit == null && "元".equals(metricUnit)) {
            note = "no unit written; read as 元";
            c = Confidence.LOW;
        }
        figures.add(new Extracted(metric, "", null, Decimals.canonical(value), r.qualifier(), ObservationStatus.REPORTED, provenance, c,
                note == null ? placedNote : joined(note, placedNote)));
    }

    private static String joined(String note, String more) {
        return more == null ? note : note + "; " + more;
    }
}
