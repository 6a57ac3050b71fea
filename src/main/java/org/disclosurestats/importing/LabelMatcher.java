package org.disclosurestats.importing;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurestats.domain.ScriptNormalizer;

/**
 * Compares table labels as reports actually write them with the labels of the standard formats.
 * Label drift is normal: full-width and half-width forms, spaces inside labels, "1、" / "1." / "（1）",
 * "(一)" / "（一）", traditional characters, "规范性文件" for "行政规范性文件", quotes of any shape, and
 * notes in brackets after a label ("（区分处理的，只计这一情形，不计其他情形）").
 */
public final class LabelMatcher {

    private LabelMatcher() {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^([0-9]{1,2})[.、,．)）]\\s*");
    private static final Pattern ITEM_NUMBER_BRACKETED = Pattern.compile("^[(（]([0-9]{1,2})[)）]");
    private static final Pattern GROUP_NUMBER = Pattern.compile("^[(（]([一二三四五六七八九十]{1,2})[)）][、.]?");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^([一二三四五六七八九十]{1,2})[、.．,]");
    private static final Pattern QUOTES = Pattern.compile("[\"“”'‘’「」『』]");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^()（）]*(?:区分处理|只计|不计|单位|本列)[^()（）]*[)）]$");
    /** A unit note whose brackets the page store dropped (本年收费金额单位:万元): the same note as in brackets. */
    private static final Pattern TRAILING_UNIT_NOTE = Pattern.compile("(?<=.{2})单位:?(?:万元|元|件|条|个|项)$");

    /**
     * The canonical form of a label: simplified, half-width, no spaces or quotes, numbering as "1." and "（一）",
     * and explanatory notes in brackets (or a unit note that lost them) removed.
     */
    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        // labels repeat across a document's rows and every candidate of the format: the script conversion is the cost
        if (NORMALIZED.size() > 20_000) {
            NORMALIZED.clear();
        }
        return NORMALIZED.computeIfAbsent(label, LabelMatcher::canonical);
    }

    private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String canonical(String label) {
        String s = ScriptNormalizer.toSimplified(NumberReader.halfWidth(label));
        s = SPACES.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = s.replace('(', '（').replace(')', '）').replace('：', ':');
        s = GROUP_NUMBER.matcher(s).replaceFirst("（$1）");
        s = ITEM_NUMBER_BRACKETED.matcher(s).replaceFirst("$1.");
        s = ITEM_NUMBER.matcher(s).replaceFirst("$1.");
        s = SECTION_NUMBER.matcher(s).replaceFirst("$1、");
        String previous;
        do {
            previous = s;
            s = TRAILING_NOTE.matcher(s.replace('（', '(').replace('）', ')')).replaceFirst("").replace('(', '（').replace(')', '）');
        } while (!s.equals(previous) && !s.isEmpty());
        return TRAILING_UNIT_NOTE.matcher(s).replaceFirst("");
    }

    /** The label without its numbering ("1.属于国家秘密" → "属于国家秘密", "（一）予以公开" → "予以公开"). */
    public static String withoutNumbering(String label) {
        String s = normalize(label);
        return LEADING_NUMBER.matcher(s).replaceFirst("");
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[0-9]{1,2}\\.|（[一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]{1,2}、)");

    /** Known drift in wording between editions, reports and the catalogue: the report's form → the catalogue's. */
    private static final java.util.Map<String, String> SYNONYMS = java.util.Map.of(
            "规范性文件", "行政规范性文件",
            "其他对外管理服务", "其他对外管理服务事项",
            "处理决定数量", "本年处理决定数量"); // 2019 column = 2021 column

    private static String synonym(String normalized) {
        return SYNONYMS.getOrDefault(normalized, normalized);
    }

    /**
     * Whether a label cut at its end (现行有效件, 处理决定数) is the start of a format's label, as the catalogue writes it
     * or as an edition's form writes it (the 2019 form's 处理决定数量 for 本年处理决定数量).
     */
    public static boolean begins(String cut, String canonical) {
        String n = normalize(cut);
        String c = normalize(canonical);
        return !n.isEmpty() && (c.startsWith(n) || SYNONYMS.entrySet().stream().anyMatch(e -> e.getValue().equals(c) && e.getKey().startsWith(n)));
    }

    private static final Pattern NOTE_AT_END = Pattern.compile("（[^（）]*）$");

    /**
     * Whether a report's label names the same thing as a format's label. A note in brackets that a report adds after
     * the label (规章（设区的市…应提供相关数据）, 上一年项目数量（指2019年事项数）) is no part of it.
     */
    public static boolean same(String reported, String canonical) {
        if (sameWords(reported, canonical)) {
            return true;
        }
        String written = normalize(reported);
        String withoutNote = NOTE_AT_END.matcher(written).replaceFirst("");
        return !withoutNote.isEmpty() && !withoutNote.equals(written) && !withoutNote.endsWith("）") && sameWords(withoutNote, canonical);
    }

    private static boolean sameWords(String reported, String canonical) {
        String a = normalize(reported);
        String b = normalize(canonical);
        if (a.equals(b) || withoutNumbering(reported).equals(withoutNumbering(canonical))) {
            return true;
        }
        String sa = synonym(withoutNumbering(reported));
        String sb = synonym(withoutNumbering(canonical));
        return !sa.isEmpty() && sa.equals(sb);
    }

    /** Whether a report's label starts with a format's label (long row labels are often cut or continued). */
    public static boolean startsWith(String reported, String canonicalPrefix) {
        String a = withoutNumbering(reported);
        String b = withoutNumbering(canonicalPrefix);
        return !b.isEmpty() && (a.startsWith(b) || b.startsWith(a) && a.length() >= Math.min(6, b.length()));
    }

    /** The first of the candidates that the label names. */
    public static Optional<String> match(String reported, Collection<String> candidates) {
        for (String c : candidates) {
            if (same(reported, c)) {
                return Optional.of(c);
            }
        }
        for (String c : candidates) {
            if (startsWith(reported, c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
