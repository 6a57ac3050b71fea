package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurestats.importing.ProseText.Span;

/**
 * Prose as converters deliver it, put back together for reading: a line broken in the middle of a sentence (a PDF's
 * text layer, text pasted from a page: the line ends without punctuation and the next one continues it) is joined to
 * the next, and spaces inside words and numbers ({@code 共 受 理}, {@code 402 條}) are left out. The joined copy is what
 * the reader matches; every offset in it maps back to the original text, which provenance quotes.
 */
final class ProseLines {

    private ProseLines() {
    }

    /** The joined text, its paragraphs (offsets in it) and, for each of its characters, the original offset. */
    record Joined(String original, String text, List<Span> paragraphs, int[] toOriginal) {

        /** The original span of a span of the joined text. */
        Span original(Span joined) {
            if (joined.end() <= joined.start()) {
                int at = joined.start() < toOriginal.length ? toOriginal[joined.start()] : original.length();
                return new Span(at, at);
            }
            return new Span(toOriginal[joined.start()], toOriginal[joined.end() - 1] + 1);
        }
    }

    /**
     * A line that opens a part of the report or an item (一、…, (二)…, 1.…, ①…, 第三章…, 一是…, ●…): it never continues the
     * line before. The one rule for text and for PDF pages ({@link PdfPageText}).
     */
    private static final Pattern OPENS_PART = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}[、.．是]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．](?![0-9])|[①-⑳]"
            + "|第[一二三四五六七八九十0-9]+[章节条部分]|[●○■□◆◇▲△►•·※*\\-—])");

    /** Whether a line opens a part of the report or an item, so that it never continues the line before. */
    static boolean opensPart(String line) {
        return OPENS_PART.matcher(line).find();
    }

    /** The line without the numbering or bullet that opens it. */
    static String withoutOpening(String line) {
        return OPENS_PART.matcher(line).replaceFirst("");
    }

    /** Words that end a title or a heading rather than break a sentence. */
    private static final Pattern ENDS_TITLE = Pattern.compile("(?:报告|報告|情况|情況|概况|概況|概述|目录|目錄|说明|說明|引言|前言)$");
    /** Characters that end a sentence or a line of its own (；and ： part a sentence's segments and clauses: it goes on). */
    private static final String ENDS_LINE = "。！？!?”\"’」』)）】》";
    /** A line shorter than this is a title or a heading, never a broken sentence. */
    private static final int SHORTEST_BROKEN_LINE = 12;

    /** The joined reading of the given regions of a text (each region one or more lines). */
    static Joined join(String text, List<Span> regions) {
        List<Span> lines = new ArrayList<>();
        for (Span region : regions) {
            lines.addAll(ProseText.split(text, region.start(), region.end(), ProseText.PARAGRAPH_ENDS));
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        List<Span> paragraphs = new ArrayList<>();
        int paragraphStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            for (int k = line.start(); k < line.end(); k++) {
                char c = text.charAt(k);
                if (Character.isWhitespace(c) && insideWord(text, k, line)) {
                    continue;
                }
                map[out.length()] = k;
                out.append(c);
            }
            boolean continues = i + 1 < lines.size() && continues(text, line, lines.get(i + 1));
            if (!continues) {
                paragraphs.add(new Span(paragraphStart, out.length()));
                map[out.length()] = line.end();
                out.append('\n');
                paragraphStart = out.length();
            }
        }
        int[] toOriginal = java.util.Arrays.copyOf(map, out.length() + 1);
        toOriginal[out.length()] = text.length();
        return new Joined(text, out.toString(), paragraphs, toOriginal);
    }

    /** Whether the next line continues a sentence the line leaves unfinished. */
    static boolean continues(String text, Span line, Span next) {
        String gap = text.substring(line.end(), next.start());
        if (gap.chars().filter(c -> c == '\n').count() > 1 || gap.chars().filter(c -> c == '\r').count() > 1) {
            return false; // a blank line ends a paragraph
        }
        String words = text.substring(line.start(), line.end()).strip();
        String following = text.substring(next.start(), next.end());
        char last = words.charAt(words.length() - 1);
        if (ENDS_LINE.indexOf(last) >= 0 || words.codePointCount(0, words.length()) < SHORTEST_BROKEN_LINE) {
            return false;
        }
        if (last != '，' && last != ',' && last != '、' && ENDS_TITLE.matcher(words).find()) {
            return false;
        }
        boolean heading = opensPart(words) && words.indexOf('，') < 0 && words.indexOf(',') < 0;
        if (endsWithCount(words) && "，,、；;。".indexOf(following.charAt(0)) < 0) {
            return false; // a line of counts (主动公开信息300条 / 受理申请5件): each line is a statement of its own
        }
        boolean indented = next.start() > 0 && (text.charAt(next.start() - 1) == '\u3000' || following.isEmpty());
        return !heading && !indented && !opensPart(following);
    }

    /**
     * Whether a line ends with a count that states something on its own: not one that a verb or a conjunction leaves waiting for
     * its noun on the next line (配备了2名 / 兼职工作人员, 1名专职人员和2名 / 兼职…, 设立了1个 / 专门的…受理点).
     */
    private static boolean endsWithCount(String words) {
        String end = words.substring(Math.max(0, words.length() - 16));
        List<NumberReader.Mention> counts = NumberReader.mentions(end);
        if (counts.isEmpty() || counts.get(counts.size() - 1).end() != end.length()) {
            return false;
        }
        int before = counts.get(counts.size() - 1).start() - 1;
        return before < 0 || "了和与及、由".indexOf(end.charAt(before)) < 0;
    }

    /**
     * A space inside a word spaced out (共 受 理), between a number and its words (402 條, 申请 12), or beside punctuation; never
     * between two numbers or between two words.
     */
    private static boolean insideWord(String text, int at, Span line) {
        int before = at - 1;
        while (before >= line.start() && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = at + 1;
        while (after < line.end() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (before < line.start() || after >= line.end()) {
            return false;
        }
        char b = text.charAt(before);
        char a = text.charAt(after);
        if (ideograph(b) && ideograph(a)) {
            // only characters spaced out one by one (共 受 理): a single space between words may part a heading from its text
            return before > line.start() && Character.isWhitespace(text.charAt(before - 1))
                    || after + 1 < line.end() && Character.isWhitespace(text.charAt(after + 1));
        }
        return ideograph(b) && digit(a) || digit(b) && ideograph(a) || punctuation(b) && !latin(a) || punctuation(a) && !latin(b);
    }

    /** Punctuation a space beside says nothing of (配备了2名、 31名, 1. 组织机构, ( 包括): never a space between words. */
    private static boolean punctuation(char c) {
        return "、，。；：！？（）“”《》,;:()".indexOf(c) >= 0 || c == '.';
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean ideograph(char c) {
        return c >= 0x3400 && c <= 0x9fff || c >= 0xf900 && c <= 0xfaff;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
