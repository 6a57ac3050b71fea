package org.disclosurestats.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.importing.StandardTableRenderings.Line;
import org.disclosurestats.importing.StandardTableRenderings.Tables;
import org.disclosurestats.importing.TableFigures.Block;
import org.disclosurestats.importing.TableFigures.RequestRow;

/**
 * Random but valid standard tables for the generative harness: figures that satisfy I1–I4 (a blank cell stands where
 * the figure is 0, so the identities hold reading blanks as 0), zeros, blanks, large numbers, signed 本年增/减, decimal
 * fees, and the local variants real reports have (a row of section 二 left out, a local row added, a unit note
 * written another way). Everything comes from one {@link Random}, so a seed gives the same tables.
 */
final class GeneratedTables {

    /** Tables drawn from a seed and what it chose (for the case's name). */
    record Generated(Tables tables, List<String> variants) {
    }

    private GeneratedTables() {
    }

    static Generated draw(Random random) {
        Edition edition = random.nextBoolean() ? Edition.F2021 : Edition.F2019;
        List<String> variants = new ArrayList<>();
        Map<String, String> figures = new LinkedHashMap<>();
        List<String> metrics = metricsOf(edition);
        int requestRows = edition == Edition.F2021 ? 25 : 23;
        int proactive = metrics.size() - requestRows * 7 - 15;
        for (String m : metrics.subList(0, proactive)) {
            figures.put(m, proactiveValue(m, random));
        }
        String blanks = pick(random, "none", "none", "a column", "zeros", "total column");
        variants.add("blanks " + blanks);
        List<List<Long>> requests = requests(random, requestRows, random.nextInt(10) == 0);
        int blankColumn = 1 + random.nextInt(5);
        for (int r = 0; r < requestRows; r++) {
            for (int c = 0; c < 7; c++) {
                long v = requests.get(r).get(c);
                boolean blank = switch (blanks) {
                    case "a column" -> c == blankColumn && allZero(requests, c);
                    case "zeros" -> v == 0 && random.nextInt(4) == 0;
                    case "total column" -> c == 6 && r >= 2 && r < requestRows - 2; // 总计 left blank on the result rows
                    default -> false;
                };
                figures.put(metrics.get(proactive + r * 7 + c), blank ? "" : Long.toString(v));
            }
        }
        int offset = proactive + requestRows * 7;
        for (int group = 0; group < 3; group++) {
            long sum = 0;
            for (int i = 0; i < 4; i++) {
                long v = random.nextInt(3) == 0 ? random.nextInt(6) : 0;
                sum += v;
                figures.put(metrics.get(offset + group * 5 + i), v == 0 && blanks.equals("zeros") && random.nextBoolean() ? "" : Long.toString(v));
            }
            figures.put(metrics.get(offset + group * 5 + 4), Long.toString(sum));
        }
        Tables t;
        try {
            t = StandardTableRenderings.of(edition, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tables local = localVariants(t, random, variants);
        int unfilled = random.nextInt(10);
        if (unfilled == 0) {
            variants.add("rows of zeros left unfilled");
            local = unfilled(local, false);
        } else if (unfilled == 1 && random.nextInt(3) == 0) {
            variants.add("sections 二 and 三 left unfilled");
            local = unfilled(local, true);
        }
        if (random.nextInt(12) == 0) {
            // a page saved or stored alone that begins inside section 三 (the table's start on the page before)
            List<Line> lines = new ArrayList<>(local.lines());
            List<Integer> rows = RandomRendering.requestRows(lines);
            int from = rows.get(1 + random.nextInt(rows.size() - 9)); // the rows the renderings move about are left
            variants.add("page begins inside 三 at " + lines.get(from).labels());
            lines.subList(0, from).clear();
            local = new Tables(local.edition(), lines);
        }
        return new Generated(local, variants);
    }

    /**
     * Rows a report leaves unfilled: every cell blank. Either the rows of sections 二 and 三 whose figures are all 0, or
     * (the form published empty) every row of both sections.
     */
    private static Tables unfilled(Tables t, boolean all) {
        return new Tables(t.edition(), t.lines().stream().map(l -> {
            boolean row = !l.header() && !l.labels().isEmpty() && !l.metrics().isEmpty() && !l.metrics().get(0).startsWith("appeal.");
            boolean zeros = l.values().stream().allMatch(v -> v.isEmpty() || v.matches("[+-]?0"));
            return row && (all || zeros) ? l.withValues(l.values().stream().map(v -> "").toList()) : l;
        }).toList());
    }

    /** The metrics of an edition's tables in their order: section 二, section 三 row by row, section 四. */
    static List<String> metricsOf(Edition edition) {
        try {
            return List.copyOf(PdfLayoutsTest.expected(edition).keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String proactiveValue(String metric, Random random) {
        if (random.nextInt(12) == 0) {
            return "";
        }
        if (metric.endsWith("items_change")) {
            int v = random.nextInt(21) - 8;
            return v > 0 && random.nextBoolean() ? "+" + v : Integer.toString(v);
        }
        if (metric.equals("pro.admin_fees.amount")) {
            return random.nextInt(3) == 0 ? "0" : (random.nextInt(5000) + "." + (1 + random.nextInt(99))).replaceFirst("0$", "");
        }
        return Long.toString(count(random));
    }

    /** 0 often, small counts mostly, now and then thousands or millions (a prefecture's 行政处罚). */
    private static long count(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> 0;
            case 4, 5, 6 -> 1 + random.nextInt(30);
            case 7, 8 -> 31 + random.nextInt(5000);
            default -> 5001 + random.nextInt(9_000_000);
        };
    }

    /**
     * Section 三, 7 columns: per applicant column the result rows, carried forward (四), brought forward (二) and new (一)
     * so that I1 and I2 hold; the 总计 column their sum (I3).
     */
    private static List<List<Long>> requests(Random random, int rows, boolean large) {
        List<List<Long>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L)));
        }
        for (int c = 0; c < 6; c++) {
            int scale = c == 0 ? (large ? 4000 : 25) : random.nextInt(3) == 0 ? 4 : 0;
            long total = 0;
            for (int r = 2; r < rows - 2; r++) {
                long v = scale > 0 && random.nextInt(5) < 2 ? random.nextInt(scale + 1) : 0;
                out.get(r).set(c, v);
                total += v;
            }
            long carriedOn = scale > 0 && random.nextInt(3) == 0 ? random.nextInt(4) : 0;
            long broughtIn = Math.min(total + carriedOn, random.nextInt(3) == 0 ? random.nextInt(4) : 0);
            out.get(rows - 2).set(c, total);
            out.get(rows - 1).set(c, carriedOn);
            out.get(1).set(c, broughtIn);
            out.get(0).set(c, total + carriedOn - broughtIn);
        }
        for (List<Long> row : out) {
            row.set(6, row.subList(0, 6).stream().mapToLong(Long::longValue).sum());
        }
        return out;
    }

    private static boolean allZero(List<List<Long>> rows, int column) {
        return rows.stream().allMatch(r -> r.get(column) == 0);
    }

    /** Rows of section 二 a report leaves out or adds, and its unit notes written another way. */
    private static Tables localVariants(Tables t, Random random, List<String> variants) {
        List<Line> lines = new ArrayList<>(t.lines());
        if (random.nextInt(5) == 0) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).metrics().isEmpty() && lines.get(i).metrics().get(0).startsWith("pro.")) {
                    rows.add(i);
                }
            }
            Line left = lines.remove((int) rows.get(random.nextInt(rows.size())));
            variants.add("二 without " + left.labels().get(0));
        }
        if (random.nextInt(5) == 0) {
            String block = pick(random, "（一）", "（六）");
            String label = block.equals("（一）") ? "其他主动公开文件" : "行政征收";
            int at = -1;
            int width = 0;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.header() && l.labels().get(0).contains("第二十条第" + block)) {
                    at = i + 2;
                    width = lines.get(i + 1).labels().size() - 1;
                }
            }
            if (at > 0) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    values.add(Integer.toString(random.nextInt(40)));
                }
                lines.add(at + random.nextInt(2), new Line(List.of(label), values, false));
                variants.add("二 with a local row " + label);
            }
        }
        Tables out = new Tables(t.edition(), lines);
        if (t.edition() == Edition.F2021 && random.nextInt(4) == 0) {
            String note = pick(random, "本年收费金额(单位:万元)", "本年收费金额单位:万元", "本年收费金额（万元）");
            variants.add("unit note " + note);
            out = StandardTableRenderings.labels(out, l -> l.equals("本年收费金额（单位：万元）") ? note : l);
        }
        return out;
    }

    /** Every metric the tables hold, with the value a reader must give (half-width digits, 无 a 0, no commas or +). */
    static Map<String, String> expected(Tables t) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Line l : t.lines()) {
            for (int i = 0; i < l.metrics().size(); i++) {
                expected.put(l.metrics().get(i), l.values().get(i));
            }
        }
        return expected;
    }

    /** The same tables as the saved-page harness draws them ({@link TableRendering}). */
    static TableFigures figuresOf(Tables t) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        List<RequestRow> requests = new ArrayList<>();
        List<String> appeals = new ArrayList<>();
        String block = null;
        for (Line l : t.lines()) {
            if (l.header()) {
                if (l.labels().get(0).startsWith("第二十条")) {
                    block = l.labels().get(0);
                } else if (l.labels().get(0).equals("信息内容")) {
                    blocks.put(block, new Block(block, new ArrayList<>(l.labels().subList(1, l.labels().size())), new LinkedHashMap<>()));
                }
            } else if (l.labels().isEmpty()) {
                appeals.addAll(l.values());
            } else if (l.values().size() == 7 && !l.metrics().isEmpty() && l.metrics().get(0).startsWith("req.")) {
                List<String> c = l.labels();
                requests.add(c.size() == 1 ? new RequestRow(c.get(0), null, null, l.values())
                        : new RequestRow(c.get(0), c.get(1), c.size() > 2 ? c.get(2) : null, l.values()));
            } else {
                blocks.get(block).rows().put(l.labels().get(0), l.values());
            }
        }
        return new TableFigures(t.edition(), List.copyOf(blocks.values()), requests, appeals);
    }

    @SafeVarargs
    static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
