package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.TableIdentities;

/**
 * When a row of section 三 can be placed by its position rather than its label. Page text taken from a PDF may keep
 * the values of a row apart from its label (labels run together above one row of values, values with no label at
 * all). Such a row is never given to the nearest label. The 2019 and 2021 formats fix which rows section 三 has and
 * in which order, so a row can still be placed when nothing is left to chance: the table holds exactly as many rows
 * of values as its format has rows, every row named by its own label stands at that row's position, and the
 * identities I1–I3 that held on the rows named by their labels still hold with the placed rows added.
 */
final class RequestRowOrder {

    private RequestRowOrder() {
    }

    private static final Pattern ITEM = Pattern.compile("(?<![0-9])[0-9]{1,2}[.．、](?![0-9])");
    private static final Pattern GROUP = Pattern.compile("[（(][一二三四五六七八九十]{1,2}[）)]");
    private static final Pattern PART = Pattern.compile("(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}、");

    /**
     * Whether a label holds the labels of several rows (5.属于三类内部事务信息 1.本机关不掌握相关政府信息, or （一）予以公开
     * （二）部分公开): two numberings of the same level. Which of them the values belong to cannot be told.
     */
    static boolean namesSeveralRows(String label) {
        String n = LabelMatcher.normalize(label);
        return count(ITEM, n) >= 2 || count(GROUP, n) >= 2 || count(PART, n) >= 2;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The rows of section 三 in the edition's format, in their order (the catalogue's order). */
    static List<String> formatRows(List<Metric> metrics, Edition edition) {
        return metrics.stream().filter(m -> "requests".equals(m.section) && m.tableRow != null && m.belongsTo(edition))
                .sorted(Comparator.comparingInt(m -> m.sortOrder)).map(m -> m.tableRow).distinct().toList();
    }

    /**
     * The format row at each position, when the rows of values fit the format exactly: as many rows as the format has,
     * and each row named by its label (non-null in {@code named}) at its own position. Null when they do not fit.
     */
    static List<String> positions(List<String> formatRows, List<String> named) {
        if (named.size() != formatRows.size()) {
            return null;
        }
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) != null && !named.get(i).equals(formatRows.get(i))) {
                return null;
            }
        }
        return formatRows;
    }

    /**
     * Why a placement cannot stand, or null when it can (cells: metric code → value, null for a blank cell): it must
     * break no identity that did not fail on the cells read by their labels, and make at least one more identity
     * checkable that holds and adds rows up (I1, I2, or I2 as a bound when a row could not be read; I3 holds on a row
     * wherever it is placed): a placement nothing confirms is not made.
     */
    static String refused(Edition edition, List<Metric> metrics, Map<String, BigDecimal> byLabel, Map<String, BigDecimal> withPlaced) {
        List<Metric> ordered = metrics.stream().sorted(Comparator.comparingInt(m -> m.sortOrder)).toList();
        List<TableIdentities.Result> before = checks(edition, byLabel, ordered);
        List<TableIdentities.Result> after = checks(edition, withPlaced, ordered);
        Set<String> failedBefore = new HashSet<>(named(before, TableIdentities.Status.VIOLATED));
        List<String> broken = named(after, TableIdentities.Status.VIOLATED).stream().filter(v -> !failedBefore.contains(v)).toList();
        if (!broken.isEmpty()) {
            return "placed by position they would break " + String.join(", ", broken);
        }
        if (confirming(after) <= confirming(before)) {
            return "placed by position they would make no identity checkable that confirms them";
        }
        return null;
    }

    private static List<TableIdentities.Result> checks(Edition edition, Map<String, BigDecimal> cells, List<Metric> ordered) {
        List<TableIdentities.Result> all = new java.util.ArrayList<>(TableIdentities.check(edition, cells, ordered));
        all.addAll(TableIdentities.handlingBound(edition, cells, ordered));
        return all;
    }

    /** Identities held that add rows up (I1, I2, I2≤): a row of values lost, doubled or belonging elsewhere breaks them. */
    private static long confirming(List<TableIdentities.Result> results) {
        return results.stream().filter(r -> r.status() == TableIdentities.Status.HELD && POSITIONAL.contains(r.identity())).count();
    }

    private static final Set<String> POSITIONAL = Set.of("I1", "I2", "I2≤");

    private static List<String> named(List<TableIdentities.Result> results, TableIdentities.Status status) {
        return results.stream().filter(r -> r.status() == status)
                .map(r -> r.identity() + (r.row() == null ? "" : " " + r.row()) + (r.column() == null ? "" : " " + r.column())).toList();
    }
}
