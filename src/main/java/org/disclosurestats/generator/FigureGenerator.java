package org.disclosurestats.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.disclosurestats.generator.ObservationWriter.Cell;
import org.disclosurestats.generator.ReferenceData.Metric;
import org.disclosurestats.generator.ReportPlanner.PlannedReport;

/**
 * The figures of one report, by edition.
 *
 * <p>Legacy reports state a few dozen figures of the old statistics table and of the prose. 2019 and 2021
 * reports fill their standard tables (sections 二, 三 and 四), with the arithmetic of the formats holding
 * (docs: report-formats §5): I1 new + carried over = total handled + carried forward, I2 total handled =
 * sum of the outcome rows, I3 the 总计 column = sum of the six applicant columns, I4 each section-四 group's
 * 总计 = 维持 + 纠正 + 其他 + 尚未审结. Some reports leave cells blank, as real ones do; a blank is no value,
 * so the identities hold on the cells a report does fill.
 */
final class FigureGenerator {

    static final String[] APPLICANTS = {"natural_person", "commercial", "research", "public_interest", "legal_services", "other_org"};
    private static final double[] APPLICANT_MEANS = {30, 4, 0.3, 0.15, 1.2, 1.0};

    /** Outcome rows of section 三 common to both formats, with their typical share of the requests handled. */
    private static final String[] OUTCOMES = {
            "granted", "partly_granted",
            "denied.state_secret", "denied.prohibited_by_law", "denied.three_safeties", "denied.third_party",
            "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.administrative_query",
            "unavailable.not_held", "unavailable.needs_creation", "unavailable.still_unclear",
            "not_processed.petition", "not_processed.repeated", "not_processed.publication",
            "not_processed.mass_repeated", "not_processed.reconfirmation"};
    private static final double[] OUTCOME_WEIGHTS = {40, 7, 0.3, 0.5, 0.3, 1.5, 1, 1.5, 0.8, 1, 20, 4, 2, 3, 2, 0.5, 1, 0.5};
    private static final String[] OTHER_PROCESSING_2019 = {"other_processing"};
    private static final double[] OTHER_PROCESSING_2019_WEIGHTS = {5};
    private static final String[] OTHER_PROCESSING_2021 = {"other_processing.no_correction", "other_processing.unpaid_fee", "other_processing.other"};
    private static final double[] OTHER_PROCESSING_2021_WEIGHTS = {2, 0.2, 3};

    private static final String[] APPEAL_GROUPS = {"review", "suit_direct", "suit_after_review"};
    private static final String[] APPEAL_RESULTS = {"upheld", "corrected", "other", "pending"};
    private static final double[] APPEAL_GROUP_RATES = {0.03, 0.02, 0.01};
    private static final double[] APPEAL_RESULT_SHARES = {0.6, 0.1, 0.15, 0.15};

    /** Categories a report's prose breaks proactive disclosure into (the observation's breakdown). */
    private static final String[] CATEGORIES = {"机构职能", "政策法规", "规划计划", "财政资金", "人事信息", "重点领域信息", "工作动态"};

    /** How a report treats the cells it has nothing for. */
    private enum BlankStyle { COMPLETE, ZEROS_BLANK, LEGAL_PERSONS_BLANK, TOTALS_BLANK }

    /** The cells of section 三 and 四 of one edition, laid out as the table is. */
    private static final class Table {
        final Cell[][] requests;       // [row][column]: new, carried over, outcomes..., total, carried forward; 6 applicants + 总计
        final double[] outcomeWeights; // for rows 2 .. rows-3
        final Cell[][] appeals;        // [group][upheld, corrected, other, pending, total]
        final List<Cell> proactive;    // section 二

        Table(Cell[][] requests, double[] outcomeWeights, Cell[][] appeals, List<Cell> proactive) {
            this.requests = requests;
            this.outcomeWeights = outcomeWeights;
            this.appeals = appeals;
            this.proactive = proactive;
        }
    }

    private final Table table2019;
    private final Table table2021;
    private final Map<String, List<Cell>> prose = new HashMap<>();
    private final Map<String, Cell[]> categories = new HashMap<>();

    FigureGenerator(ReferenceData reference) {
        table2019 = table(reference, "2019", OTHER_PROCESSING_2019, OTHER_PROCESSING_2019_WEIGHTS);
        table2021 = table(reference, "2021", OTHER_PROCESSING_2021, OTHER_PROCESSING_2021_WEIGHTS);
        for (String edition : List.of("legacy", "2019", "2021")) {
            List<Cell> cells = new ArrayList<>();
            for (Metric m : reference.metrics.values()) {
                // Cells belong to the tables; ratios with a formula are computed from their parts, never stated.
                if (m.in(edition) && !m.isTableCell() && m.formula() == null) {
                    cells.add(new Cell(m, "", null));
                    if (isByCategory(m)) {
                        Cell[] byCategory = new Cell[CATEGORIES.length];
                        for (int i = 0; i < CATEGORIES.length; i++) {
                            byCategory[i] = new Cell(m, CATEGORIES[i], null);
                        }
                        categories.put(m.code(), byCategory);
                    }
                }
            }
            prose.put(edition, cells);
        }
    }

    private static Table table(ReferenceData reference, String edition, String[] otherProcessing, double[] otherWeights) {
        List<String> rows = new ArrayList<>(List.of("new", "carried_over"));
        rows.addAll(List.of(OUTCOMES));
        rows.addAll(List.of(otherProcessing));
        rows.addAll(List.of("total", "carried_forward"));
        Cell[][] requests = new Cell[rows.size()][APPLICANTS.length + 1];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c <= APPLICANTS.length; c++) {
                String column = c < APPLICANTS.length ? APPLICANTS[c] : "total";
                requests[r][c] = tableCell(reference, "req." + rows.get(r) + "." + column, edition, "三");
            }
        }
        double[] weights = new double[OUTCOMES.length + otherProcessing.length];
        System.arraycopy(OUTCOME_WEIGHTS, 0, weights, 0, OUTCOMES.length);
        System.arraycopy(otherWeights, 0, weights, OUTCOMES.length, otherWeights.length);

        Cell[][] appeals = new Cell[APPEAL_GROUPS.length][APPEAL_RESULTS.length + 1];
        for (int g = 0; g < APPEAL_GROUPS.length; g++) {
            for (int k = 0; k <= APPEAL_RESULTS.length; k++) {
                String result = k < APPEAL_RESULTS.length ? APPEAL_RESULTS[k] : "total";
                appeals[g][k] = tableCell(reference, "appeal." + APPEAL_GROUPS[g] + "." + result, edition, "四");
            }
        }
        List<Cell> proactive = new ArrayList<>();
        for (Metric m : reference.metrics.values()) {
            if (m.in(edition) && m.isTableCell() && m.code().startsWith("pro.")) {
                proactive.add(new Cell(m, "", "二"));
            }
        }
        return new Table(requests, weights, appeals, proactive);
    }

    private static Cell tableCell(ReferenceData reference, String code, String edition, String section) {
        Metric metric = reference.metric(code);
        if (!metric.in(edition)) {
            throw new IllegalStateException("metric " + code + " is not a cell of the " + edition + " table");
        }
        return new Cell(metric, "", section);
    }

    void generate(PlannedReport report, ObservationWriter out) {
        SplittableRandom random = new SplittableRandom(report.contentSeed());
        switch (report.edition()) {
            case "legacy" -> prose(report, random, out, "legacy");
            case "2019" -> tables(report, random, out, table2019);
            case "2021" -> tables(report, random, out, table2021);
            default -> throw new IllegalStateException("unknown edition " + report.edition());
        }
    }

    private void tables(PlannedReport report, SplittableRandom random, ObservationWriter out, Table table) {
        double draw = random.nextDouble();
        BlankStyle style = draw < 0.75 ? BlankStyle.COMPLETE
                : draw < 0.93 ? BlankStyle.ZEROS_BLANK
                : draw < 0.97 ? BlankStyle.LEGAL_PERSONS_BLANK
                : BlankStyle.TOTALS_BLANK;
        double size = report.size();
        // Only provincial governments and those of prefecture-level cities may make 规章 (rules).
        boolean makesRules = report.issuerKind().equals("government") && report.divisionCode().endsWith("00");

        for (Cell cell : table.proactive) {
            long value = TypicalValues.proactiveValue(cell.metric, size, makesRules, random);
            if (value == 0 && (style == BlankStyle.ZEROS_BLANK || !makesRules && cell.metric.code().startsWith("pro.rules.") && random.nextDouble() < 0.5)) {
                out.blank(cell);
            } else if (cell.metric.integral()) {
                out.reported(cell, value);
            } else {
                out.reported(cell, value, 2, false);
            }
        }

        long[][] requests = requests(table, size, random);
        int rows = requests.length;
        for (int r = 0; r < rows; r++) {
            boolean outcomeRow = r >= 2 && r < rows - 2;
            for (int c = 0; c <= APPLICANTS.length; c++) {
                long value = requests[r][c];
                boolean blank = switch (style) {
                    case COMPLETE -> false;
                    case ZEROS_BLANK -> value == 0 && random.nextDouble() < 0.7;
                    case LEGAL_PERSONS_BLANK -> c >= 1 && c < APPLICANTS.length;
                    case TOTALS_BLANK -> outcomeRow && c == APPLICANTS.length;
                };
                if (blank) {
                    out.blank(table.requests[r][c]);
                } else {
                    out.reported(table.requests[r][c], value);
                }
            }
        }

        long handled = requests[rows - 2][APPLICANTS.length];
        for (int g = 0; g < APPEAL_GROUPS.length; g++) {
            long total = 0;
            for (int k = 0; k <= APPEAL_RESULTS.length; k++) {
                long value;
                if (k < APPEAL_RESULTS.length) {
                    value = TypicalValues.count(handled * APPEAL_GROUP_RATES[g] * APPEAL_RESULT_SHARES[k], random);
                    total += value;
                } else {
                    value = total;
                }
                if (value == 0 && style == BlankStyle.ZEROS_BLANK && random.nextDouble() < 0.7) {
                    out.blank(table.appeals[g][k]);
                } else {
                    out.reported(table.appeals[g][k], value);
                }
            }
        }
        prose(report, random, out, report.edition());
    }

    /**
     * Section 三 as numbers: per applicant column, new and carried-over requests are handled (spread over
     * the outcome rows) or carried forward, which gives I1 and I2; the 总计 column is the row sum (I3).
     */
    private static long[][] requests(Table table, double size, SplittableRandom random) {
        int rows = table.requests.length;
        int outcomes = table.outcomeWeights.length;
        long[][] values = new long[rows][APPLICANTS.length + 1];
        double[] weights = new double[outcomes];
        for (int c = 0; c < APPLICANTS.length; c++) {
            long received = TypicalValues.count(APPLICANT_MEANS[c] * size, random);
            long carriedOver = TypicalValues.count(0.06 * received + 0.1, random);
            long open = received + carriedOver;
            long carriedForward = Math.min(open, TypicalValues.count(0.05 * open, random));
            long handled = open - carriedForward;
            values[0][c] = received;
            values[1][c] = carriedOver;
            values[rows - 2][c] = handled;
            values[rows - 1][c] = carriedForward;

            double sum = 0;
            for (int o = 0; o < outcomes; o++) {
                weights[o] = table.outcomeWeights[o] * Math.exp(0.5 * random.nextGaussian());
                sum += weights[o];
            }
            // Every outcome but the first draws its share; the first (予以公开) takes what is left, so the
            // rows add up to the handled total exactly.
            long left = handled;
            for (int o = 1; o < outcomes; o++) {
                long share = Math.min(left, TypicalValues.round(handled * weights[o] / sum, random));
                values[2 + o][c] = share;
                left -= share;
            }
            values[2][c] = left;
        }
        for (long[] row : values) {
            long total = 0;
            for (int c = 0; c < APPLICANTS.length; c++) {
                total += row[c];
            }
            row[APPLICANTS.length] = total;
        }
        return values;
    }

    /** Figures stated in prose: each metric of the edition with a chance that depends on its kind. */
    private void prose(PlannedReport report, SplittableRandom random, ObservationWriter out, String edition) {
        boolean legacy = edition.equals("legacy");
        for (Cell cell : prose.get(edition)) {
            Metric m = cell.metric;
            String code = m.code();
            if (legacy && report.year() > 2013 && (code.equals("lreq.received.email") || code.equals("lreq.received.other"))) {
                continue; // these columns left the statistics table after 2013
            }
            if (random.nextDouble() >= TypicalValues.chance(code, legacy)) {
                continue;
            }
            Cell[] byCategory = categories.get(code);
            if (byCategory != null) {
                int count = 2 + random.nextInt(3);
                int first = random.nextInt(byCategory.length);
                for (int i = 0; i < count; i++) {
                    TypicalValues.figure(byCategory[(first + i) % byCategory.length], report.size(), random, out);
                }
            } else {
                TypicalValues.figure(cell, report.size(), random, out);
            }
        }
    }

    private static boolean isByCategory(Metric m) {
        return m.code().equals("pro.category_items") || m.code().equals("pro.category_share");
    }
}
