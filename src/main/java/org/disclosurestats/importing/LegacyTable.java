package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.TableCells.Cell;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * Reads the legacy statistics table (政府信息公开情况统计表, 2008–2018): {@code 指标名称 | 计量单位 | 本年度 (or
 * YYYY年度, 统计数) | 历年累计}, and its local variants (no cumulative column, headers in other words, the unit in
 * the label). Only the year's column is read, never the cumulative one. Every row that states something ends
 * as a figure or as unmapped with its label.
 */
final class LegacyTable {

    static final String SECTION = "政府信息公开情况统计表";

    private static final Pattern YEAR_COLUMN = Pattern.compile("^(?:本年度?|本期|本年数|统计数|数量|数值|全年|[0-9]{4}年(?:度|全年|1-12月)?)(?:数|数量|数据)?$");
    private static final Pattern CUMULATIVE_COLUMN = Pattern.compile("^(?:历年)?累计(?:数|数量)?$");
    private static final Pattern LABEL_COLUMN = Pattern.compile("^(?:指标名称|统计指标|指标|项目|名称|内容|统计项目)$");
    private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:计量单位|单位)$");

    /** What the legacy tables of a document say. */
    record Result(List<Extracted> figures, List<Unmapped> unmapped) {
    }

    /** The header of one legacy table: where the label, unit, year and value columns are. */
    private record Header(int width, int unit, int year, List<Integer> valueColumns, String yearLabel) {
    }

    private final Map<String, Metric> metrics;

    LegacyTable(Map<String, Metric> metrics) {
        this.metrics = metrics;
    }

    Result read(List<Table> tables) {
        TableCells cells = new TableCells();
        for (Table table : tables) {
            read(table, cells);
        }
        return new Result(cells.figures, cells.unmapped);
    }

    private void read(Table table, TableCells cells) {
        Header header = null;
        Integer appeal = null;
        boolean read = false;
        for (Row row : table.rows()) {
            List<String> rowCells = tokens(row);
            Header h = header(rowCells);
            if (h != null) {
                header = h;
                appeal = null;
                continue;
            }
            if (header == null) {
                continue;
            }
            String first = rowCells.isEmpty() ? "" : rowCells.get(0);
            if (rowCells.size() == 1 && (first.contains("。") || first.length() > 40)) {
                if (read) {
                    header = null; // prose after the table: the table has ended
                }
                continue;
            }
            Optional<Integer> named = LegacyRowLabels.appealNamed(first);
            if (named.isPresent()) {
                appeal = named.get();
            }
            read |= row(row.page(), rowCells, header, appeal, cells);
        }
    }

    /** Reads one row; true when it was a row of figures (mapped or not). */
    private boolean row(Integer page, List<String> rowCells, Header header, Integer appeal, TableCells cells) {
        String label = rowCells.get(0).strip();
        String unit = null;
        String yearCell;
        int valuesStart = ValueColumns.valuesStart(new Row(rowCells));
        if (rowCells.size() == header.width()) {
            yearCell = rowCells.get(header.year());
            if (header.unit() >= 0) {
                unit = unitOf(rowCells.get(header.unit()));
            }
        } else {
            // a text row: the label (maybe with its unit after a space), then the values
            List<String> values = rowCells.subList(Math.max(1, valuesStart), rowCells.size());
            String[] words = label.split("\\s+");
            if (words.length > 1 && unitOf(words[words.length - 1]) != null) {
                unit = unitOf(words[words.length - 1]);
                label = label.substring(0, label.lastIndexOf(words[words.length - 1])).strip();
            } else if (valuesStart == 2 && unitOf(rowCells.get(1)) != null) {
                unit = unitOf(rowCells.get(1));
            }
            if (values.size() != header.valueColumns().size()) {
                if (values.stream().anyMatch(v -> !NumberReader.isBlank(v))) {
                    cells.unmapped(String.join(" ", rowCells), new Cell(SECTION, label, null, page), values.size() + " value(s) for "
                            + header.valueColumns().size() + " value columns (" + header.yearLabel() + " and the cumulative one cannot be told apart)");
                    return true;
                }
                return false;
            }
            yearCell = values.get(header.valueColumns().indexOf(header.year()));
        }
        if (unit == null) {
            unit = LegacyRowLabels.unitInLabel(label);
        }
        Optional<LegacyRowLabels.Match> match = LegacyRowLabels.match(label, appeal);
        boolean states = unit != null || !NumberReader.isBlank(yearCell);
        if (match.isEmpty()) {
            if (states && !label.isEmpty()) {
                cells.unmapped(yearCell.isBlank() ? label : yearCell, new Cell(SECTION, label, header.yearLabel(), page),
                        "row label not recognised in the legacy statistics table");
            }
            return states;
        }
        if (!states && NumberReader.cell(yearCell).isEmpty()) {
            return false;
        }
        Metric metric = metrics.get(match.get().metric());
        cells.record(metric.code, new Cell(SECTION, label, header.yearLabel(), page), yearCell, metric.unit, unit, match.get().confidence());
        return true;
    }

    /** A single-cell line of a text is split at its spaces when it is a header (指标名称 计量单位 本年度 历年累计). */
    private static List<String> tokens(Row row) {
        if (row.size() == 1) {
            String[] words = row.cell(0).strip().split("\\s+");
            if (words.length >= 2 && header(List.of(words)) != null) {
                return List.of(words);
            }
        }
        return row.cells();
    }

    /** The header of a legacy table, when the row is one: a year column with a label, unit or cumulative column beside it. */
    private static Header header(List<String> cells) {
        int unit = -1;
        int year = -1;
        boolean labelColumn = false;
        boolean cumulative = false;
        List<Integer> values = new ArrayList<>();
        String yearLabel = null;
        for (int i = 0; i < cells.size(); i++) {
            String n = LabelMatcher.normalize(cells.get(i));
            if (LABEL_COLUMN.matcher(n).matches()) {
                labelColumn = true;
            } else if (UNIT_COLUMN.matcher(n).matches()) {
                unit = i;
            } else if (YEAR_COLUMN.matcher(n).matches() && year < 0) {
                year = i;
                yearLabel = cells.get(i).strip();
                values.add(i);
            } else if (CUMULATIVE_COLUMN.matcher(n).matches()) {
                cumulative = true;
                values.add(i);
            }
        }
        if (year < 0 || !(labelColumn || unit >= 0 || cumulative)) {
            return null;
        }
        return new Header(cells.size(), unit, year, values, yearLabel);
    }

    private static String unitOf(String cell) {
        String s = NumberReader.halfWidth(cell == null ? "" : cell).strip().replaceAll("^[(（]|[)）]$", "");
        return NumberReader.UNITS.contains(s) && !s.equals("%") && !s.equals("％") ? NumberReader.canonicalUnit(s) : null;
    }
}
