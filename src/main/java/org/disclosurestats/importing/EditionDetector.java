package org.disclosurestats.importing;

import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.importing.TableReader.Row;
import org.disclosurestats.importing.TableReader.Table;

/**
 * The edition of a document's standard tables, named by their labels and never by the year: 2021 and 2019
 * column labels differ in section 二, and section 三's （六）其他处理 is one row in 2019 and three in 2021.
 */
final class EditionDetector {

    private EditionDetector() {
    }

    private static final List<String> MARKERS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "逾期未按收费通知");
    private static final List<String> MARKERS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
            "采购项目数量", "采购总金额", "其他对外管理服务事项");
    /** Section 三's columns: requests counted by applicant, which no legacy statistics table does. */
    private static final List<String> APPLICANT_COLUMNS = List.of("自然人", "申请人情况", "法人或其他组织", "商业企业");
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("[0-9]{1,2}\\.[^0-9（）]");

    /** The edition, or null when no standard table is found. */
    static Edition detect(List<Table> tables) {
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
        boolean requestsTable = false;
        boolean applicantColumns = false;
        boolean legacyHeader = false;
        boolean otherProcessingItems = false;
        boolean otherProcessingSingle = false;
        for (Table t : tables) {
            for (Row row : t.rows()) {
                String n = LabelMatcher.normalize(String.join(" ", row.cells()));
                if (MARKERS_2019.stream().anyMatch(n::contains)) {
                    return Edition.F2019;
                }
                if (n.contains("本年新收") || n.contains("上年结转")) {
                    requestsTable = true;
                }
                applicantColumns |= APPLICANT_COLUMNS.stream().anyMatch(n::contains);
                legacyHeader |= LegacyHeader.of(row.cells()) != null;
                if (n.contains("（六）其他处理")) {
                    if (ITEM.matcher(n.substring(n.indexOf("（六）其他处理"))).find()) {
                        otherProcessingItems = true;
                    } else if (row.cells().stream().filter(c -> NumberReader.cell(c).isPresent()).count() >= 7) {
                        otherProcessingSingle = true;
                    }
                }
            }
        }
        if (!requestsTable || legacyHeader && !applicantColumns) {
            return null; // a legacy statistics table may count requests carried over too, but never by applicant
        }
        return otherProcessingSingle && !otherProcessingItems ? Edition.F2019 : Edition.F2021;
    }

    /**
     * Whether the tables hold a row of section 三 that both editions print alike (四、结转下年度继续办理 with its seven
     * values) although no label names the edition: a page that begins inside section 三, the rows naming the edition on
     * the page before. No legacy statistics table counts requests by applicant, so seven values are section 三's.
     */
    static boolean sharedRequestRows(List<Table> tables) {
        for (Table t : tables) {
            for (Row row : t.rows()) {
                String n = LabelMatcher.normalize(String.join(" ", row.cells()));
                if (n.contains("结转下年度") && row.cells().stream().filter(PageTextRows::isValue).count() >= 7) {
                    return true;
                }
            }
        }
        return false;
    }
}
