package org.disclosurestats.service;

import org.disclosurestats.domain.TableIdentities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.TableIdentities.Status;

/**
 * Which rows of a draft's tables its failed identities point at, so that a reviewer looks there first: a row
 * whose applicant columns do not add up to its 总计 (I3) or whose outcomes do not add up (I4) is suspect itself;
 * a column whose rows do not add up (I1, I2) is suspect as a whole when no row of it fails on its own.
 */
public final class SuspectRows {

    private SuspectRows() {
    }

    /** A row (or, with row null, a column) of a table that a failed identity implicates, with the identities. */
    public record Suspect(String section, String row, String column, List<String> identities, String reason) {
    }

    public static List<Suspect> of(List<TableIdentities.Result> results, List<Metric> metrics) {
        Map<String, Metric> byCode = new LinkedHashMap<>();
        metrics.forEach(m -> byCode.put(m.code, m));
        Map<String, Suspect> suspects = new LinkedHashMap<>();
        List<String> failedColumns = new ArrayList<>();
        for (TableIdentities.Result r : results) {
            if (r.status() != Status.VIOLATED) {
                continue;
            }
            Metric total = byCode.get(r.totalCell());
            String difference = "parts add up to " + r.expected().toPlainString() + ", the total says " + r.actual().toPlainString();
            switch (r.identity()) {
                case "I3" -> add(suspects, "三", total == null ? r.row() : total.tableRow, null, "I3",
                        "its applicant columns do not add up to its 总计: " + difference);
                case "I4" -> add(suspects, "四", total == null ? r.row() : total.tableRow, null, "I4",
                        "its outcomes do not add up to its 总计: " + difference);
                default -> {
                    String column = total == null ? r.column() : total.tableColumn;
                    failedColumns.add(column);
                    add(suspects, "三", null, column, r.identity(), "the rows of this column do not add up (" + r.identity() + "): " + difference);
                }
            }
        }
        // a column fails because of a row that fails on its own: name the row, not the column
        boolean rowsFail = suspects.values().stream().anyMatch(s -> s.row() != null && "三".equals(s.section()));
        List<Suspect> out = new ArrayList<>();
        for (Suspect s : suspects.values()) {
            if (s.row() == null && rowsFail) {
                continue;
            }
            out.add(s);
        }
        if (rowsFail) {
            for (int i = 0; i < out.size(); i++) {
                Suspect s = out.get(i);
                if (s.row() != null && "三".equals(s.section()) && !failedColumns.isEmpty()) {
                    List<String> ids = new ArrayList<>(s.identities());
                    results.stream().filter(r -> r.status() == Status.VIOLATED && (r.identity().equals("I1") || r.identity().equals("I2")))
                            .map(TableIdentities.Result::identity).distinct().filter(id -> !ids.contains(id)).forEach(ids::add);
                    out.set(i, new Suspect(s.section(), s.row(), s.column(), ids, s.reason() + "; columns fail too: "
                            + String.join(", ", failedColumns.stream().filter(Objects::nonNull).distinct().toList())));
                }
            }
        }
        return out;
    }

    private static void add(Map<String, Suspect> suspects, String section, String row, String column, String identity, String reason) {
        String key = section + "|" + row + "|" + column;
        Suspect s = suspects.get(key);
        if (s == null) {
            suspects.put(key, new Suspect(section, row, column, new ArrayList<>(List.of(identity)), reason));
        } else if (!s.identities().contains(identity)) {
            s.identities().add(identity);
        }
    }
}
