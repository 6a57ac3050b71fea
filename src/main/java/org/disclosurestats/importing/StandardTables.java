package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.service.ReportSubmission.Provenance;

/**
 * Reads the standard tables of the 2019 and 2021 formats (sections 二, 三 and 四) into figures, with the
 * metric of each cell found through the catalogue's table_row / table_column labels. The edition is
 * detected from the labels, never from the year.
 */
public final class StandardTables {

    /** What the tables of a document say. */
    public record Result(Edition edition, List<Extracted> figures, List<Unmapped> unmapped, List<String> unmatchedLabels) {

        public boolean found() {
            return edition != null;
        }
    }

    static final List<String> REQUEST_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    static final List<String> APPEAL_ROWS = List.of("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉");
    static final List<String> APPEAL_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private static final List<String> MARKERS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "逾期未按收费通知");
    private static final List<String> MARKERS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
            "采购项目数量", "采购总金额", "其他对外管理服务事项");

    private static final Pattern ITEM = Pattern.compile("([0-9]{1,2})\\.([^0-9（）]+.*)$");
    private static final Pattern GROUP = Pattern.compile("（([一二三四五六七])）([^（）0-9]*)");
    private static final Pattern TOP = Pattern.compile("^([一二三四])、(.*)$");

    private final List<Metric> metrics;

    public StandardTables(List<Metric> metrics) {
        this.metrics = metrics;
    }

    /** Reads every table. Returns a result without edition when no standard table is found. */
    public Result read(List<Table> tables) {
        Edition edition = detectEdition(tables);
        if (edition == null) {
            return new Result(null, List.of(), List.of(), List.of());
        }
        Reading reading = new Reading(edition);
        for (Table table : tables) {
            reading.requests(table);
            reading.proactive(table);
            reading.appeals(table);
        }
        return new Result(edition, reading.figures, reading.unmapped, List.copyOf(reading.unmatched));
    }

    /** The edition named by the labels: 2021 and 2019 column labels differ in section 二, and （六） in section 三. */
    public static Edition detectEdition(List<Table> tables) {
        boolean requestsTable = false;
        boolean otherProcessingItems = false;
        boolean otherProcessingSingle = false;
        for (Table t : tables) {
            for (Row row : t.rows()) {
                for (String cell : row.cells()) {
                    String n = LabelMatcher.normalize(cell);
                    if (MARKERS_2021.stream().anyMatch(n::contains)) {
                        return Edition.F2021;
                    }
                }
            }
        }
        for (Table t : tables) {
            for (Row row : t.rows()) {
                String joined = String.join(" ", row.cells());
                String n = LabelMatcher.normalize(joined);
                if (MARKERS_2019.stream().anyMatch(n::contains)) {
                    return Edition.F2019;
                }
                if (n.contains("本年新收") || n.contains("上年结转")) {
                    requestsTable = true;
                }
                if (n.contains("（六）其他处理")) {
                    if (ITEM.matcher(n.substring(n.indexOf("（六）其他处理"))).find()) {
                        otherProcessingItems = true;
                    } else if (row.cells().stream().filter(StandardTables::valueOrBlank).count() >= 7) {
                        otherProcessingSingle = true;
                    }
                }
            }
        }
        if (!requestsTable) {
            return null;
        }
        return otherProcessingSingle && !otherProcessingItems ? Edition.F2019 : Edition.F2021;
    }

    private static int valueCount(Row row) {
        int n = 0;
        for (String c : row.cells()) {
            if (!c.isBlank() && NumberReader.cell(c).filter(r -> !r.blank()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    private static boolean valueOrBlank(String cell) {
        return NumberReader.cell(cell).isPresent();
    }

    private final class Reading {

        final Edition edition;
        final List<Extracted> figures = new ArrayList<>();
        final List<Unmapped> unmapped = new ArrayList<>();
        final Set<String> unmatched = new LinkedHashSet<>();
        final Set<String> seen = new java.util.HashSet<>();

        Reading(Edition edition) {
            this.edition = edition;
        }

        // ---------------------------------------------------------------- section 三

        void requests(Table table) {
            if (table.rows().stream().noneMatch(r -> LabelMatcher.normalize(String.join("", r.cells())).contains("本年新收"))) {
                return;
            }
            List<Integer> positions = null;
            int headerWidth = -1;
            String group = null;
            for (Row row : table.rows()) {
                List<String> normalized = row.cells().stream().map(LabelMatcher::normalize).toList();
                if (normalized.contains("商业企业") && normalized.contains("总计")) {
                    positions = new ArrayList<>();
                    for (String column : REQUEST_COLUMNS) {
                        positions.add(normalized.lastIndexOf(column) >= 0 && !column.equals("自然人") && !column.equals("总计")
                                ? normalized.indexOf(column) : normalized.lastIndexOf(column));
                    }
                    if (positions.contains(-1)) {
                        positions = null;
                    } else {
                        headerWidth = row.size();
                    }
                    continue;
                }
                int trailing = trailingValues(row);
                if (trailing < 7) {
                    if (trailing > 0 && trailing < row.size()) {
                        // a row of the table whose blank cells were lost (text without separators): say so, never guess columns
                        String label = label(row, row.size() - trailing);
                        if (requestRow(rowKey(label, group)).isPresent()) {
                            unmapped.add(new Unmapped(String.join(" ", row.cells()), null, null, cell("三", label, null, null),
                                    trailing + " value(s) for 7 columns: the columns cannot be told apart"));
                        }
                    }
                    continue; // header rows, group labels without values
                }
                List<String> values;
                int labelEnd;
                if (positions != null && row.size() == headerWidth) {
                    final Row r = row;
                    values = positions.stream().map(r::cell).toList();
                    labelEnd = positions.stream().mapToInt(Integer::intValue).min().orElse(0);
                } else {
                    values = row.cells().subList(row.size() - 7, row.size());
                    labelEnd = row.size() - 7;
                }
                String label = label(row, labelEnd);
                RowKey key = rowKey(label, group);
                if (key.group != null) {
                    group = key.group;
                }
                Optional<String> catalogueRow = requestRow(key);
                if (catalogueRow.isEmpty()) {
                    unmatched.add("三: " + label);
                    unmapped.add(new Unmapped(label, null, null, cell("三", label, null, null), "row label not recognised in section 三"));
                    continue;
                }
                for (int i = 0; i < 7; i++) {
                    record(metricFor(catalogueRow.get(), REQUEST_COLUMNS.get(i)), "三", label, REQUEST_COLUMNS.get(i), values.get(i), "件", key.confidence);
                }
            }
        }

        // ---------------------------------------------------------------- section 二

        void proactive(Table table) {
            List<String> header = null;
            for (Row row : table.rows()) {
                List<String> cells = row.cells();
                if (cells.size() == 1 && LabelMatcher.normalize(cells.get(0)).startsWith("信息内容")) {
                    cells = List.of(cells.get(0).strip().split("\\s+"));
                }
                if (!cells.isEmpty() && LabelMatcher.normalize(cells.get(0)).equals("信息内容")) {
                    header = cells;
                    continue;
                }
                if (header == null || cells.isEmpty()) {
                    continue;
                }
                String label = cells.get(0);
                List<Metric> rowMetrics = metrics.stream().filter(m -> "proactive".equals(m.section) && m.tableRow != null
                        && Catalogue.belongsTo(m, edition) && LabelMatcher.same(label, m.tableRow)).toList();
                if (rowMetrics.isEmpty()) {
                    if (cells.size() > 1 && cells.subList(1, cells.size()).stream().allMatch(StandardTables::valueOrBlank)
                            && !LabelMatcher.normalize(label).startsWith("第二十条")) {
                        unmatched.add("二: " + label);
                        unmapped.add(new Unmapped(label, null, null, cell("二", label, null, null), "row label not recognised in section 二"));
                    }
                    continue;
                }
                Set<String> done = new java.util.HashSet<>();
                for (int i = 1; i < header.size() && i < cells.size(); i++) {
                    String column = header.get(i);
                    if (!done.add(LabelMatcher.normalize(column))) {
                        continue; // a colspan value cell repeated under a repeated header
                    }
                    Optional<Metric> metric = rowMetrics.stream().filter(m -> LabelMatcher.same(column, m.tableColumn)).findFirst();
                    if (metric.isEmpty()) {
                        if (!cells.get(i).isBlank()) {
                            unmatched.add("二: " + label + " / " + column);
                            unmapped.add(new Unmapped(cells.get(i), null, null, cell("二", label, column, cells.get(i)),
                                    "column label not recognised in section 二 (" + edition.code() + " edition)"));
                        }
                        continue;
                    }
                    record(metric.get().code, "二", label, column, cells.get(i), metric.get().unit, Confidence.HIGH);
                }
            }
        }

        // ---------------------------------------------------------------- section 四

        void appeals(Table table) {
            boolean header = false;
            for (Row row : table.rows()) {
                String joined = LabelMatcher.normalize(String.join("", row.cells()));
                if (joined.contains("行政复议") && joined.contains("行政诉讼")) {
                    header = true;
                    continue;
                }
                if (!header) {
                    continue;
                }
                List<String> cells = row.cells();
                if (cells.size() >= 15 && cells.subList(cells.size() - 15, cells.size()).stream().allMatch(StandardTables::valueOrBlank)
                        && cells.subList(cells.size() - 15, cells.size()).stream().anyMatch(c -> !NumberReader.isBlank(c))) {
                    List<String> values = cells.subList(cells.size() - 15, cells.size());
                    for (int i = 0; i < 15; i++) {
                        String rowLabel = APPEAL_ROWS.get(i / 5);
                        String column = APPEAL_COLUMNS.get(i % 5);
                        record(metricFor(rowLabel, column), "四", rowLabel, column, values.get(i), "件", Confidence.HIGH);
                    }
                    header = false;
                }
            }
        }

        // ---------------------------------------------------------------- cells

        private void record(String metric, String section, String row, String column, String text, String metricUnit, Confidence confidence) {
            Provenance provenance = cell(section, row, column, text);
            if (metric == null) {
                unmapped.add(new Unmapped(text, null, null, provenance, "no metric for this cell in the " + edition.code() + " edition"));
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
                        "blank cell: not reported, and not 0"));
                return;
            }
            BigDecimal value = r.value();
            String note = null;
            Confidence c = confidence;
            if (r.unit() != null && !r.unit().equals(metricUnit)) {
                Optional<BigDecimal> converted = Units.convert(value, r.unit(), metricUnit);
                if (converted.isEmpty()) {
                    unmapped.add(new Unmapped(text, value, r.unit(), provenance, "unit " + r.unit() + " cannot be converted to " + metricUnit));
                    return;
                }
                note = "written in " + r.unit() + ", converted to " + metricUnit;
                value = converted.get();
            } else if (r.unit() == null && "元".equals(metricUnit)) {
                note = "no unit written; read as 元";
                c = Confidence.LOW;
            }
            figures.add(new Extracted(metric, "", null, org.disclosurestats.domain.Decimals.canonical(value), r.qualifier(),
                    ObservationStatus.REPORTED, provenance, c, note));
        }

        private Provenance cell(String section, String row, String column, String text) {
            return new Provenance(SourceKind.TABLE_CELL, text, null, null, text, section, row, column);
        }

        private String metricFor(String tableRow, String tableColumn) {
            return metrics.stream().filter(m -> tableRow.equals(m.tableRow) && tableColumn.equals(m.tableColumn) && Catalogue.belongsTo(m, edition))
                    .map(m -> m.code).findFirst().orElse(null);
        }

        private Optional<String> requestRow(RowKey key) {
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (Metric m : metrics) {
                if ("requests".equals(m.section) && m.tableRow != null && Catalogue.belongsTo(m, edition)) {
                    int space = m.tableRow.indexOf(' ');
                    rows.putIfAbsent(m.tableRow, space < 0 ? new String[] {m.tableRow, null}
                            : new String[] {m.tableRow.substring(0, space), m.tableRow.substring(space + 1)});
                }
            }
            for (var e : rows.entrySet()) {
                String group = e.getValue()[0];
                String item = e.getValue()[1];
                if (key.item == null && item == null) {
                    if (key.group != null && group.startsWith(key.group) && key.itemless) {
                        return Optional.of(e.getKey());
                    }
                    if (key.top != null && LabelMatcher.startsWith(key.top, group)) {
                        return Optional.of(e.getKey());
                    }
                } else if (key.item != null && item != null && key.group != null && group.startsWith(key.group)
                        && (LabelMatcher.same(key.item, item) || LabelMatcher.startsWith(key.item, item))) {
                    return Optional.of(e.getKey());
                }
            }
            if (key.item != null && key.group != null) { // wording drift: the item's number within its group
                for (var e : rows.entrySet()) {
                    String item = e.getValue()[1];
                    if (item != null && e.getValue()[0].startsWith(key.group) && item.startsWith(key.itemNumber + ".")) {
                        key.confidence = Confidence.LOW;
                        return Optional.of(e.getKey());
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** A row label of section 三 taken apart: top-level row (一、二、四、), group （一）…（七）, item 1. 2. …. */
    static final class RowKey {
        String top;
        String group;
        boolean itemless;
        String item;
        String itemNumber;
        Confidence confidence = Confidence.HIGH;
    }

    static RowKey rowKey(String label, String currentGroup) {
        // item numbers anywhere in the joined label: "1、" and "1．" as "1." (the label cells were joined)
        String n = LabelMatcher.normalize(label).replaceAll("([0-9]{1,2})[、．,](?=[^0-9])", "$1.");
        RowKey key = new RowKey();
        Matcher item = ITEM.matcher(n);
        String head = n;
        if (item.find()) {
            key.itemNumber = item.group(1);
            key.item = item.group(1) + "." + item.group(2);
            head = n.substring(0, item.start());
        }
        Matcher group = GROUP.matcher(head);
        String lastGroup = null;
        while (group.find()) {
            lastGroup = "（" + group.group(1) + "）";
        }
        if (lastGroup != null) {
            key.group = lastGroup;
            key.itemless = key.item == null;
        } else if (key.item != null) {
            key.group = currentGroup;
        }
        Matcher top = TOP.matcher(head);
        if (lastGroup == null && key.item == null && top.find()) {
            key.top = n;
        }
        return key;
    }

    /** The row's label: the distinct texts of its label cells (a rowspan group label, then the item). */
    private static String label(Row row, int labelEnd) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labelEnd && i < row.size(); i++) {
            String c = row.cell(i).strip();
            if (!c.isEmpty() && !parts.contains(c)) {
                parts.add(c);
            }
        }
        return String.join(" ", parts);
    }

    /** How many cells at the end of the row are values or blanks. */
    private static int trailingValues(Row row) {
        int n = 0;
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!valueOrBlank(row.cell(i))) {
                break;
            }
            n++;
        }
        return n;
    }
}
