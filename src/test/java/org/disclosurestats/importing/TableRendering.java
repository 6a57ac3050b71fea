package org.disclosurestats.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.importing.TableFigures.Block;
import org.disclosurestats.importing.TableFigures.RequestRow;

/**
 * Draws a table's figures ({@link TableFigures}) as a saved government page in one of the markups real CMSs publish:
 * the form's grid (rowspan/colspan, or the spans flattened), Word-exported cells, {@code <th>} headers, one table per
 * section or one for all, section titles outside or as a first row, a layout table around it, blank cells written in
 * any of the fillers, GBK or UTF-8 with a site's boilerplate, and the wording drift of the labels. Every option is a
 * field so a case reads as what it changes.
 */
final class TableRendering {

    enum Titles { PARAGRAPH, FIRST_ROW, CAPTION, NONE }

    /** Section 二's column headers: as the form writes them, each cut by its last character, or left out. */
    enum ProactiveHeader { FORM, CUT, NONE }

    /** Section 三's header: the form's three rows, merged by a page store into one row of 7 or 8 cells, or cut off. */
    enum RequestHeader { FORM, MERGED_7, MERGED_8, NONE }

    boolean spans = true;          // false: merged cells written out (an Excel or page-store grid)
    boolean repeatSpanned = false; // with spans false: a merged cell's text repeated in every cell, else left empty
    boolean word;                  // MsoNormal paragraphs and spans, numbers split over spans, &nbsp; and 　 padding, <br> in labels
    boolean th;                    // header cells as <th>
    boolean oneTable;              // sections 二, 三, 四 in one <table>
    boolean nested;                // the report inside a layout table
    boolean gbk;                   // GBK bytes declaring gb2312
    boolean ueditor;               // TRS/ueditor markup and inline styles on every table and cell
    boolean extraProactiveRow;     // a local row of section 二 with no metric (其他主动公开文件)
    boolean reordered;             // 一 and 二 swapped, the items of （四）无法提供 listed backwards
    boolean fullWidthValues;       // ２０４６
    Titles titles = Titles.PARAGRAPH;
    RequestHeader requestHeader = RequestHeader.FORM;
    ProactiveHeader proactiveHeader = ProactiveHeader.FORM;
    String blank = "";             // how a blank cell is written: "", "&nbsp;", "—", "/"
    UnaryOperator<String> label = s -> s; // the wording of every label (numbering, spaces, traditional characters)

    TableRendering with(java.util.function.Consumer<TableRendering> change) {
        change.accept(this);
        return this;
    }

    /** A cell of the grid before markup: text, spans, whether it is a header cell or a value. */
    record Cell(String text, int rows, int cols, boolean head, boolean value) {

        static Cell head(String text) {
            return new Cell(text, 1, 1, true, false);
        }

        static Cell label(String text) {
            return new Cell(text, 1, 1, false, false);
        }

        static Cell value(String text) {
            return new Cell(text, 1, 1, false, true);
        }

        Cell span(int r, int c) {
            return new Cell(text, r, c, head, value);
        }
    }

    // ------------------------------------------------------------------ the grid of each section

    List<List<Cell>> proactive(TableFigures f) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Block b : f.blocks()) {
            rows.add(List.of(Cell.head(b.title()).span(1, 4)));
            List<Cell> header = new ArrayList<>(List.of(Cell.head("信息内容")));
            for (int i = 0; i < b.columns().size(); i++) {
                String column = b.columns().get(i);
                if (proactiveHeader == ProactiveHeader.CUT) {
                    column = column.replaceFirst("（.*）$", "");
                    column = column.substring(0, column.length() - 1);
                }
                header.add(Cell.head(column).span(1, i == b.columns().size() - 1 ? 4 - b.columns().size() : 1));
            }
            if (proactiveHeader != ProactiveHeader.NONE) {
                rows.add(header);
            }
            b.rows().forEach((row, values) -> rows.add(valueRow(Cell.label(row), values)));
            if (extraProactiveRow && b.title().contains("（一）")) {
                rows.add(valueRow(Cell.label("其他主动公开文件"), List.of("7", "0", "7")));
            }
        }
        return rows;
    }

    private List<Cell> valueRow(Cell label, List<String> values) {
        List<Cell> row = new ArrayList<>(List.of(label));
        for (int i = 0; i < values.size(); i++) {
            row.add(Cell.value(values.get(i)).span(1, i == values.size() - 1 ? 4 - values.size() : 1));
        }
        return row;
    }

    List<List<Cell>> requests(TableFigures f) {
        List<List<Cell>> rows = new ArrayList<>();
        List<String> orgs = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        String note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        switch (requestHeader) {
            case FORM -> {
                rows.add(List.of(Cell.head(note).span(3, 3), Cell.head("申请人情况").span(1, 7)));
                rows.add(List.of(Cell.head("自然人").span(2, 1), Cell.head("法人或其他组织").span(1, 5), Cell.head("总计").span(2, 1)));
                rows.add(orgs.stream().map(Cell::head).toList());
            }
            case MERGED_7, MERGED_8 -> {
                List<Cell> one = new ArrayList<>(List.of(Cell.head("").span(1, 3), Cell.head("自然人")));
                if (requestHeader == RequestHeader.MERGED_8) {
                    one.add(Cell.head("法人或其他组织"));
                }
                orgs.forEach(o -> one.add(Cell.head(o)));
                one.add(Cell.head("总计"));
                rows.add(one);
            }
            case NONE -> { }
        }
        List<RequestRow> order = new ArrayList<>(f.requests());
        if (reordered) {
            order.set(0, f.requests().get(1));
            order.set(1, f.requests().get(0));
            List<RequestRow> unavailable = new ArrayList<>(order.stream().filter(r -> "（四）无法提供".equals(r.group())).toList());
            int at = order.indexOf(unavailable.get(0));
            java.util.Collections.reverse(unavailable);
            for (int i = 0; i < unavailable.size(); i++) {
                order.set(at + i, unavailable.get(i));
            }
        }
        long results = order.stream().filter(r -> r.group() != null).count();
        for (int i = 0; i < order.size(); i++) {
            RequestRow r = order.get(i);
            List<Cell> row = new ArrayList<>();
            if (r.group() == null) {
                row.add(Cell.label(r.part()).span(1, 3));
            } else {
                boolean firstResult = i == 0 || order.get(i - 1).group() == null;
                if (firstResult) {
                    row.add(Cell.label(r.part()).span((int) results, 1));
                }
                if (r.item() == null) {
                    row.add(Cell.label(r.group()).span(1, 2));
                } else {
                    if (i == 0 || !r.group().equals(order.get(i - 1).group())) {
                        row.add(Cell.label(r.group()).span((int) order.stream().filter(o -> r.group().equals(o.group())).count(), 1));
                    }
                    row.add(Cell.label(r.item()));
                }
            }
            r.values().forEach(v -> row.add(Cell.value(v)));
            rows.add(row);
        }
        return rows;
    }

    List<List<Cell>> appeals(TableFigures f) {
        List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("行政复议").span(1, 5), Cell.head("行政诉讼").span(1, 10)));
        List<Cell> second = new ArrayList<>(results.stream().map(r -> Cell.head(r).span(2, 1)).toList());
        second.add(Cell.head("未经复议直接起诉").span(1, 5));
        second.add(Cell.head("复议后起诉").span(1, 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.forEach(r -> third.add(Cell.head(r)));
        }
        rows.add(third);
        rows.add(f.appeals().stream().map(Cell::value).toList());
        return rows;
    }

    // ------------------------------------------------------------------ markup

    static final String[] TITLES = {"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"};

    /** The standard tables of the figures as a saved page. */
    byte[] page(TableFigures f) {
        List<List<List<Cell>>> sections = List.of(proactive(f), requests(f), appeals(f));
        List<String> tables = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            tables.add(tableFor(TITLES[s], sections.get(s)));
        }
        String body = oneTable ? paragraphTitle(TITLES[0]) + "<table" + tableAttributes() + ">" + String.join("", tables) + "</table>"
                : String.join("\n", tables);
        String year = f.edition() == Edition.F2019 ? "2019" : "2021";
        return page(year + "年度", body);
    }

    /** One section: its title and its rows, as a table of its own or as rows of the single table. */
    String tableFor(String title, List<List<Cell>> grid) {
        StringBuilder rows = new StringBuilder();
        int width = grid.stream().mapToInt(r -> r.stream().mapToInt(Cell::cols).sum()).max().orElse(1);
        if (titles == Titles.FIRST_ROW) {
            rows.append(tr(List.of(Cell.head(title).span(1, width))));
        }
        for (List<Cell> row : spans ? grid : written(grid)) {
            rows.append(tr(row)).append('\n');
        }
        if (oneTable) {
            return (titles == Titles.PARAGRAPH && !title.equals(TITLES[0]) ? tr(List.of(Cell.label(title).span(1, width))) : "") + rows;
        }
        return (titles == Titles.PARAGRAPH ? paragraphTitle(title) : "") + "<table" + tableAttributes() + ">\n"
                + (titles == Titles.CAPTION ? "<caption>" + label.apply(title) + "</caption>" : "") + "<tbody>" + rows + "</tbody></table>";
    }

    private String paragraphTitle(String title) {
        return word ? "<p class=\"MsoNormal\"><b><span style=\"font-family:黑体\">" + label.apply(title) + "</span></b></p>\n"
                : "<p>" + label.apply(title) + "</p>\n";
    }

    private String tableAttributes() {
        return ueditor ? " border=\"1\" cellspacing=\"0\" data-sort=\"sortDisabled\" style=\"border-collapse:collapse;width:100%;\""
                : word ? " class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;mso-yfti-tbllook:1184\"" : " border=\"1\"";
    }

    private String tr(List<Cell> row) {
        StringBuilder out = new StringBuilder("<tr>");
        row.forEach(cell -> out.append(td(cell)));
        return out.append("</tr>").toString();
    }

    /** The grid with every merged cell written out: its text in its first position only, or in every one when repeated. */
    private List<List<Cell>> written(List<List<Cell>> grid) {
        java.util.Map<Integer, java.util.Map<Integer, Cell>> at = new java.util.HashMap<>();
        for (int r = 0; r < grid.size(); r++) {
            int c = 0;
            for (Cell cell : grid.get(r)) {
                while (at.computeIfAbsent(r, k -> new java.util.HashMap<>()).containsKey(c)) {
                    c++;
                }
                for (int dr = 0; dr < cell.rows(); dr++) {
                    for (int dc = 0; dc < cell.cols(); dc++) {
                        boolean first = dr == 0 && dc == 0;
                        at.computeIfAbsent(r + dr, k -> new java.util.HashMap<>()).put(c + dc,
                                new Cell(first || repeatSpanned ? cell.text() : "", 1, 1, cell.head(), cell.value() && first));
                    }
                }
                c += cell.cols();
            }
        }
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            java.util.Map<Integer, Cell> row = at.get(r);
            int width = row.keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row.getOrDefault(c, Cell.label("")));
            }
            out.add(cells);
        }
        return out;
    }

    private String td(Cell cell) {
        String tag = cell.head() && th ? "th" : "td";
        StringBuilder a = new StringBuilder();
        if (cell.rows() > 1) {
            a.append(" rowspan=\"").append(cell.rows()).append('"');
        }
        if (cell.cols() > 1) {
            a.append(" colspan=").append(cell.cols());
        }
        if (ueditor) {
            a.append(" valign=\"middle\" style=\"border:1px solid #000;word-break:break-all;\" width=\"64\"");
        } else if (word) {
            a.append(" width=\"57\" valign=\"center\" style=\"width:42.55pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt\"");
        }
        return "<" + tag + a + ">" + content(cell) + "</" + tag + ">";
    }

    private String content(Cell cell) {
        String text = cell.value() ? value(cell.text()) : label.apply(cell.text());
        if (!word) {
            return ueditor && !text.isEmpty() ? "<p style=\"text-align:center\">" + text + "</p>" : text;
        }
        if (cell.value()) {
            return "<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><span lang=\"EN-US\" style=\"font-size:10.5pt\">"
                    + splitOverSpans(text) + "&nbsp;<o:p></o:p></span></p>";
        }
        String broken = text.length() > 8 ? text.substring(0, 6) + "<br>" + text.substring(6) : text;
        return "<p class=\"MsoNormal\"><span style=\"font-family:仿宋_GB2312\">　" + broken + "</span><span lang=\"EN-US\"><o:p></o:p></span></p>";
    }

    /** Word splits a number over spans where its formatting changed ({@code <span>20</span><span>46</span>}). */
    private static String splitOverSpans(String text) {
        if (text.length() < 2 || !Character.isDigit(text.charAt(0))) {
            return text;
        }
        int half = text.length() / 2;
        return text.substring(0, half) + "</span><span lang=\"EN-US\" style=\"font-size:10.5pt;mso-bidi-font-size:11pt\">" + text.substring(half);
    }

    private String value(String v) {
        if (v.isEmpty()) {
            return blank;
        }
        if (!fullWidthValues) {
            return v;
        }
        StringBuilder s = new StringBuilder();
        v.chars().forEach(ch -> s.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch == '.' ? '．' : (char) ch));
        return s.toString();
    }

    /**
     * The legacy statistics table: rows of {label, unit, this year's value, cumulative value} ("" for a blank, null
     * unit for a heading row); with the cumulative column under 指标名称 | 计量单位 | 本年度 | 历年累计, else under
     * 统计指标 | 单位 | 统计数.
     */
    byte[] legacyPage(List<String[]> rows, boolean cumulative) {
        List<List<Cell>> grid = new ArrayList<>();
        grid.add(cumulative ? List.of(Cell.head("指标名称"), Cell.head("计量单位"), Cell.head("本年度"), Cell.head("历年累计"))
                : List.of(Cell.head("统计指标"), Cell.head("单位"), Cell.head("统计数")));
        for (String[] r : rows) {
            List<Cell> row = new ArrayList<>(List.of(Cell.label(r[0]), Cell.label(r[1] == null ? "" : r[1])));
            if (r[1] == null) {
                row = new ArrayList<>(List.of(Cell.label(r[0]).span(1, cumulative ? 4 : 3)));
            } else {
                row.add(Cell.value(r[2]));
                if (cumulative) {
                    row.add(Cell.value(r[3]));
                }
            }
            grid.add(row);
        }
        return page("2016年", tableFor("附件：政府信息公开情况统计表", grid));
    }

    /** The page around the report: head, menu, breadcrumbs, index-number block, the report's prose and tables, footer. */
    byte[] page(String year, String tables) {
        String title = "某某县人民政府办公室" + year + "政府信息公开工作年度报告";
        String report = paragraph("一、总体情况") + paragraph(year + "，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作，上年结转的申请均已办结。")
                + tables + "\n" + paragraph("五、存在的主要问题及改进情况") + paragraph("公开内容还不够全面，下一步将进一步加强培训和监督。");
        String article = ueditor ? "<div class=\"view TRS_UEDITOR trs_paper_default trs_word\">" + report + "</div>"
                : "<div class=\"TRS_Editor\"><div class=\"Section1\" style=\"layout-grid:15.6pt\">" + report + "</div></div>";
        if (nested) {
            article = "<table width=\"100%\" border=\"0\"><tr><td width=\"180\" valign=\"top\"><a href=\"/a\">机构概况</a><br><a href=\"/b\">政务公开</a></td>"
                    + "<td valign=\"top\">" + article + "</td></tr></table>";
        }
        String html = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + (gbk ? "gb2312" : "utf-8") + "\">"
                + "<title>" + title + "_某某县人民政府</title><script>var visits = 20481; var pageId = 2022011801;</script></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | <a href=\"/hd\">互动交流</a></div>"
                + "<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>"
                + "<table class=\"meta\"><tr><td>索引号：</td><td>11331022/2022-00012</td><td>发布日期：</td><td>2022-01-18</td></tr></table>"
                + "<h1>" + title + "</h1>" + article
                + "<div class=\"footer\">主办单位：某某县人民政府办公室 网站标识码：3310220001 浙ICP备05012345号 您是第20481位访客</div></body></html>";
        return html.getBytes(gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8);
    }

    private String paragraph(String text) {
        return word ? "<p class=\"MsoNormal\" style=\"text-indent:32pt\"><span style=\"font-family:仿宋_GB2312\">" + label.apply(text) + "</span></p>\n"
                : "<p>" + label.apply(text) + "</p>\n";
    }
}
