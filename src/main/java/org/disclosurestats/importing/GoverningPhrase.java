package org.disclosurestats.importing;

import java.util.List;
import org.disclosurestats.importing.NumberReader.Mention;
import org.disclosurestats.importing.ProseText.Span;

/**
 * The words that govern a number in its sentence, in the matching form of the text: {@code local}, the words of
 * its clause since the previous number (受理政府信息公开申请 in "受理政府信息公开申请24件"); {@code lead}, the earlier
 * words of the sentence; {@code after}, the words right after its unit up to the next number or the clause's end
 * (the counted noun of "39个部门"); {@code tail}, the rest of its segment, whose first {@code tailInClause}
 * characters are still its clause; {@code section}, the heading of the report's part it stands in.
 */
record GoverningPhrase(String local, String lead, String after, String tail, int tailInClause, String section) {

    private static final List<String> PART_OPENERS = List.of("(", "其中", "包括");

    /** A counted noun and a conjunction between two counts (专职人员和): the noun is counted by the number before it. */
    private static final java.util.regex.Pattern PREVIOUS_NOUN = java.util.regex.Pattern.compile("[\\u4e00-\\u9fff]{1,10}(和|及|以及|与|、)");

    /** The phrase of the mention at index i of a sentence's mentions (offsets in the text). */
    static GoverningPhrase of(String m, Span sentence, Span segment, List<Mention> mentions, int i, String section) {
        Mention x = mentions.get(i);
        Span clause = ProseText.around(ProseText.split(m, segment.start(), segment.end(), ProseText.CLAUSE_ENDS), x.start());
        int clauseStart = clause == null ? segment.start() : clause.start();
        int clauseEnd = clause == null ? segment.end() : clause.end();
        int from = clauseStart;
        if (i > 0 && mentions.get(i - 1).end() > clauseStart) {
            from = Math.min(mentions.get(i - 1).end(), x.start());
        }
        int afterEnd = clauseEnd;
        if (i + 1 < mentions.size() && mentions.get(i + 1).start() < afterEnd) {
            afterEnd = mentions.get(i + 1).start();
        }
        afterEnd = Math.max(x.end(), Math.min(afterEnd, x.end() + 20));
        // a bracket or 其中 after the number opens its parts, a 、 the next item: their words are not the number's (申请18件(其中当面申请5件…))
        String afterWords = m.substring(x.end(), afterEnd);
        int parts = afterWords.length();
        for (String opener : PART_OPENERS) {
            int at = afterWords.indexOf(opener);
            parts = at >= 0 ? Math.min(parts, at) : parts;
        }
        if (afterWords.startsWith("、")) {
            parts = 0; // 3100条、政务微博900条: the next item, not words of this number (专、兼职工作人员 is one phrase)
        }
        afterEnd = x.end() + parts;
        int end = Math.max(x.end(), Math.min(segment.end(), m.length()));
        if (from > clauseStart) {
            // 1名专职人员和2名兼职人员: the noun before the conjunction is the previous number's, not this one's
            java.util.regex.Matcher noun = PREVIOUS_NOUN.matcher(m.substring(from, x.start()));
            from = noun.matches() ? from + noun.start(1) : from;
        }
        int summed = summedClause(m, segment, mentions, i, clauseStart, from);
        // …发布信息,共20条: the clause before, without its comma and the summing word, is what the number counts
        String local = summed < from ? m.substring(summed, clauseStart - 1) : m.substring(from, x.start());
        String lead = m.substring(sentence.start(), summed);
        String respective = Respective.local(m, segment, mentions, i);
        if (respective != null) {
            local = respective;
            lead = m.substring(sentence.start(), Math.max(sentence.start(), Math.min(from, Respective.listStart(m, segment, mentions, i))));
        }
        return new GoverningPhrase(local, lead, m.substring(x.end(), afterEnd),
                m.substring(x.end(), end), Math.max(0, clauseEnd - x.end()), section == null ? "" : section);
    }

    /** A clause that only sums up (…发布信息,共20条): the counted words are those of the clause before it. */
    private static final java.util.regex.Pattern SUM_ONLY = java.util.regex.Pattern.compile("^\\s*(?:共|共计|合计|总计|总共|计|一共)\\s*$");

    /**
     * Where the words of a count begin when its clause holds nothing but a summing word (在网站发布信息,共计20条): at the
     * clause before it, when that clause of the segment holds no number of its own; else where they began.
     */
    private static int summedClause(String m, Span segment, List<Mention> mentions, int i, int clauseStart, int from) {
        if (from != clauseStart || clauseStart <= segment.start() || !SUM_ONLY.matcher(m.substring(from, mentions.get(i).start())).matches()) {
            return from;
        }
        int start = clauseStart - 1;
        while (start > segment.start() && ProseText.CLAUSE_ENDS.indexOf(m.charAt(start - 1)) < 0) {
            start--;
        }
        boolean numbered = i > 0 && mentions.get(i - 1).end() > start;
        return numbered ? from : start;
    }

    /** A last clause that holds no number and speaks of all that was counted (…,网络申请44件,均已按要求受理办结). */
    private static final java.util.regex.Pattern OF_ALL = java.util.regex.Pattern.compile("^(?:均|全部|已全部|并全部|都)[^0-9]*$");

    /**
     * The clause that closes a segment when it speaks of every count before it: what it says of them (办结) is said of the
     * total whose parts were listed between (收到申请10件,其中9件为网上申请,1件为书面申请,均…依法办结); empty otherwise.
     */
    static String closingOfAll(String m, Span segment) {
        String s = m.substring(segment.start(), segment.end()).replaceFirst("[。;!?\\s]+$", "");
        String last = s.substring(s.lastIndexOf(',') + 1).strip();
        return s.contains(",") && OF_ALL.matcher(last).matches() ? last : "";
    }

    /**
     * Respective lists: "A、B和C分别为1件、2件、3件" (or 分别发布…1200条、800条、600条) gives each number the item of the same
     * rank, followed by the words between 分别 and the numbers; the list must have exactly as many items as numbers.
     */
    static final class Respective {

        private static final java.util.regex.Pattern NUMBER_SEPARATOR = java.util.regex.Pattern.compile("^\\s*(?:、|,|和|及|与|以及)\\s*$");
        private static final java.util.regex.Pattern LAST_ITEM = java.util.regex.Pattern.compile("(?:以及|和|及|与)(?!.*(?:以及|和|及|与))");

        private Respective() {
        }

        /** The words that govern the number at index i when it is one of a respective list, else null. */
        static String local(String m, Span segment, List<Mention> mentions, int i) {
            int[] run = run(m, segment, mentions, i);
            if (run == null) {
                return null;
            }
            List<String> items = items(m, run[2], run[3], run[1] - run[0] + 1);
            if (items == null) {
                return null;
            }
            String between = m.substring(run[3] + 2, mentions.get(run[0]).start());
            return items.get(i - run[0]) + between;
        }

        /** Where the list of items begins (the clause of 分别), for the sentence's earlier words. */
        static int listStart(String m, Span segment, List<Mention> mentions, int i) {
            int[] run = run(m, segment, mentions, i);
            return run == null ? segment.start() : run[2];
        }

        /** {first mention, last mention, clause start, offset of 分别} of the run of numbers after 分别 that holds mention i. */
        private static int[] run(String m, Span segment, List<Mention> mentions, int i) {
            int first = i;
            while (first > 0 && mentions.get(first - 1).start() >= segment.start()
                    && NUMBER_SEPARATOR.matcher(m.substring(mentions.get(first - 1).end(), mentions.get(first).start())).matches()) {
                first--;
            }
            int last = i;
            while (last + 1 < mentions.size() && mentions.get(last + 1).end() <= segment.end()
                    && NUMBER_SEPARATOR.matcher(m.substring(mentions.get(last).end(), mentions.get(last + 1).start())).matches()) {
                last++;
            }
            int lowest = first > 0 ? Math.max(segment.start(), mentions.get(first - 1).end()) : segment.start();
            int at = m.lastIndexOf("分别", mentions.get(first).start());
            if (last == first || at < lowest || mentions.get(first).start() - at > 12) {
                return null;
            }
            int clauseStart = lowest;
            for (int k = at - 1; k >= lowest; k--) {
                if (ProseText.CLAUSE_ENDS.indexOf(m.charAt(k)) >= 0 || m.charAt(k) == '(') {
                    clauseStart = k + 1;
                    break;
                }
            }
            return new int[] {first, last, clauseStart, at};
        }

        /** The items before 分别, split at 、 (and at the 和/及 before the last item when that makes the count). */
        private static List<String> items(String m, int from, int to, int count) {
            String words = m.substring(from, to).strip();
            List<String> items = new java.util.ArrayList<>(List.of(words.split("、", -1)));
            if (items.size() == count - 1) {
                String lastItem = items.remove(items.size() - 1);
                java.util.regex.Matcher and = LAST_ITEM.matcher(lastItem);
                if (!and.find()) {
                    return null;
                }
                items.add(lastItem.substring(0, and.start()));
                items.add(lastItem.substring(and.end()));
            }
            return items.size() == count && items.stream().noneMatch(String::isBlank) ? items : null;
        }
    }
}
