package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.disclosurestats.importing.ProseLexicon.Entry;

/**
 * Decides the metric of a number from the vocabulary of its governing phrase: every entry of the lexicon whose
 * units fit is scored by the weights of its terms found in the phrase; the best entry is taken when it reaches
 * the lexicon's threshold and beats the next metric by its margin. Otherwise nothing is decided, and the
 * figure is shown as unmapped: a meaning is never guessed.
 */
final class MetricDecision {

    /** What was decided: the entry, its score, and the strongest term of its governing phrase. */
    record Decision(Entry entry, double score, String term) {
    }

    /** Why nothing was decided, for the unmapped figure. */
    record Undecided(String reason) {
    }

    private final ProseLexicon lexicon;

    MetricDecision(ProseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The decision for a number with this unit and phrase; {@code previousMetric} is the metric of the figure just
     * before it in the sentence (for ratios that follow a figure), {@code labelIsGeneric} whether the words between
     * the verb and the number name no category (各类政府信息), {@code namesCategory} whether a category can be named.
     */
    Object decide(String unit, GoverningPhrase p, String previousMetric, Predicate<Entry> labelIsGeneric, Predicate<Entry> namesCategory) {
        return decide(unit, p, previousMetric, labelIsGeneric, namesCategory, java.util.Set.of());
    }

    /** The decision, leaving out the metrics a number cannot state again (the total's own metric for its parts after 其中). */
    Object decide(String unit, GoverningPhrase phrase, String previousMetric, Predicate<Entry> labelIsGeneric, Predicate<Entry> namesCategory,
                  java.util.Set<String> excluded) {
        List<Decision> scored = new ArrayList<>();
        GoverningPhrase p = withoutEnumeration(phrase);
        for (Entry e : lexicon.entries()) {
            if (e.units() == null || !e.units().contains(unit) || excluded.contains(e.metric())) {
                continue;
            }
            if (e.follows() != null && (previousMetric == null || !previousMetric.startsWith(e.follows()))) {
                continue;
            }
            if ("only".equals(e.generic()) && !labelIsGeneric.test(e) || "never".equals(e.generic()) && !namesCategory.test(e)) {
                continue;
            }
            if (vetoed(e, p) || CountedThing.refuses(e.metric(), phrase)) {
                continue;
            }
            Score s = new Score();
            s.add(e.before(), p.local(), 1);
            boolean governedHere = s.strongestWeight >= 1;
            s.addAfter(e.after(), p.after());
            s.addTail(e.tail(), p.tail(), p.tailInClause());
            if (s.total > 0) {
                // the sentence's earlier words and the section's heading support the number's own words, never replace them
                s.add(e.before(), p.lead(), 0.5);
                s.add(e.section(), p.section(), 1);
            }
            if (governedHere && "never".equals(e.generic())) {
                s.total += labelIsGeneric.test(e) ? 1.0 : 2.0; // a category named beside a publishing verb is itself evidence
            }
            if (s.total > 0) {
                scored.add(new Decision(e, s.total, s.strongest));
            }
        }
        if (scored.isEmpty()) {
            return new Undecided("no metric's vocabulary governs this figure");
        }
        scored.sort(Comparator.comparingDouble(Decision::score).reversed());
        Decision best = scored.get(0);
        if (best.score() < lexicon.threshold()) {
            return new Undecided(String.format("the governing phrase is too weak for a metric (closest: %s, %.1f of %.1f)",
                    best.entry().metric(), best.score(), lexicon.threshold()));
        }
        for (Decision other : scored.subList(1, scored.size())) {
            if (!other.entry().metric().equals(best.entry().metric()) && best.score() - other.score() < lexicon.margin()) {
                return new Undecided(String.format("the governing phrase fits %s and %s alike", best.entry().metric(), other.entry().metric()));
            }
        }
        return best;
    }

    /**
     * Whether a term of {@code against} stands near the number, unless only inside a longer term of the entry's own
     * (累计主动公开 vetoes the year's total, 全年累计主动公开 is it).
     */
    private static boolean vetoed(Entry e, GoverningPhrase p) {
        if (e.against() == null) {
            return false;
        }
        String near = p.local() + "\u0000" + p.after();
        for (String veto : e.against()) {
            if (veto.contains("…")) {
                // terms that veto together, in order, anywhere in the sentence before the number (截止…累计: a running total),
                // unless the number's own words name the metric's subject
                if (inOrder(p.lead() + p.local(), veto.split("…")) && (e.own() == null || e.own().stream().noneMatch(p.local()::contains))) {
                    return true;
                }
                continue;
            }
            if (near.contains(veto) && (e.before() == null || e.before().keySet().stream()
                    .noneMatch(own -> own.length() > veto.length() && own.contains(veto) && near.contains(own)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase without an enumeration of channels closed by 等 (通过网站、简报、宣传栏等各类载体主动公开信息43条): several
     * channels named together are where the figure was published, none of them is what it counts.
     */
    static GoverningPhrase withoutEnumeration(GoverningPhrase p) {
        String local = TWO_SITES.matcher(ENUMERATION.matcher(NEWS_MEDIA_ENUMERATION.matcher(NEW_MEDIA_ENUMERATION.matcher(p.local()).replaceAll("")).replaceAll("")).replaceAll("")).replaceAll("");
        return local.equals(p.local()) ? p : new GoverningPhrase(local, p.lead(), p.after(), p.tail(), p.tailInClause(), p.section());
    }

    /** A name in such an enumeration: no publishing verb inside it (公开 only as part of 公开网, 公开栏). */
    private static final String CHANNEL_NAME = "(?:(?!公开(?![网栏])|发布(?!平台)|公布)[^,;:、等]){1,16}";

    private static final java.util.regex.Pattern ENUMERATION = java.util.regex.Pattern.compile(
            "(?<=通过|利用|依托|借助|在)" + CHANNEL_NAME + "(?:、" + CHANNEL_NAME + ")+等(?:[\\u4e00-\\u9fff]{0,6}?(?:渠道|途径|方式|载体|平台|媒体))?");

    /**
     * Two websites named together (在市政府门户网站和法制办网站进行了主动公开…): the number was published on both, so neither
     * site's channel counts it; what it counts is decided by the rest of its words.
     */
    private static final java.util.regex.Pattern TWO_SITES = java.util.regex.Pattern.compile(
            "(?<=通过|利用|依托|借助|在)[^,;:、等和及与]{1,16}?(?:网站|网)(?:和|及|与|以及)[^,;:、等和及与]{1,16}?(?:网站|网)(?![站页络上民友格点])");

    /** Accounts named together and closed by 等新媒体 (微信公众号、今日头条等新媒体): the new media are the one channel they name. */
    private static final java.util.regex.Pattern NEW_MEDIA_ENUMERATION = java.util.regex.Pattern.compile(
            "(?<=通过|利用|依托|借助|在)(?:(?:(?!网|公报|栏|报纸|电视)[^,;:、等]){1,16}、)+(?:(?!网|公报|栏|报纸|电视)[^,;:、等]){1,16}等(?=(?:政务)?新媒体)");

    /** Newspapers and stations named together and closed by 等媒体 (眉山日报、眉山电视台等媒体): the news media are their one channel. */
    private static final java.util.regex.Pattern NEWS_MEDIA_ENUMERATION = java.util.regex.Pattern.compile(
            "(?<=通过|利用|依托|借助|在)(?:(?:(?!网|栏|微|公报|公众号)[^,;:、等]){1,16}、)+(?:(?!网|栏|微|公报|公众号)[^,;:、等]){1,16}等(?=(?:新闻|主流|传统)?媒体)");

    private static boolean inOrder(String text, String[] terms) {
        int from = 0;
        for (String t : terms) {
            int at = text.indexOf(t, from);
            if (at < 0) {
                return false;
            }
            from = at + t.length();
        }
        return true;
    }

    /** The sum of the weights of the terms found, each term counted once, at the weight of its best place. */
    private static final class Score {
        double total;
        double strongestWeight;
        String strongest;
        private final Map<String, Double> best = new java.util.HashMap<>();

        void add(Map<String, Double> terms, String text, double factor) {
            found(terms, text).forEach(t -> count(t, terms.get(t) * factor));
        }

        /**
         * Right after the number counts fully (the counted noun), and so does the head noun that ends the words after it
         * (50个专门的信息申请受理点); elsewhere farther on, half.
         */
        /** A verb after the number: the words after it are a clause of their own (8个村部设立了受理点), not what it counts. */
        private static final java.util.regex.Pattern VERB_BEFORE_HEAD = java.util.regex.Pattern.compile("^.{1,8}?(?:设立|设置|建立|开设|配备)");

        void addAfter(Map<String, Double> terms, String after) {
            found(terms, after).forEach(t -> count(t, after.indexOf(t) <= 2 || after.endsWith(t) && !VERB_BEFORE_HEAD.matcher(after).find() ? terms.get(t) : terms.get(t) / 2));
        }

        /** In the number's clause counts fully; beyond it, half. */
        void addTail(Map<String, Double> terms, String tail, int inClause) {
            found(terms, tail).forEach(t -> count(t, tail.indexOf(t) + t.length() <= inClause ? terms.get(t) : terms.get(t) / 2));
        }

        /** The terms found in a text, without those found only as part of a longer term found (信息公开 in 政府信息公开). */
        private static List<String> found(Map<String, Double> terms, String text) {
            if (terms == null) {
                return List.of();
            }
            List<String> found = terms.keySet().stream().filter(text::contains).toList();
            return found.stream().filter(t -> found.stream().noneMatch(o -> o.length() > t.length() && o.contains(t))).toList();
        }

        private void count(String term, double weight) {
            Double before = best.get(term);
            if (before != null && before >= weight) {
                return;
            }
            total += weight - (before == null ? 0 : before);
            best.put(term, weight);
            if (weight > strongestWeight) {
                strongestWeight = weight;
                strongest = term;
            }
        }
    }
}
