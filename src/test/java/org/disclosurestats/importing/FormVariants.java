package org.disclosurestats.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms one statement takes in real reports and the stores that keep them, as rewritings of a sentence: another script,
 * other digits, other punctuation, another layout. Each form gives the variants of a sentence it applies to (none when it
 * does not apply: a sentence without a number of four digits has no thousands separator to write).
 */
final class FormVariants {

    private FormVariants() {
    }

    /** One form: its name and the variants it makes of a sentence. */
    record Form(String name, Function<String, List<String>> variants) {
    }

    /** A number that counts something: Arabic digits right before a unit of prose (not 第…, not inside a longer number). */
    private static final Pattern COUNT;

    static {
        StringBuilder units = new StringBuilder();
        for (String u : NumberReader.UNITS) {
            units.append(units.isEmpty() ? "" : "|").append(Pattern.quote(u));
        }
        COUNT = Pattern.compile("(?<![0-9.,，第])(?<num>[0-9]+(?:\\.[0-9]+)?)(?<gap> ?)(?<unit>" + units + ")");
    }

    /** A line of a store is at least this wide: a sentence that opens its paragraph is never broken before it. */
    static final int NARROWEST_LINE = 12;

    static final Map<Character, Character> TRADITIONAL = characterMap("importing/traditional-characters.tsv");
    static final Map<Character, String> GLOSSES = glosses("importing/pinyin-glosses.tsv");

    /** Every form, in the order the summary prints them. */
    static List<Form> all() {
        return List.of(
                new Form("traditional script", s -> changed(s, traditional(s))),
                new Form("traditional + pinyin glosses", s -> changed(s, glossed(traditional(s)))),
                new Form("full-width digits", s -> changed(s, fullWidthDigits(s))),
                new Form("Chinese numerals (2-9999)", s -> counts(s, (n, unit) -> small(n) ? chinese(n.intValueExact()) : null)),
                new Form("thousands separator ,", s -> counts(s, (n, unit) -> thousands(n, ",")) ),
                new Form("thousands separator ，", s -> counts(s, (n, unit) -> thousands(n, "，"))),
                new Form("万 amounts", s -> counts(s, (n, unit) -> wan(n, unit))),
                new Form("percent in words", FormVariants::percentInWords),
                new Form("0 written 零", s -> counts(s, (n, unit) -> n.signum() == 0 && !"%".equals(unit) ? "零" : null)),
                new Form("约 N", s -> counts(s, (n, unit) -> roughly(n, unit) ? "约" + n.toPlainString() : null)),
                new Form("近 N", s -> counts(s, (n, unit) -> roughly(n, unit) ? "近" + n.toPlainString() : null)),
                new Form("N余", s -> counts(s, (n, unit) -> roughly(n, unit) ? n.toPlainString() + "余" : null)),
                new Form("N多", s -> counts(s, (n, unit) -> roughly(n, unit) ? n.toPlainString() + "多" : null)),
                new Form("N unit 左右", s -> after(s, "左右")),
                new Form("N unit 以上", s -> after(s, "以上")),
                new Form("half-width punctuation", s -> changed(s, punctuation(s, "，；：（）", ",;:()"))),
                new Form("full-width punctuation", s -> changed(s, punctuation(s, ",;:()", "，；：（）"))),
                new Form("spaces around numbers", s -> counts(s, (n, unit) -> " " + n.toPlainString() + " ")),
                new Form("characters spaced out", s -> changed(s, spacedOut(s))),
                new Form("line break (every position)", FormVariants::lineBreaks));
    }

    private static List<String> changed(String s, String variant) {
        return variant.equals(s) ? List.of() : List.of(variant);
    }

    /** The sentence with each count rewritten (the function's null leaves a count as it is); none when no count changes. */
    private static List<String> counts(String s, java.util.function.BiFunction<BigDecimal, String, String> rewrite) {
        Matcher m = COUNT.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String to = rewrite.apply(new BigDecimal(m.group("num")), NumberReader.canonicalUnit(m.group("unit")));
            if (to != null) {
                b.append(s, last, m.start("num")).append(to);
                last = m.end("gap");
            }
        }
        return last == 0 ? List.of() : List.of(b.append(s.substring(last)).toString());
    }

    /** The sentence with words written right after the unit of each count of ten or more (100条左右). */
    private static List<String> after(String s, String words) {
        Matcher m = COUNT.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (roughly(new BigDecimal(m.group("num")), NumberReader.canonicalUnit(m.group("unit")))) {
                b.append(s, last, m.end()).append(words);
                last = m.end();
            }
        }
        return last == 0 ? List.of() : List.of(b.append(s.substring(last)).toString());
    }

    /** An approximation is written of a count of ten or more, never of a percentage (约100% is a ratio's own form). */
    private static boolean roughly(BigDecimal n, String unit) {
        return n.compareTo(BigDecimal.TEN) >= 0 && n.scale() <= 0 && !"%".equals(unit);
    }

    /** 一 before a unit is a word (一项工作) by the reader's rule, so the numerals start at 2. */
    private static boolean small(BigDecimal n) {
        return n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(2)) >= 0 && n.compareTo(BigDecimal.valueOf(9999)) <= 0;
    }

    private static String thousands(BigDecimal n, String separator) {
        if (n.scale() > 0 || n.compareTo(BigDecimal.valueOf(1000)) < 0) {
            return null;
        }
        String digits = n.toPlainString();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(separator);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private static String wan(BigDecimal n, String unit) {
        if (n.scale() > 0 || n.compareTo(BigDecimal.valueOf(10_000)) < 0 || "%".equals(unit)) {
            return null;
        }
        return n.movePointLeft(4).stripTrailingZeros().toPlainString() + "万";
    }

    private static final Pattern PERCENT = Pattern.compile("(?<![0-9.])(?<num>[0-9]+(?:\\.[0-9]+)?) ?[%％]");

    /** 98% as 百分之九十八 (百分之98.5 for a fraction). */
    private static List<String> percentInWords(String s) {
        Matcher m = PERCENT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group("num"));
            boolean whole = n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0;
            m.appendReplacement(b, "百分之" + (whole ? (n.signum() == 0 ? "零" : chinese(n.intValueExact())) : n.toPlainString()));
        }
        m.appendTail(b);
        return changed(s, b.toString());
    }

    /** A number in Chinese numerals as reports write counts: 2 = 两, 12 = 十二, 105 = 一百零五, 2000 = 两千, 100 = 一百. */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n == 2) {
            return "两";
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        String[] places = {"千", "百", "十", ""};
        int[] sizes = {1000, 100, 10, 1};
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int d = n / sizes[i] % 10;
            if (d == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) {
                b.append('零');
                zero = false;
            }
            b.append(d == 2 && i == 0 && b.isEmpty() ? '两' : digits.charAt(d)).append(places[i]);
        }
        return b.toString();
    }

    static String traditional(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(TRADITIONAL.getOrDefault(c, c));
        }
        return b.toString();
    }

    private static String glossed(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c);
            if (GLOSSES.containsKey(c)) {
                b.append('(').append(GLOSSES.get(c)).append(')');
            }
        }
        return b.toString();
    }

    private static String fullWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean point = c == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
            b.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : point ? '．' : c == '%' ? '％' : c);
        }
        return b.toString();
    }

    /** Punctuation of one width written in the other; never a separator or a colon between digits (1,234; 9:30). */
    private static String punctuation(String s, String from, String to) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = from.indexOf(c);
            boolean betweenDigits = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
            b.append(k >= 0 && !betweenDigits ? to.charAt(k) : c);
        }
        return b.toString();
    }

    /** Every character parted from the next by a space, as a PDF's text layer spaces letters; digits of one number stay together. */
    private static String spacedOut(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            if (i + 1 < s.length() && !Character.isWhitespace(c) && !Character.isWhitespace(s.charAt(i + 1))
                    && !(numeric(c) && numeric(s.charAt(i + 1)))) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static boolean numeric(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '%';
    }

    /** The sentence broken once at every position a store wrapping its lines could break it (inside numbers and words too). */
    private static List<String> lineBreaks(String s) {
        List<String> out = new ArrayList<>();
        for (int k = NARROWEST_LINE; k < s.length(); k++) {
            if (!Character.isWhitespace(s.charAt(k - 1)) && !Character.isWhitespace(s.charAt(k))) {
                out.add(s.substring(0, k) + "\n" + s.substring(k));
            }
        }
        return out;
    }

    private static Map<Character, Character> characterMap(String resource) {
        Map<Character, Character> map = new LinkedHashMap<>();
        lines(resource).forEach(l -> map.put(l[0].charAt(0), l[1].charAt(0)));
        return map;
    }

    private static Map<Character, String> glosses(String resource) {
        Map<Character, String> map = new LinkedHashMap<>();
        lines(resource).forEach(l -> map.put(l[0].charAt(0), l[1]));
        return map;
    }

    private static List<String[]> lines(String resource) {
        try {
            return Files.readAllLines(Path.of("src/test/resources", resource), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
