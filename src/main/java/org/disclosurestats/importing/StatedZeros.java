package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.importing.ProseLexicon.Zero;

/**
 * Statements that something did not happen, read as a reported zero for the one metric they name and no
 * other: 未收到有关政府信息公开行政复议申请 is reconsiderations = 0, never requests = 0; 未收取任何费用 after a
 * request is fees = 0. A figure the report never mentions stays unstated (null), never 0.
 */
final class StatedZeros {

    /** A zero found in a sentence: its metric, and where the negation stands in the sentence. */
    record Found(String metric, int start, int end) {
    }

    private final List<Zero> zeros;

    StatedZeros(ProseLexicon lexicon) {
        this.zeros = lexicon.zeros();
    }

    /** The zeros a sentence (matching form) states, at most one per metric. */
    List<Found> in(String sentence) {
        List<Found> out = new ArrayList<>();
        for (Zero z : zeros) {
            int within = z.within() == null ? 30 : z.within();
            Found hit = null;
            for (String neg : z.negations()) {
                for (int at = sentence.indexOf(neg); at >= 0 && hit == null; at = sentence.indexOf(neg, at + 1)) {
                    int end = at + neg.length();
                    String ahead = sentence.substring(end, Math.min(sentence.length(), end + within));
                    String behind = sentence.substring(Math.max(0, at - within), at);
                    if (objectFollows(z, ahead) || objectPrecedes(z, behind)) {
                        hit = new Found(z.metric(), at, end);
                    }
                }
                if (hit != null) {
                    break;
                }
            }
            if (hit != null) {
                out.add(hit);
            }
        }
        return out;
    }

    /**
     * A bare negation under a heading (三、依申请公开情况 / 本年度无。; 五、因政府信息公开申请行政复议、行政诉讼的情况 / 我镇
     * 2016年度无申请。): the heading names what did not happen, and the sentence is read as the negation followed by it.
     */
    List<Found> underHeading(String sentence, String heading) {
        Matcher bare = BARE_NEGATION.matcher(sentence);
        if (heading == null || heading.isBlank() || !bare.matches()) {
            return List.of();
        }
        String object = heading.strip().replaceFirst("^(?:[一二三四五六七八九十]{1,2}、|\\([一二三四五六七八九十]{1,2}\\)|[0-9]{1,2}[.、])", "");
        return in(bare.group("neg") + object).stream().map(f -> new Found(f.metric(), bare.start("neg"), bare.end("neg"))).toList();
    }

    /** A sentence that says only that nothing happened: who and when, a negation, and at most a word for "such a case". */
    private static final Pattern BARE_NEGATION = Pattern.compile("^(?:[我本该][\\u4e00-\\u9fff]{1,4}?)?(?:[0-9]{4}年度?|本年度|今年|全年|本年|年内|报告期内)?,?"
            + "(?<neg>无|没有|未发生|没有发生|未收到|没有收到)(?:申请|此类情况|相关情况|此类事项|相关事项|该类情况|此项情况|这类情况|类似情况|任何申请)?[。.]?$");

    private static boolean objectFollows(Zero z, String ahead) {
        for (List<String> sequence : z.objectAfter()) {
            int end = endOfSequence(ahead, sequence);
            // what the object leads to in its clause counts too: 没有因政府信息公开申请提起行政复议 is no statement about requests
            if (end >= 0 && !names(z.against(), ahead.substring(0, end) + restOfClause(ahead.substring(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean objectPrecedes(Zero z, String behind) {
        for (List<String> sequence : z.objectBefore()) {
            int start = behind.lastIndexOf(sequence.get(0));
            if (start >= 0 && endOfSequence(behind.substring(start), sequence) >= 0
                    && !names(z.against(), behind.substring(start))) {
                return true;
            }
        }
        return false;
    }

    /** Where the last term of a sequence ends when all its terms stand in order in the text (no clause break first); -1 if not. */
    private static int endOfSequence(String text, List<String> sequence) {
        int from = 0;
        for (String term : sequence) {
            int at = text.indexOf(term, from);
            if (at < 0) {
                return -1;
            }
            from = at + term.length();
        }
        return from;
    }

    private static String restOfClause(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (",;:、".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean names(List<String> against, String text) {
        return against != null && against.stream().anyMatch(text::contains);
    }
}
