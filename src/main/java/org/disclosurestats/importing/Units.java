package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;

/** Converting a figure from the unit it is written in to the unit of its metric. */
public final class Units {

    private Units() {
    }

    /** Counting words that all count "one thing": a metric counted in 件 may be written in 条 or 个. */
    private static final Set<String> COUNTS = Set.of("件", "条", "项", "个", "次", "期", "篇", "份", "户", "家", "幅", "场", "封", "名", "类", "起", "处", "人", "人次");

    /** Units that count documents or items of information; the parts of a total in 条 may be written in 件 or 项. */
    private static final Set<String> ITEMS = Set.of("条", "件", "篇", "个", "项", "份");

    /** Units that count people or their visits: the parts of 咨询204人次 may be written 现场咨询3人. */
    private static final Set<String> PEOPLE = Set.of("人", "人次");

    /** Whether a unit counts documents or items of information (条, 件, 篇…). */
    public static boolean countsItems(String unit) {
        return ITEMS.contains(unit);
    }

    /** Whether two units count the same kind of thing: equal, or both units of items of information. */
    public static boolean countAlike(String unit, String other) {
        return java.util.Objects.equals(unit, other) || countsItems(unit) && countsItems(other) || PEOPLE.contains(unit) && PEOPLE.contains(other);
    }

    /**
     * The value in the metric's unit: 元 ↔ 万元 ↔ 亿元 scale; counting words convert 1:1 (the unit written is kept
     * in the provenance). Empty when the units do not measure the same kind of thing (money vs. a count vs. a percentage).
     */
    public static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return Optional.of(value);
        }
        Integer fromScale = moneyScale(from);
        Integer toScale = moneyScale(to);
        if (fromScale != null && toScale != null) {
            BigDecimal factor = BigDecimal.TEN.pow(Math.abs(fromScale - toScale));
            BigDecimal v = fromScale > toScale ? value.multiply(factor) : value.divide(factor, 10, RoundingMode.UNNECESSARY);
            return Optional.of(org.disclosurestats.domain.Decimals.canonical(v));
        }
        if (COUNTS.contains(from) && COUNTS.contains(to)) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** Whether a unit is one of money (元, 万元, 亿元). */
    public static boolean isMoney(String unit) {
        return unit != null && moneyScale(unit) != null;
    }

    private static Integer moneyScale(String unit) {
        return switch (unit) {
            case "元" -> 0;
            case "万元" -> 4;
            case "亿元" -> 8;
            default -> null;
        };
    }
}
