package org.disclosurestats.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;

/**
 * The figures of one standard table as the fixtures state them (src/test/resources/importing/pdf/values-*.tsv): section 二
 * block by block, section 三 row by row in its 7 columns, section 四's 15 values; "" is a cell left blank. The rendering
 * harness draws every markup from these, and {@link #expected()} is what a reader must give back.
 */
record TableFigures(Edition edition, List<Block> blocks, List<RequestRow> requests, List<String> appeals) {

    /** A block of section 二: its title (第二十条第（一）项), its column labels and its rows (label → one value a column). */
    record Block(String title, List<String> columns, Map<String, List<String>> rows) {
    }

    /** A row of section 三: its part label (一、…, 三、本年度办理结果 for the rows under it), group (（三）不予公开) and item (1.属于国家秘密). */
    record RequestRow(String part, String group, String item, List<String> values) {

        /** The row's own label: the item, else the group, else the part. */
        String own() {
            return item != null ? item : group != null ? group : part;
        }
    }

    static final String RESULTS = "三、本年度办理结果";

    static TableFigures of(Edition edition) {
        try {
            return parse(edition, Files.readAllLines(Path.of("src/test/resources/importing/pdf/values-" + edition.code() + ".tsv"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableFigures parse(Edition edition, List<String> lines) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        List<RequestRow> requests = new ArrayList<>();
        List<String> appeals = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "二" -> {
                    Block b = blocks.computeIfAbsent(c[1], t -> new Block(t, new ArrayList<>(), new LinkedHashMap<>()));
                    if (!b.columns().contains(c[3])) {
                        b.columns().add(c[3]);
                    }
                    b.rows().computeIfAbsent(c[2], r -> new ArrayList<>()).add(c[5]);
                }
                case "三" -> requests.add(requestRow(c[1], List.of(c).subList(2, 9)));
                default -> appeals.addAll(List.of(c).subList(1, 16));
            }
        }
        return new TableFigures(edition, List.copyOf(blocks.values()), requests, appeals);
    }

    private static RequestRow requestRow(String label, List<String> values) {
        if (!label.startsWith("（")) {
            return new RequestRow(label, null, null, values); // 一、 二、 四、: a part of its own
        }
        String full = label.equals("（二）部分公开") ? "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" : label;
        int space = full.indexOf(' ');
        return space < 0 ? new RequestRow(RESULTS, full, null, values) : new RequestRow(RESULTS, full.substring(0, space), full.substring(space + 1), values);
    }

    /** Every cell a reader must give back: metric → value as written ("" for a blank). */
    Map<String, String> expected() {
        try {
            return PdfLayoutsTest.expected(edition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
