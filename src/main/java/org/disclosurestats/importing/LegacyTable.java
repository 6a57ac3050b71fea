package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.LegacyHeader.Kind;
import org.disclosurestats.importing.TableCells.Cell;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * Reads the legacy statistics table (政府信息公开情况统计表, 2008–2018): {@code 指标名称 | 计量单位 | 本年度 (or
 * YYYY年度, 统计数) | 历年累计}, and its local variants (columns in another order, a 上年数, 同比 or 备注 column, no
 * unit column, the unit in the label, a label split over a group cell and an item cell). Only the year's column is
 * read, never the cumulative one. A row is placed by its columns when it has the header's cells; a row of text
 * whose blank cells were lost is placed by the count of its values, and when that count does not fit it is unmapped,
 * never shifted. Every row that states something ends as a figure or as unmapped with its label. A table split in
 * two (a page break, a heading line) goes on under the header of the part before it.
 */
final class LegacyTable {

    static final String SECTION = "政府信息公开情况统计表";

    /** What the legacy tables of a document say. */
    record Result(List<Extracted> figures, List<Unmapped> unmapped) {
    }

    /** A row taken apart: the texts of its label cells, the unit it states outside the value, the year's cell, or why it does not fit. */
    private record Placed(List<String> labels, String unit, String yearCell, String misfit) {

        String label() {
            return String.join(" ", labels);
        }
    }

    /** Where the reading of a document stands: the header in force and the appeal named last above the row. */
    private static final class State {
        LegacyHeader header;
        Integer appeal;
        String parent;
        boolean read;
    }

    private final Map<String, Metric> metrics;

    LegacyTable(Map<String, Metric> metrics) {
        this.metrics = metrics;
    }

    Result read(List<Table> tables) {
        TableCells cells = new TableCells();
        State state = new State();
        for (Table table : tables) {
            read(table, state, cells);
        }
        return new Result(cells.figures, cells.unmapped);
    }

    private void read(Table table, State state, TableCells cells) {
        for (Row row : table.rows()) {
            List<String> rowCells = tokens(row);
            LegacyHeader h = LegacyHeader.of(rowCells);
            if (h != null) {
                state.header = h;
                state.appeal = null;
                state.parent = null;
                continue;
            }
            if (state.header == null || rowCells.isEmpty()) {
                continue;
            }
            String first = rowCells.get(0);
            if (rowCells.size() == 1 && (first.contains("。") || first.length() > 40)) {
                if (state.read) {
                    state.header = null; // prose after the table: the table has ended
                }
                continue;
            }
            state.read |= row(row.page(), rowCells, state, cells);
        }
    }

    /** Reads one row; true when it was a row of figures (mapped or not). */
    private boolean row(Integer page, List<String> rowCells, State state, TableCells cells) {
        LegacyHeader header = state.header;
        Placed placed = byColumns(rowCells, header);
        if (placed == null) {
            placed = byCount(rowCells, header);
        }
        for (String part : placed.labels()) {
            LegacyRowLabels.appealNamed(part).ifPresent(a -> state.appeal = a);
        }
        String label = placed.label();
        if (placed.misfit() != null) {
            cells.unmapped(String.join(" ", rowCells), new Cell(SECTION, label, null, page), placed.misfit());
            return true;
        }
        String yearCell = placed.yearCell();
        if (yearCell == null) {
            return false;
        }
        String unit = placed.unit();
        for (int i = placed.labels().size() - 1; i >= 0 && unit == null; i--) {
            unit = LegacyRowLabels.unitInLabel(placed.labels().get(i));
        }
        Optional<LegacyRowLabels.Match> match = match(placed.labels(), state.appeal, state.parent);
        if (match.isPresent() && !placed.labels().isEmpty()) {
            String metricCode = match.get().metric();
            if (LegacyRowLabels.isParent(metricCode)) {
                state.parent = metricCode;
            } else if (state.parent != null && !metricCode.startsWith(state.parent + ".")) {
                state.parent = null; // a row of another metric: the parent's rows have ended
            }
        }
        boolean states = unit != null || !NumberReader.isBlank(yearCell);
        Cell at = new Cell(SECTION, label, header.yearLabel(), page);
        if (match.isEmpty()) {
            if (states) {
                cells.unmapped(yearCell.isBlank() ? label : yearCell, at, label.isEmpty() ? "a row of figures without a label"
                        : "row label not recognised in the legacy statistics table");
            }
            return states;
        }
        Metric metric = metrics.get(match.get().metric());
        if (metric == null) {
            cells.unmapped(yearCell, at, "no metric " + match.get().metric() + " in the catalogue");
            return true;
        }
        // an amount of money with no unit written anywhere (元 or 万元?) is read in the metric's unit, and not sure
        Confidence confidence = unit == null && Units.isMoney(metric.unit) ? Confidence.LOW : match.get().confidence();
        cells.record(metric.code, at, yearCell, metric.unit, unit, confidence);
        return true;
    }

    /**
     * A row with a cell for every column of the header (an HTML grid, a row of text that kept its blank cells): each cell
     * is read under its column. A row with more cells than the header (a group label in a column of its own that the
     * header does not span) is read with the header over its last cells. Null when the row has other cells, or when a
     * cell is not what its column holds (a number under the unit, words under a figure column): then its cells are not
     * where the header says.
     */
    private static Placed byColumns(List<String> rowCells, LegacyHeader header) {
        if (rowCells.size() < header.width()) {
            return null;
        }
        if (rowCells.subList(header.width(), rowCells.size()).stream().allMatch(String::isBlank)) {
            return placed(rowCells, header, 0);
        }
        return placed(rowCells, header, rowCells.size() - header.width());
    }

    /** The row read with the header's columns starting at {@code offset}; the cells before them are label cells. */
    private static Placed placed(List<String> rowCells, LegacyHeader header, int offset) {
        List<String> labels = new ArrayList<>();
        String unit = null;
        for (int i = 0; i < header.width() + offset && i < rowCells.size(); i++) {
            String c = rowCells.get(i).strip();
            Kind kind = i < offset ? Kind.LABEL : header.kind(i - offset);
            if (kind == Kind.LABEL) {
                if (!c.isEmpty() && !labels.contains(c)) {
                    labels.add(c);
                }
            } else if (kind == Kind.UNIT) {
                unit = unitOf(c);
                if (unit == null && !NumberReader.isBlank(c)) {
                    return null;
                }
            } else if (kind != Kind.NOTE && NumberReader.cell(c).isEmpty()) {
                return null;
            }
        }
        return new Placed(labels, unit, rowCells.get(header.year() + offset), null);
    }

    /**
     * A row of text whose blank cells may have been lost: its label (maybe with its unit after a space, or in a cell of
     * its own), then its values, placed by their count. When there are as many values as figure columns the year's is
     * read; otherwise the row does not fit and no value of it is read.
     */
    private static Placed byCount(List<String> rowCells, LegacyHeader header) {
        int valuesStart = ValueColumns.valuesStart(new Row(rowCells));
        List<String> labelCells = new ArrayList<>(rowCells.subList(0, Math.max(0, Math.min(valuesStart, rowCells.size()))));
        List<String> values = rowCells.subList(Math.min(valuesStart, rowCells.size()), rowCells.size());
        String unit = null;
        if (!labelCells.isEmpty() && unitOf(labelCells.get(labelCells.size() - 1)) != null && labelCells.size() > 1) {
            unit = unitOf(labelCells.remove(labelCells.size() - 1));
        }
        List<String> labels = new ArrayList<>();
        for (String c : labelCells) {
            String s = c.strip();
            String[] words = s.split("\\s+");
            if (words.length > 1 && unit == null && unitOf(words[words.length - 1]) != null) {
                unit = unitOf(words[words.length - 1]);
                s = s.substring(0, s.lastIndexOf(words[words.length - 1])).strip();
            }
            if (!s.isEmpty() && !labels.contains(s)) {
                labels.add(s);
            }
        }
        int figures = header.figureColumns().size();
        if (values.size() != figures) {
            if (values.stream().anyMatch(v -> !NumberReader.isBlank(v))) {
                return new Placed(labels, unit, "", values.size() + " value(s) for " + figures + " figure columns (" + header.yearLabel()
                        + " and the others cannot be told apart), so no value of the row is read");
            }
            // no value at all: a heading, unless the row states its unit (label | 条, its blank cells lost at the line's end):
            // a heading has no unit, so this is a row of figures whose every cell, the year's included, is blank
            return new Placed(labels, unit, unit != null ? "" : null, null);
        }
        return new Placed(labels, unit, values.get(header.yearAmongFigures()), null);
    }

    /**
     * The metric a row's label names. A label split over cells (a group cell, then the item) or over lines is matched by
     * its item first, then as a whole, then by its last word; a sure match wins over one with words before a known label.
     */
    private static Optional<LegacyRowLabels.Match> match(List<String> labels, Integer appeal, String parent) {
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        String item = labels.get(labels.size() - 1);
        String[] words = item.split("\\s+");
        List<String> candidates = List.of(item, String.join("", labels), words[words.length - 1]);
        Optional<LegacyRowLabels.Match> weak = Optional.empty();
        for (String candidate : candidates) {
            Optional<LegacyRowLabels.Match> m = LegacyRowLabels.match(candidate, appeal, parent);
            if (m.isPresent() && m.get().confidence() == Confidence.HIGH) {
                return m;
            }
            if (weak.isEmpty()) {
                weak = m;
            }
        }
        return weak;
    }

    /** A single-cell line of a text is split at its spaces when it is a header (指标名称 计量单位 本年度 历年累计). */
    private static List<String> tokens(Row row) {
        if (row.size() == 1) {
            String[] words = row.cell(0).strip().split("\\s+");
            if (words.length >= 2 && LegacyHeader.of(List.of(words)) != null) {
                return List.of(words);
            }
        }
        return row.cells();
    }

    private static String unitOf(String cell) {
        // a unit spaced out to fill its cell (万　元, 人 次) is the unit
        String s = NumberReader.halfWidth(cell == null ? "" : cell).replaceAll("[\\s\\u00A0\\u3000]+", "").replaceAll("^[(（]|[)）]$", "")
                .replaceFirst("^单位[:：]", "");
        return NumberReader.UNITS.contains(s) && !s.equals("%") && !s.equals("％") ? NumberReader.canonicalUnit(s) : null;
    }
}
