package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Qualifier;

/**
 * Reads numbers as reports write them: full-width digits, thousands separators, decimals, 万/萬/亿/億
 * multipliers, Chinese numerals (七期, 十个类别, 二十三), approximations (近, 约, 余/餘, 多, 左右), and the
 * blank cells of tables ("", &amp;nbsp;, "-", "/", "—"), which are blank and never 0.
 */
public final class NumberReader {

    private NumberReader() {
    }

    /** Units a figure in prose may carry; longer units first so that 人次 wins over 人 and 万元 over 元. */
    public static final List<String> UNITS = List.of("人次", "万元", "萬元", "亿元", "億元", "条", "條", "件", "项", "項", "次",
            "人", "期", "个", "個", "篇", "份", "户", "戶", "家", "元", "%", "％", "幅", "场", "場", "封", "名", "类", "類", "起", "处", "處", "宗");

    private static final Set<String> BLANKS = Set.of("", "-", "--", "—", "——", "/", "／", "－", "−", "–", "无数据", "\\");
    /**
     * A cell that says "none" in words: a stated zero, unlike a blank cell. A fee row of a legacy table may say 免费
     * (charged nothing), a count row 未发生 or 未收到 (none occurred, none received).
     */
    private static final Set<String> STATED_ZEROS = Set.of("无", "無", "零", "没有", "沒有", "未发生", "未發生", "未收到",
            "免费", "免費", "全部免费", "全部免費", "未收费", "未收費", "不收费", "不收費", "未收取");

    static final String CN_DIGITS = "〇零一二两三四五六七八九十百千";
    /** Digits, with thousands separators only between groups of three (1,234; never the list 1,2,3). */
    private static final String ARABIC = "(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?";
    /** Chinese numerals, with 万/亿 inside them (一万二千); a 万 or 亿 at the end is the multiplier. */
    private static final String CHINESE = "[" + CN_DIGITS + "]+(?:[万萬亿億][" + CN_DIGITS + "]+)*";

    /**
     * A number with its optional approximation marks and multiplier: 近500, 24.8万, 11余万, 30万余, 1,234, 七.
     * Groups: pre (近/约/…), num, post1 (余/多 before the multiplier), mult, post2 (余/多 after it).
     */
    static final Pattern NUMBER = Pattern.compile(
            "(?<pre>近|约|約|大约|大約|将近|將近|逾|超过|超過)?(?<num>" + ARABIC + "|" + CHINESE + ")(?<post1>余|餘|多)?(?<mult>[ ]?(?:万|萬|亿|億))?(?<post2>余|餘|多)?");

    /** A value read from text or a cell. A blank cell has status blank and no value. */
    public record Reading(BigDecimal value, Qualifier qualifier, String unit, boolean blank, String writtenAs) {

        public static Reading blankCell(String written) {
            return new Reading(null, Qualifier.EXACT, null, true, written);
        }
    }

    /** Full-width digits, letters and punctuation to their ASCII forms (offsets are preserved: one char for one char). */
    public static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09' && c != '\uFF0C' && c != '\uFF1A' && c != '\uFF1B') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a table cell is blank: empty, a non-breaking space, or a dash or slash standing for nothing. */
    public static boolean isBlank(String cell) {
        return cell == null || BLANKS.contains(halfWidth(cell).replaceAll("\\s+", ""));
    }

    /** Whether a table cell states zero in words (无): a figure of 0, not a blank. */
    public static boolean isStatedZero(String cell) {
        return cell != null && STATED_ZEROS.contains(halfWidth(cell).replaceAll("\\s+", ""));
    }

    /**
     * A table cell: a number, possibly with a unit written inside ("251000元", "1.5万元", "3,200"), or blank.
     * Empty when the cell holds words rather than a number (the caller reports it).
     */
    public static Optional<Reading> cell(String raw) {
        String written = raw == null ? "" : raw.strip();
        if (isBlank(written)) {
            return Optional.of(Reading.blankCell(written));
        }
        if (isStatedZero(written)) {
            return Optional.of(new Reading(BigDecimal.ZERO, Qualifier.EXACT, null, false, written));
        }
        String s = halfWidth(written).replaceAll("\\s+", "").replace('－', '-').replace('−', '-');
        int sign = 1;
        if (s.length() > 1 && (s.charAt(0) == '-' || s.charAt(0) == '+') && Character.isDigit(s.charAt(1))) {
            sign = s.charAt(0) == '-' ? -1 : 1; // 本年增/减 may be negative
            s = s.substring(1);
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String rest = s.substring(m.end());
        String unit = null;
        if (!rest.isEmpty()) {
            unit = UNITS.stream().filter(rest::equals).findFirst().orElse(null);
            if (unit == null) {
                return Optional.empty(); // words after the number: not a plain cell value
            }
        }
        Reading r = toReading(m, written, unit);
        return Optional.of(sign > 0 ? r : new Reading(r.value().negate(), r.qualifier(), r.unit(), false, written));
    }

    static Reading toReading(Matcher m, String writtenAs, String unit) {
        BigDecimal value = parseNumber(m.group("num"));
        String mult = m.group("mult") == null ? null : m.group("mult").strip();
        if (mult != null) {
            value = value.multiply(mult.equals("万") || mult.equals("萬") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
        }
        boolean approximate = m.group("pre") != null && !m.group("pre").isEmpty()
                || m.group("post1") != null || m.group("post2") != null;
        return new Reading(org.disclosurestats.domain.Decimals.canonical(value), approximate ? Qualifier.APPROXIMATE : Qualifier.EXACT,
                unit, false, writtenAs);
    }

    /** Arabic (with full-width digits and separators) or Chinese numerals. */
    public static BigDecimal parseNumber(String raw) {
        String s = halfWidth(raw).replace(",", "").replace("，", "").replace("．", ".");
        if (s.chars().anyMatch(c -> CN_DIGITS.indexOf(c) >= 0)) {
            return BigDecimal.valueOf(chinese(s));
        }
        return new BigDecimal(s);
    }

    /** 七 = 7, 十 = 10, 十一 = 11, 二十三 = 23, 一百零五 = 105, 两千 = 2000; digit strings like 二〇一八 read digit by digit. */
    static long chinese(String s) {
        int yi = Math.max(s.lastIndexOf('亿'), s.lastIndexOf('億'));
        if (yi >= 0) {
            return chinese(s.substring(0, yi)) * 100_000_000L + (yi + 1 < s.length() ? chinese(s.substring(yi + 1)) : 0);
        }
        int wan = Math.max(s.lastIndexOf('万'), s.lastIndexOf('萬'));
        if (wan >= 0) {
            return chinese(s.substring(0, wan)) * 10_000L + (wan + 1 < s.length() ? chinese(s.substring(wan + 1)) : 0);
        }
        if (s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            long v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        long total = 0;
        long current = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '十' -> {
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                case '千' -> {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                default -> current = digit(c);
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> throw new NumberFormatException("not a Chinese digit: " + c);
        };
    }

    /** A number with a unit found in prose, located by offsets into the text it was read from. */
    public record Mention(int start, int end, Reading reading) {

        public String unit() {
            return reading.unit();
        }
    }

    private static final Pattern MENTION;

    static {
        StringBuilder units = new StringBuilder();
        for (String u : UNITS) {
            units.append(units.isEmpty() ? "" : "|").append(Pattern.quote(u));
        }
        // A unit may be followed by an alternative in brackets: 13615条(件), 5240个(件); then 左右 (about) or 以上 (or more; not
        // 以上信息, "the information above").
        MENTION = Pattern.compile(NUMBER.pattern() + "[ \\t]{0,3}(?<unit>" + units + ")(?<alt>[(（](?:" + units + ")[)）])?(?<about>左右|以上(?![\\u4e00-\\u9fff]))?");
    }

    /**
     * Every number followed by a unit in a text (dates, document numbers and bare numbers are not figures).
     * A Chinese numeral counts only before a counting unit (七期, 十个类别), never inside words (一是, 一级).
     */
    public static List<Mention> mentions(String text) {
        // matched in the simplified, half-width copy (兩次, 個月 and 數 read as 两次, 个月, 数); offsets index the text as given
        String s = ProseText.matchingText(text);
        List<Mention> found = new ArrayList<>();
        Matcher m = MENTION.matcher(s);
        while (m.find()) {
            String num = m.group("num");
            boolean chineseNumeral = CN_DIGITS.indexOf(num.charAt(0)) >= 0;
            if (chineseNumeral && !chineseCounted(s, m)) {
                continue;
            }
            if (!chineseNumeral && m.start("num") > 0 && Character.isLetter(s.charAt(m.start("num") - 1))
                    && s.charAt(m.start("num") - 1) < 0x80) {
                continue; // part of an identifier such as BRT6号线
            }
            if (NOT_COUNTED.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue; // 共六个部分, 四条途径, 15个工作日: the parts of a text, an argument or a time, not a figure
            }
            if (NOT_A_COUNT_BEFORE.matcher(s.substring(Math.max(0, m.start("num") - 3), m.start("num"))).find()) {
                continue; // 第10条 (an article), the upper end of a range (3至5件), 几十件/数百条 (no number at all)
            }
            String unit = canonicalUnit(m.group("unit"));
            Reading r = toReading(m, text.substring(m.start(), m.end()), unit);
            if (m.group("about") != null) {
                r = new Reading(r.value(), Qualifier.APPROXIMATE, r.unit(), false, r.writtenAs());
            }
            found.add(new Mention(m.start(), m.end(), r));
        }
        Matcher n = NAMED_COUNT.matcher(s);
        while (n.find()) {
            int at = n.start("num");
            if (found.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
                String unit = "息条條".indexOf(n.group("noun").charAt(0)) >= 0 ? "条" : "件";
                found.add(new Mention(at, n.end("num"), new Reading(parseNumber(n.group("num")), Qualifier.EXACT, unit, false, text.substring(at, n.end("num")))));
            }
        }
        Matcher p = PERCENT_IN_WORDS.matcher(s);
        while (p.find()) {
            String written = text.substring(p.start(), p.end());
            found.add(new Mention(p.start(), p.end(), new Reading(org.disclosurestats.domain.Decimals.canonical(parseNumber(p.group("num"))), Qualifier.EXACT, "%", false, written)));
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /** A percentage written in words (百分之八十, 百分之95.5): a ratio like 80%. */
    private static final Pattern PERCENT_IN_WORDS = Pattern.compile("百分之(?<num>" + ARABIC + "|[" + CN_DIGITS + "]+)");

    /** Nouns that count the parts of a text or of an argument, never something disclosed. */
    private static final Pattern NOT_COUNTED = Pattern.compile("(?:部分|方面|途径|渠道|环节|章节|阶段)(?!公开)|(?:工作日|自然日|小时|分钟|个?月(?!刊)|季度|百分点)");

    /**
     * What before a number makes it no count: 第 (an article or an ordinal: 第10条), a number and a range mark (the
     * upper end of 3至5件, 3-5个), 几/数/若/上/成 before a Chinese numeral (几十件, 数百条, 上千条: no exact figure).
     */
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile(
            "(?:第\\s?|[0-9" + CN_DIGITS + "][件条个项次人名]?\\s?(?:至|到|~|～|-|－|—|–)\\s?)$");
    /** 几十件, 若干, 数百条, 上千条, 成百: no exact number; but 信息数五十三条 (the number of items is 53) is one. */
    private static final Pattern VAGUE_BEFORE_CHINESE = Pattern.compile("[几若].|[数上成好][十百千万]");

    /**
     * A count written without a unit after the name of what it counts, as the statistics table's row names are
     * (政府信息公开申请数为2, 主动公开信息总数为120): the unit is the one of that row (条 for information, else 件).
     */
    private static final Pattern NAMED_COUNT = Pattern.compile("(?<noun>[息请請复復议議讼訟诉訴件条條])(?:总|總)?(?:数|數)(?:量)?(?:为|為|是|:)(?<num>[0-9]+)(?![0-9.%]|,[0-9]|\\s?[\\u4e00-\\u9fff%])");

    private static boolean chineseCounted(String s, Matcher m) {
        String num = m.group("num");
        int before = m.start("num") - 1;
        // 第七期, 第一名: ordinals are not counts; 几十件, 数百条: no exact number
        if (before >= 0 && (s.charAt(before) == '第' || VAGUE_BEFORE_CHINESE.matcher(s.substring(before, before + 2)).matches())) {
            return false;
        }
        if (num.length() == 1 && "一两".contains(num) && m.group("mult") == null) {
            // 一项, 一条, 两个: usually words, not figures; but 两次/两期/两场 count events (两次举办培训), 两件/两起/两宗 requests or
            // cases, 两条/两篇/两份 items (其他两条, 各两篇), 两人/两人次 people, 一名/两名 staff (配备一名工作人员); 两件事 is no figure
            String unit = m.group("unit");
            boolean events = num.equals("两") && List.of("次", "期", "场", "件", "起", "宗", "条", "篇", "份", "人", "人次").contains(unit);
            boolean people = List.of("名").contains(unit);
            return (events || people) && !s.startsWith("事", m.end()) && !s.startsWith("大事", m.end()) && !s.startsWith("实事", m.end());
        }
        return true;
    }

    /** The simplified, half-width form of a unit (條 → 条, ％ → %). */
    public static String canonicalUnit(String unit) {
        return switch (unit) {
            case "條" -> "条";
            case "項" -> "项";
            case "個" -> "个";
            case "戶" -> "户";
            case "萬元" -> "万元";
            case "億元" -> "亿元";
            case "％" -> "%";
            case "場" -> "场";
            case "類" -> "类";
            case "處" -> "处";
            case "宗" -> "件"; // 收到2宗申请, 处理决定数量324宗: a case, as the reports of the south count it
            default -> unit;
        };
    }
}
