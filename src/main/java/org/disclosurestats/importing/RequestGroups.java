package org.disclosurestats.importing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.importing.TableReader.Row;

/**
 * The groups of section 三 by their own words (本年新收…, 予以公开, 不予公开, 无法提供, 总计…) and what they tell about a
 * label. Page text that lost its cells joins words of neighbouring rows into one label; a label holding the words of a
 * group its row is not in (属于行政查询事项 无法提供: the end of one row and the group of the next) names no row.
 */
final class RequestGroups {

    /** A part of a split row is named by this many of its first characters (申请人无正…, 申请人逾期…). */
    private static final int MENTION = 6;

    /** Each catalogue row → the own words of its group (the row itself when it has no group). */
    private final Map<String, String> groupOfRow = new LinkedHashMap<>();

    RequestGroups(Collection<String> tableRows) {
        for (String row : tableRows) {
            groupOfRow.put(row, RequestTable.ownText(row.split(" ", 2)[0]));
        }
    }

    /** Whether the label holds the words of a group other than the one of the row it was matched to. */
    boolean namesAnotherGroup(String normalizedLabel, String tableRow) {
        String own = groupOfRow.get(tableRow);
        return groupOfRow.values().stream().distinct().anyMatch(g -> !g.isEmpty() && !g.equals(own) && normalizedLabel.contains(g));
    }

    /** Whether any row of the section holds the first words of one of the texts (a part's label, even cut or wrapped). */
    static boolean mentioned(List<Row> rows, Collection<String> ownTexts) {
        List<String> starts = ownTexts.stream().filter(t -> t.length() >= MENTION).map(t -> t.substring(0, MENTION)).toList();
        return rows.stream().map(r -> LabelMatcher.normalize(String.join("", r.cells()))).anyMatch(n -> starts.stream().anyMatch(n::contains));
    }
}
