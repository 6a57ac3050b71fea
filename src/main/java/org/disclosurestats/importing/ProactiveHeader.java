package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.disclosurestats.importing.TableReader.Row;

/**
 * The header of a block of section 二 as page text breaks it. A column label written over two lines in its cell
 * (本年新 / 公开数量, 对外公开 / 总数量) comes out of a page store as two cells, so the header has more cells than its
 * rows have values. The header's cells after 信息内容 are joined again, in order, into labels that each name a column
 * of the edition; only when every cell finds its column this way is the joined header used.
 */
final class ProactiveHeader {

    private ProactiveHeader() {
    }

    /** The header with its wrapped column labels joined again, or the header as it is when its cells cannot all be joined into columns. */
    static Row rejoined(Row header, Predicate<String> namesColumn) {
        List<String> joined = new ArrayList<>(List.of(header.cell(0)));
        StringBuilder open = new StringBuilder();
        int written = 0;
        for (String cell : header.cells().subList(1, header.size())) {
            if (cell.isBlank()) {
                continue;
            }
            written++;
            open.append(cell.strip());
            if (namesColumn.test(open.toString())) {
                joined.add(open.toString());
                open.setLength(0);
            }
        }
        return open.length() == 0 && joined.size() - 1 < written ? new Row(joined, header.page()) : header;
    }
}
