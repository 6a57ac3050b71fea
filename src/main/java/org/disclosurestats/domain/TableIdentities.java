package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic identities of the standard tables (report-formats.md §5), checked on a report's
 * own table cells:
 * <ul>
 * <li>I1, per column of section 三: 一 + 二 = （七）总计 + 四;</li>
 * <li>I2, per column: the handling rows （一）…（六） add up to （七）总计;</li>
 * <li>I3, per row: the six applicant columns add up to 总计;</li>
 * <li>I4, per outcome row of section 四: 维持 + 纠正 + 其他 + 尚未审结 = 总计.</li>
 * </ul>
 * A blank cell is not 0: an identity that needs a blank or unreported cell is not checkable. The
 * rows and columns come from the metric catalogue (codes req.&lt;row&gt;.&lt;column&gt; and
 * appeal.&lt;row&gt;.&lt;outcome&gt;), so the 2019 format's single （六） row and the 2021 format's
 * three are both handled without listing them here.
 */
public final class TableIdentities {

    private TableIdentities() {
    }

    public static final List<String> APPLICANT_COLUMNS = List.of("natural_person", "commercial", "research", "public_interest",
            "legal_services", "other_org");
    public static final String TOTAL = "total";
    /** Section 三 rows that are not handling outcomes: they bracket the handling rows in I1. */
    private static final Set<String> NON_HANDLING_ROWS = Set.of("new", "carried_over", "total", "carried_forward");

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IdentityStatus")
    public enum Status {
        HELD("held"), VIOLATED("violated"), NOT_CHECKABLE("not_checkable");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /**
     * One identity checked on one row or column. {@code expected} is the sum of the parts,
     * {@code actual} the stated total (I1: expected 一 + 二, actual （七）总计 + 四). {@code missing}
     * names the cells that are blank or unreported when the identity is not checkable.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IdentityResult", description = "One table identity checked on one row or column of a draft.")
    public record Result(String identity, String row, String column, Status status, BigDecimal expected, BigDecimal actual,
                         List<String> missing, String totalCell) {
    }

    /** True when the edition has the standard tables (2019 and 2021); legacy reports have none. */
    public static boolean applies(Edition edition) {
        return edition == Edition.F2019 || edition == Edition.F2021;
    }

    /**
     * Checks every identity on the given cells (metric code → value, where a present key with a null value is a blank
     * cell and an absent key a cell the report does not state) against a given catalogue ({@code metrics}: the metrics of the edition, in catalogue order).
     */
    public static List<Result> check(Edition edition, Map<String, BigDecimal> cells, List<Metric> metrics) {
        if (!applies(edition)) {
            return List.of();
        }
        List<Metric> ofEdition = metrics.stream().filter(m -> m.belongsTo(edition)).toList();
        List<String> requestRows = rows(ofEdition, "req.");
        List<String> handlingRows = requestRows.stream().filter(r -> !NON_HANDLING_ROWS.contains(r)).toList();
        List<String> columns = new ArrayList<>(APPLICANT_COLUMNS);
        columns.add(TOTAL);
        List<Result> results = new ArrayList<>();
        for (String c : columns) {
            results.add(compare("I1", null, c, cells, List.of(req("new", c), req("carried_over", c)),
                    List.of(req("total", c), req("carried_forward", c))));
        }
        for (String c : columns) {
            results.add(compare("I2", null, c, cells, handlingRows.stream().map(r -> req(r, c)).toList(), List.of(req("total", c))));
        }
        for (String r : requestRows) {
            results.add(compare("I3", r, TOTAL, cells, APPLICANT_COLUMNS.stream().map(c -> req(r, c)).toList(), List.of(req(r, TOTAL))));
        }
        for (String r : rows(ofEdition, "appeal.")) {
            List<String> outcomes = columnsOf(ofEdition, "appeal." + r + ".").stream().filter(o -> !o.equals(TOTAL))
                    .map(o -> "appeal." + r + "." + o).toList();
            results.add(compare("I4", r, TOTAL, cells, outcomes, List.of("appeal." + r + "." + TOTAL)));
        }
        return results;
    }

    /**
     * I2 as far as it can be checked while handling cells are missing (a row a reader could not take apart): counts
     * are never negative, so the handling cells present cannot add up to more than （七）总计. Per column: held when they
     * add up to exactly （七）, violated when to more, not checkable when to less or when （七） is not stated. Named
     * "I2≤" to tell it from I2.
     */
    public static List<Result> handlingBound(Edition edition, Map<String, BigDecimal> cells, List<Metric> metrics) {
        if (!applies(edition)) {
            return List.of();
        }
        List<Metric> ofEdition = metrics.stream().filter(m -> m.belongsTo(edition)).toList();
        List<String> handlingRows = rows(ofEdition, "req.").stream().filter(r -> !NON_HANDLING_ROWS.contains(r)).toList();
        List<String> columns = new ArrayList<>(APPLICANT_COLUMNS);
        columns.add(TOTAL);
        List<Result> results = new ArrayList<>();
        for (String c : columns) {
            BigDecimal total = cells.get(req("total", c));
            List<String> present = handlingRows.stream().map(r -> req(r, c)).filter(code -> cells.get(code) != null).toList();
            BigDecimal sum = present.stream().map(cells::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            int order = total == null ? -1 : sum.compareTo(total);
            Status status = total == null || order < 0 ? Status.NOT_CHECKABLE : order == 0 ? Status.HELD : Status.VIOLATED;
            results.add(new Result("I2≤", null, c, status, sum, total, null, req("total", c)));
        }
        return results;
    }

    private static Result compare(String identity, String row, String column, Map<String, BigDecimal> cells,
                                  List<String> parts, List<String> totals) {
        List<String> missing = new ArrayList<>();
        BigDecimal expected = sum(parts, cells, missing);
        BigDecimal actual = sum(totals, cells, missing);
        String totalCell = totals.get(0);
        if (!missing.isEmpty()) {
            return new Result(identity, row, column, Status.NOT_CHECKABLE, null, null, missing, totalCell);
        }
        Status status = expected.compareTo(actual) == 0 ? Status.HELD : Status.VIOLATED;
        return new Result(identity, row, column, status, expected, actual, null, totalCell);
    }

    /** The sum of the cells, noting each that is blank or absent (they are never taken as 0). */
    private static BigDecimal sum(List<String> codes, Map<String, BigDecimal> cells, List<String> missing) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal value = cells.get(code);
            if (value == null) {
                missing.add(code);
            } else {
                sum = sum.add(value);
            }
        }
        return sum;
    }

    private static String req(String row, String column) {
        return "req." + row + "." + column;
    }

    /** The rows of a table in catalogue order: the code between the prefix and the column, of each total cell. */
    private static List<String> rows(List<Metric> ofEdition, String prefix) {
        Set<String> rows = new LinkedHashSet<>();
        for (Metric m : tableCells(ofEdition, prefix)) {
            if (m.code.endsWith("." + TOTAL)) {
                rows.add(m.code.substring(prefix.length(), m.code.length() - TOTAL.length() - 1));
            }
        }
        return List.copyOf(rows);
    }

    private static List<String> columnsOf(List<Metric> ofEdition, String rowPrefix) {
        return tableCells(ofEdition, rowPrefix).stream().map(m -> m.code.substring(rowPrefix.length()))
                .filter(c -> !c.contains(".")).toList();
    }

    private static List<Metric> tableCells(List<Metric> ofEdition, String prefix) {
        return ofEdition.stream().filter(m -> m.tableRow != null && m.code.startsWith(prefix)).toList();
    }
}
