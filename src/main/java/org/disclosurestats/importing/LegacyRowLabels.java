package org.disclosurestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.importing.Extraction.Confidence;

/**
 * The row labels of the legacy statistics table (政府信息公开情况统计表, 2008–2018, national template and local
 * variants) and the legacy metric each names, read from {@code importing/legacy-row-labels.txt}. A label is compared
 * after its numbering (一、 （一） 1. （1） ⑴ ①), 其中：, explanatory notes in brackets, a unit in brackets and a
 * closing 数/数量/总数 are removed. Three outcome rows read the same under 行政复议 and 行政诉讼 (维持具体行政行为数,
 * 被依法纠错数, 其他情形数): they take the appeal named last above them.
 */
final class LegacyRowLabels {

    private LegacyRowLabels() {
    }

    /** A label's metric, and how sure the match is (a label with words before a known one is LOW). */
    record Match(String metric, Confidence confidence) {
    }

    static final String RESOURCE = "importing/legacy-row-labels.txt";

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}[、.]|（[一二三四五六七八九十0-9]{1,2}）|[0-9]{1,2}[.、]|[①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽])");
    private static final Pattern BRACKET_AT_END = Pattern.compile("（([^（）]*)）$");
    private static final Pattern SUCH_AS = Pattern.compile("^其中:?");
    /** 当面申请, 当面申请数 and 当面申请数量 name one row; 条数 and 件数 stay (主动公开信息条数 is listed as written). */
    private static final Pattern COUNT_WORD = Pattern.compile("(?:总数|数量|数)$");

    private static final Map<String, String> ROWS = new LinkedHashMap<>(); // label's own words → metric
    private static final Map<String, String[]> BY_APPEAL = new LinkedHashMap<>(); // label → {reconsideration, lawsuit}
    private static final Map<String, Map<String, String>> UNDER = new LinkedHashMap<>(); // parent metric → label → metric

    static {
        try (InputStream in = LegacyRowLabels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields[0].equals("outcome")) {
                    BY_APPEAL.put(ownText(fields[1]), new String[] {fields[2], fields[3]});
                    continue;
                }
                if (fields[0].equals("under")) {
                    for (String label : fields[3].split("\\s*\\|\\s*")) {
                        UNDER.computeIfAbsent(fields[1], k -> new LinkedHashMap<>()).put(ownText(label), fields[2]);
                    }
                    continue;
                }
                for (String label : fields[1].split("\\s*\\|\\s*")) {
                    String own = ownText(label);
                    String before = ROWS.putIfAbsent(own, fields[0]);
                    if (before != null && !before.equals(fields[0])) {
                        throw new IllegalStateException("legacy row label " + label + " names both " + before + " and " + fields[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every metric the vocabulary names (for the check that each is in the catalogue). */
    static List<String> metrics() {
        List<String> all = new ArrayList<>(ROWS.values());
        BY_APPEAL.values().forEach(pair -> all.addAll(List.of(pair)));
        UNDER.forEach((parent, children) -> {
            all.add(parent);
            all.addAll(children.values());
        });
        return all.stream().distinct().toList();
    }

    /** The words that name a row: numbering, 其中：, notes, a unit in brackets and a closing 数/数量/总数 removed. */
    static String ownText(String label) {
        String s = LabelMatcher.normalize(label);
        String previous;
        do {
            previous = s;
            s = NUMBERING.matcher(s).replaceFirst("");
            s = SUCH_AS.matcher(s).replaceFirst("");
            s = BRACKET_AT_END.matcher(s).replaceFirst("");
        } while (!s.equals(previous) && !s.isEmpty());
        String counted = COUNT_WORD.matcher(s).replaceFirst("");
        return counted.isEmpty() ? s : counted;
    }

    /** The unit a label writes in brackets at its end (受理申请数（件）, 收取费用（单位：万元）), or null. */
    static String unitInLabel(String label) {
        Matcher m = BRACKET_AT_END.matcher(LabelMatcher.normalize(label).replaceAll("单位:", ""));
        if (m.find()) {
            String inner = m.group(1);
            return NumberReader.UNITS.contains(inner) ? NumberReader.canonicalUnit(inner) : null;
        }
        return null;
    }

    /** Which appeal a label opens, if it names one: 行政复议 → 0, 行政诉讼 → 1. */
    static Optional<Integer> appealNamed(String label) {
        String n = ownText(label);
        if (n.contains("行政复议") || n.equals("复议")) {
            return Optional.of(0);
        }
        if (n.contains("行政诉讼") || n.equals("诉讼")) {
            return Optional.of(1);
        }
        return Optional.empty();
    }

    /** Whether rows right under a row of this metric may name their own metric in a word or two (当面, 传真, 其他). */
    static boolean isParent(String metric) {
        return UNDER.containsKey(metric);
    }

    /** Words before a known label that only say whose figure it is (全市收到申请数, 本机关主动公开政府信息数). */
    private static final Pattern SCOPE_WORDS = Pattern.compile(
            "^(?:全[市区县省州旗盟镇乡]|本(?:机关|单位|部门|局|委|办|级|年度?)|我(?:局|委|办|单位|部门|厅|市|区|县)|全年|各级|全部|累计)+$");

    /**
     * The legacy metric a row label names; {@code appeal} is the appeal named last above the row (or null), {@code parent}
     * the metric of the parent row the row stands right under (or null).
     */
    static Optional<Match> match(String label, Integer appeal, String parent) {
        String own = ownText(label);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String metric = ROWS.get(own);
        if (metric != null) {
            return Optional.of(new Match(metric, Confidence.HIGH));
        }
        String child = parent == null ? null : UNDER.getOrDefault(parent, Map.of()).get(own);
        if (child != null) {
            return Optional.of(new Match(child, Confidence.HIGH));
        }
        String[] byAppeal = BY_APPEAL.get(own);
        if (byAppeal != null) {
            return appeal == null ? Optional.empty() : Optional.of(new Match(byAppeal[appeal], Confidence.HIGH));
        }
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, String> e : ROWS.entrySet()) {
            String key = e.getKey();
            if (key.length() >= 4 && own.endsWith(key) && SCOPE_WORDS.matcher(own.substring(0, own.length() - key.length())).matches()
                    && !partial.contains(e.getValue())) {
                partial.add(e.getValue());
            }
        }
        // words before a known label that only say whose figure it is: only when they name exactly one row
        return partial.size() == 1 ? Optional.of(new Match(partial.get(0), Confidence.LOW)) : Optional.empty();
    }
}
