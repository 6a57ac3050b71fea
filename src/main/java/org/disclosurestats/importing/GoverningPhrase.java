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
        return new GoverningPhrase(m.substring(from, x.start()), m.substring(sentence.start(), from), m.substring(x.end(), afterEnd),
                m.substring(x.end(), end), Math.max(0, clauseEnd - x.end()), section == null ? "" : section);
    }
}
