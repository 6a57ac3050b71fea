package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;

/**
 * The arithmetic identities of the standard tables (report-formats.md §5), checked on a draft:
 * I1 一 + 二 = 三（七）总计 + 四 per column of section 三; I2 （七）总计 = the sum of every outcome row per column;
 * I3 总计 = the six applicant columns per row; I4 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计 for 行政复议 and both
 * kinds of 行政诉讼. An identity is only applied when every cell it needs is reported: a blank cell is not 0.
 */
public final class IdentityChecks {

    private IdentityChecks() {
    }

    /** One identity applied to one column or row: holds, is violated, or could not be checked (skipped). */
    public record Check(String identity, String over, String outcome, BigDecimal left, BigDecimal right, String detail) {
    }

    static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org", "total");
    private static final List<String> OUTCOMES_2019 = List.of("granted", "partly_granted",
            "denied.state_secret", "denied.prohibited_by_law", "denied.three_safeties", "denied.third_party", "denied.internal_affairs",
            "denied.process_info", "denied.enforcement_file", "denied.administrative_query",
            "unavailable.not_held", "unavailable.needs_creation", "unavailable.still_unclear",
            "not_processed.petition", "not_processed.repeated", "not_processed.publication", "not_processed.mass_repeated", "not_processed.reconfirmation");
    private static final List<String> ROWS = List.of("new", "carried_over", "total", "carried_forward");

    /** The checks for a table edition; none for legacy prose. Values by metric code (null: blank or absent). */
    public static List<Check> check(Edition edition, Map<String, BigDecimal> values) {
        List<Check> checks = new ArrayList<>();
        if (edition == null || edition == Edition.LEGACY) {
            return checks;
        }
        List<String> outcomes = new ArrayList<>(OUTCOMES_2019);
        if (edition == Edition.F2019) {
            outcomes.add("other_processing");
        } else {
            outcomes.addAll(List.of("other_processing.no_correction", "other_processing.unpaid_fee", "other_processing.other"));
        }
        for (String c : COLUMNS) {
            identity(checks, "I1", "column " + c, values, List.of("req.new." + c, "req.carried_over." + c), List.of("req.total." + c, "req.carried_forward." + c));
        }
        for (String c : COLUMNS) {
            identity(checks, "I2", "column " + c, values, List.of("req.total." + c), outcomes.stream().map(o -> "req." + o + "." + c).toList());
        }
        List<String> rows = new ArrayList<>(ROWS);
        rows.addAll(outcomes);
        for (String r : rows) {
            identity(checks, "I3", "row " + r, values, List.of("req." + r + ".total"),
                    COLUMNS.subList(0, 6).stream().map(c -> "req." + r + "." + c).toList());
        }
        for (String a : List.of("review", "suit_direct", "suit_after_review")) {
            identity(checks, "I4", "appeal." + a, values, List.of("appeal." + a + ".total"),
                    List.of("appeal." + a + ".upheld", "appeal." + a + ".corrected", "appeal." + a + ".other", "appeal." + a + ".pending"));
        }
        return checks;
    }

    private static void identity(List<Check> checks, String name, String over, Map<String, BigDecimal> values, List<String> left, List<String> right) {
        List<String> missing = new ArrayList<>();
        BigDecimal l = sum(values, left, missing);
        BigDecimal r = sum(values, right, missing);
        if (!missing.isEmpty()) {
            checks.add(new Check(name, over, "skipped", null, null, "not reported: " + String.join(", ", missing)));
            return;
        }
        boolean holds = l.compareTo(r) == 0;
        checks.add(new Check(name, over, holds ? "holds" : "violated", l, r,
                String.join(" + ", left) + " = " + l.toPlainString() + (holds ? " = " : " ≠ ") + r.toPlainString() + " = " + String.join(" + ", right)));
    }

    private static BigDecimal sum(Map<String, BigDecimal> values, List<String> codes, List<String> missing) {
        BigDecimal total = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal v = values.get(code);
            if (v == null) {
                missing.add(code);
            } else {
                total = total.add(v);
            }
        }
        return total;
    }
}
