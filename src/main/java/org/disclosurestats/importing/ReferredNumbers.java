package org.disclosurestats.importing;

import java.util.regex.Pattern;

/**
 * A number that refers to something instead of stating a figure: a count inside a quoted name (爱国卫生“7个专项行动”,
 * “三个一”工程) names a campaign or a programme. Read as a figure it would count nothing the report measures, so it stays
 * unmapped with its sentence.
 */
final class ReferredNumbers {

    private ReferredNumbers() {
    }

    /** An opening quote before the number with no closing one and no clause break between them. */
    private static final Pattern OPEN_QUOTE = Pattern.compile("“[^”,;:。]{0,12}$");

    /** A closing quote after the unit, with words of the name and no clause break before it. */
    private static final Pattern CLOSE_QUOTE = Pattern.compile("^[^“,;:。]{1,12}”");

    /** Why the number at [start, end) of the matching text refers rather than states, or null when it states a figure. */
    static String refusal(String m, int start, int end) {
        String before = m.substring(Math.max(0, start - 14), start);
        String after = m.substring(end, Math.min(m.length(), end + 24));
        if (OPEN_QUOTE.matcher(before).find() && CLOSE_QUOTE.matcher(after).find()) {
            return "a count inside a quoted name, not a figure of the report";
        }
        return null;
    }
}
