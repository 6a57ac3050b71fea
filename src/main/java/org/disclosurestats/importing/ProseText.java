package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurestats.domain.ScriptNormalizer;

/**
 * Prose as the reader sees it: a simplified, half-width copy of the text of exactly the same length (so that
 * offsets found in the copy index the original, traditional characters included), and its spans: paragraphs
 * (lines), sentences (。！？), segments (；) and clauses (，：).
 */
public final class ProseText {

    private ProseText() {
    }

    static final String PARAGRAPH_ENDS = "\n\r";
    static final String SENTENCE_ENDS = "。!?！？";
    static final String SEGMENT_ENDS = ";；";
    static final String CLAUSE_ENDS = ",;:";

    private static final Map<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

    /** A span of the text, by offsets. */
    public record Span(int start, int end) {

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** The text as the reader matches it: simplified, half-width, ASCII punctuation; one character for one character. */
    public static String matchingText(String original) {
        String half = NumberReader.halfWidth(original);
        StringBuilder b = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            c = switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '，' -> ',';
                case '：' -> ':';
                case '；' -> ';';
                case '？' -> '?';
                case '！' -> '!';
                default -> c;
            };
            if (c >= 0x3400) {
                final char ch = c;
                c = SIMPLIFIED.computeIfAbsent(ch, k -> {
                    String s = ScriptNormalizer.toSimplified(String.valueOf(k));
                    return s != null && s.length() == 1 ? s.charAt(0) : k;
                });
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The spans between delimiters, trimmed of white space; empty spans are left out. */
    static List<Span> split(String text, int from, int to, String delimiters) {
        List<Span> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                add(spans, text, start, i);
                start = i + 1;
            }
        }
        add(spans, text, start, to);
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    /** The span of the list that contains an offset, or null. */
    static Span around(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.start() <= offset && offset <= s.end()) {
                return s;
            }
        }
        return null;
    }
}
