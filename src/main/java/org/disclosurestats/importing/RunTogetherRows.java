package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows a page store ran together on one line of page text (1.属于国家秘密 0 0 0 0 0 0 0 2.其他法律行政法规禁止公开 0 0 …,
 * 规章 0 0 0 行政规范性文件 12 3 87): each run of words with the values after it is a line of its own. Only a line in
 * which every such run has both words and values is split, and never a line of prose (a sentence mark outside
 * brackets), a line where a unit follows a value (受理申请 12 件 办结 10) or a line whose cells are already separated
 * (tab, |).
 */
final class RunTogetherRows {

    private RunTogetherRows() {
    }

    private static final Pattern TOKEN = Pattern.compile("[^\\s\\u3000]+");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（）()]*[）)]");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。；,;]");

    /** The line as the rows it holds (the line itself when it holds one row or is no row at all). */
    static List<String> split(String line) {
        if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0
                || SENTENCE_MARK.matcher(BRACKETED.matcher(line).replaceAll("")).find()) {
            return List.of(line);
        }
        List<String> rows = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Matcher t = TOKEN.matcher(line); t.find(); ) {
            spans.add(new int[] {t.start(), t.end()});
        }
        int start = -1;
        boolean words = false;
        boolean values = false;
        for (int i = 0; i < spans.size(); i++) {
            String token = line.substring(spans.get(i)[0], spans.get(i)[1]);
            String next = i + 1 < spans.size() ? line.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]) : "";
            // 无 before a single character of words is the first character of a label spaced out (无 法 提 供), not a 0
            boolean value = isValue(token) && !(NumberReader.isStatedZero(token) && next.codePointCount(0, next.length()) == 1 && !isValue(next));
            int[] m = spans.get(i);
            if (!value && values) {
                if (!words || NumberReader.UNITS.contains(token)) {
                    return List.of(line);
                }
                rows.add(line.substring(start, m[0]).strip());
                start = -1;
                words = false;
                values = false;
            }
            if (start < 0) {
                start = m[0];
            }
            words |= !value;
            values |= value;
        }
        if (rows.isEmpty() || !words || !values) {
            return List.of(line); // one row, or a run of words with no values at the end: not rows run together
        }
        rows.add(line.substring(start).strip());
        return rows;
    }

    private static boolean isValue(String token) {
        return PageTextRows.isValue(token) || NumberReader.isStatedZero(token);
    }
}
