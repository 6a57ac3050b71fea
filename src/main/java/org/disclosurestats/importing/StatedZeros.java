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

    /**
     * The zeros a segment states under a heading: a fee denied (未收取任何费用) is a fee of disclosure only when the segment
     * or its heading speaks of disclosure or its fees (县行政服务中心未收取任何费用 is about the service centre's business).
     */
    List<Found> in(String segment, String heading) {
        boolean aboutDisclosure = FEE_CONTEXT.matcher(segment).find() || FEE_HEADING.matcher(heading == null ? "" : heading).find();
        return in(segment).stream().filter(f -> aboutDisclosure || !f.metric().startsWith("fee.")).toList();
    }

    private static final Pattern FEE_CONTEXT = Pattern.compile("申请|信息|公开|条例|查阅|复制");
    private static final Pattern FEE_HEADING = Pattern.compile("收费|费用|减免");

    /** The zeros a sentence (matching form) states, at most one per metric. */
    List<Found> in(String sentence) {
        List<Found> out = new ArrayList<>();
        for (Zero z : zeros) {
            int within = z.within() == null ? 30 : z.within();
            Found hit = null;
            for (String neg : z.negations()) {
                for (int at = sentence.indexOf(neg); at >= 0 && hit == null; at = sentence.indexOf(neg, at + 1)) {
                    int end = at + neg.length();
                    if (negatesNothing(sentence, at, end)) {
                        continue;
                    }
                    // the object follows in the negation's own clause: 无重大变化,依申请公开工作… denies no request
                    String ahead = clause(sentence.substring(end, Math.min(sentence.length(), end + within)));
                    String behind = sentence.substring(Math.max(0, at - within), at);
                    if (objectFollows(z, ahead) || objectPrecedes(z, behind, neg.contains("零") || neg.contains("0"))) {
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
        String named = bare.group("named");
        if (named != null && !object.contains(named)) {
            return List.of(); // 无申请 under a heading that names no application says nothing of the heading
        }
        // 无申请 denies applications: of requests, reconsiderations, lawsuits; a fee is not applied for, so no fee is stated
        return in(bare.group("neg") + object).stream().filter(f -> named == null || !f.metric().startsWith("fee."))
                .map(f -> new Found(f.metric(), bare.start("neg"), bare.end("neg"))).toList();
    }

    /** A sentence that says only that nothing happened: who and when, a negation, and at most a word for "such a case". */
    private static final Pattern BARE_NEGATION = Pattern.compile("^(?:[我本该][\\u4e00-\\u9fff]{1,4}?)?(?:[0-9]{4}年度?|本年度|今年|全年|本年|年内|报告期内)?,?"
            + "(?<neg>无|没有|未发生|没有发生|未收到|没有收到)(?:(?:任何)?(?<named>申请)|此类情况|相关情况|此类事项|相关事项|该类情况|此项情况|这类情况|类似情况)?[。.]?$");

    /**
     * Words that hold a negation but deny nothing's existence (无法提供, 无偿, 未经审查, 未按时答复, 为0.5%), a question
     * (有无, 有没有) and a condition (如未收到…): none states that something did not happen.
     */
    private static boolean negatesNothing(String s, int at, int end) {
        String from = s.substring(at);
        if (NOT_DENIALS.stream().anyMatch(from::startsWith)) {
            return true;
        }
        char last = s.charAt(end - 1);
        if ((last == '0' || last == '零') && end < s.length() && "0123456789.%星散售距".indexOf(s.charAt(end)) >= 0) {
            return true; // 为0.5%, 为零星: the zero is the start of another number or word
        }
        String before = s.substring(Math.max(0, at - 2), at);
        return before.endsWith("有") && (from.startsWith("无") || from.startsWith("没有"))
                || CONDITIONS.stream().anyMatch(before::endsWith);
    }

    private static final List<String> NOT_DENIALS = List.of("无法", "无偿", "无论", "无需", "无须", "无正当", "无条件", "无纸", "无障碍",
            "无误", "无效", "无关", "无疑", "无缝", "无线", "无限", "无私", "无故", "无异议", "无不", "没有不", "未来", "未经", "未成年",
            "未能", "未按", "未及时", "没有按", "没有及时", "未依法", "没有依法", "未严格", "未认真");

    private static final List<String> CONDITIONS = List.of("如", "若", "如果", "倘若", "凡", "对于", "对");

    /** The text up to the first clause break (,;:), a 、 of a list included. */
    private static String clause(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (",;:。!?".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean objectFollows(Zero z, String ahead) {
        for (List<String> sequence : z.objectAfter()) {
            int end = endOfSequence(ahead, sequence);
            // what the object leads to in its clause counts too: 没有因政府信息公开申请提起行政复议 is no statement about requests
            if (end >= 0 && !names(z.against(), ahead.substring(0, end) + restOfClause(ahead.substring(end)))
                    && !names(z.scopedBy(), ahead.substring(0, ahead.indexOf(sequence.get(0))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the object stands before the negation; a zero predicated of a noun (…为零) is the noun's only when no
     * number stands between them (申请3件,其中不予公开数为零 is no requests zero), and only when what stands between them
     * does not scope it (依申请公开事项中不予公开的为零 denies the refusals, not the requests); no negation denies an object
     * counted before it (行政诉讼3件,没有一起败诉).
     */
    private static boolean objectPrecedes(Zero z, String behind, boolean predicate) {
        for (List<String> sequence : z.objectBefore()) {
            int start = behind.lastIndexOf(sequence.get(0));
            if (start >= 0 && endOfSequence(behind.substring(start), sequence) >= 0
                    && !names(z.against(), behind.substring(start)) && !names(z.scopedBy(), behind.substring(start))
                    && !(predicate && behind.substring(start).matches("(?s).*[0-9].*")) && !COUNT.matcher(behind.substring(start)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A count between the object and a negation after it: 行政诉讼3件,没有一起败诉 denies no lawsuit. */
    private static final Pattern COUNT = Pattern.compile("[0-9]+(?:件|起|次|个|条|宗|份)");

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
