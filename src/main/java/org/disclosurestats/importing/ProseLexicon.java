package org.disclosurestats.importing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary that decides what a figure in prose means, kept as data in
 * {@code src/main/resources/importing/prose-lexicon.json}: for each metric, the words of its governing phrase
 * with their weights, and the examples it must read (ProseLexiconTest runs them). Terms may be written in
 * simplified or traditional characters: they are matched on the simplified, half-width form of the text.
 *
 * <p>Where a term counts: {@code before} in the words that precede the number in its clause (the clause's
 * earlier words, before a previous number, and earlier clauses of the sentence count half); {@code after} in the
 * words right after the number and its unit (the counted noun of "39个部门"; farther on, half); {@code tail}
 * anywhere after the number in its segment (beyond its clause, half); {@code section} in the heading of the part
 * of the report the sentence stands in. A term of {@code against} vetoes the metric.
 *
 * <p>{@code editions}: per edition, the metric that counts in its tables what a legacy metric counts (收到申请 is
 * 本年新收 from 2019), so that a report without tables states its prose in the metrics of its own edition.
 *
 * <p>{@code templateParts}: the parts of the national template and the words of their headings ({@link TemplatePart});
 * the part a sentence stands in is one more word of its {@code section}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProseLexicon(int version, double threshold, double margin, Subjects subjects, Lists lists, List<String> genericLabels,
                           List<Entry> entries, List<Zero> zeros,
                           Map<String, Map<String, String>> editions, Map<String, List<String>> templateParts) {

    public static final String RESOURCE = "importing/prose-lexicon.json";

    /** How the unit a figure is about is found: an actor phrase at the start of a clause, or "X本级". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subjects(List<String> actorSuffixes, List<String> actionWords, List<String> selfMarkers, String levelPhrase,
                           List<String> strip, List<String> otherUnits) {
    }

    /**
     * Totals and their parts: openers (其中…; leading a sentence, 在主动公开的…中), the metric of the parts under a total, metrics
     * whose siblings follow them, words that make a label no part of a total of information (不予公开, 依申请公开), and
     * metrics that are a kind of the information a list of parts counts (政策解读3条 among the categories of a website's
     * total is one of its categories, not the interpretations of the year).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lists(List<String> openers, List<String> leadOpeners, Map<String, String> children, List<String> siblings, List<String> labelStrip,
                        List<String> labelVerbs, List<String> notParts, Map<String, List<String>> partKinds) {

        /**
         * Whether a metric decided for a number inside a total's list of parts is one of the kinds the total holds (省长信箱2件
         * under 共收到来信N件: a mailbox is one channel of the letters), so the number is a part by its label.
         */
        public boolean partKind(String total, String decided) {
            return partKinds != null && partKinds.getOrDefault(total, List.of()).contains(decided);
        }

        /** Whether a label names no part of a total (不予公开, 依申请公开信息: answers and requests are no category of information). */
        public boolean namesNoPart(String label) {
            return notParts.stream().anyMatch(label::contains);
        }

        /** Whether the words after a total open a list of its parts: 其中…, 包括…, or a bracket. */
        public boolean opensList(String between) {
            return between.startsWith("(") || openers.stream().anyMatch(between::contains) || FIRST_NUMBERED_ITEM.matcher(between).find();
        }

        /** A colon and the first item of a numbered list (情况:1.…, 如下:(一)…, :①…): the parts of the total before it follow. */
        private static final java.util.regex.Pattern FIRST_NUMBERED_ITEM = java.util.regex.Pattern.compile(":\\s*(?:1[.、](?![0-9])|\\((?:1|一)\\)|①|一是)");
    }

    /**
     * One metric's vocabulary. {@code breakdown}: how the category is named — "label" (the words between the
     * governing verb and the number, or the counted noun after it; the paragraph's topic when they are generic),
     * "term" (the strongest term found), "topic", "quoted" (a “…” name before the number), "each" (one figure per
     * item of {@code each}'s group "items", named by {@code eachLabel}). {@code follows}: a ratio that belongs to
     * the figure before it, whose metric starts so. {@code companions}: further metrics the same number states
     * when one of their terms stands beside it (受理并办结…: received and closed). {@code own}: words that, in the number's own
     * clause, name the metric's subject, so that a veto of terms in order ({@code against} "热线…咨询": the consultations of a
     * hotline) does not apply (热线…接受政府信息公开咨询 is still a disclosure consultation).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String metric, List<String> units, Map<String, Double> before, Map<String, Double> after,
                        Map<String, Double> tail, Map<String, Double> section, List<String> against, String follows, String breakdown,
                        List<String> blankBreakdownIf, String generic, String each, String eachLabel, List<Companion> companions,
                        List<String> own, List<Example> examples) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Companion(String metric, List<String> when) {
    }

    /**
     * A statement that something did not happen (未收到…行政复议申请): zero for the one metric it names. The
     * negation must be followed (within {@code within} characters of its sentence) by every term of one of the
     * {@code objectAfter} sequences in order, or preceded by one of {@code objectBefore}; a term of {@code against}
     * in between names another thing, and the statement is not about this metric; a term of {@code scopedBy} between
     * the negation and its object is what is denied (没有按时答复的依申请公开申请 denies 按时答复, not the requests).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Zero(String id, String metric, List<String> negations, List<List<String>> objectAfter, List<List<String>> objectBefore,
                       List<String> against, List<String> scopedBy, Integer within, List<Example> examples) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Example(String text, List<Expected> expect, List<String> absent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(String metric, BigDecimal value, String breakdown, String subject, String qualifier) {
    }

    public static ProseLexicon load(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return json.readValue(in, ProseLexicon.class).simplified();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The lexicon with every term in the form the text is matched in (simplified, half-width). */
    ProseLexicon simplified() {
        List<Entry> es = entries.stream().map(e -> new Entry(e.id(), e.metric(), e.units(), terms(e.before()), terms(e.after()), terms(e.tail()),
                terms(e.section()), terms(e.against()), e.follows(), e.breakdown(), terms(e.blankBreakdownIf()), e.generic(), e.each(), e.eachLabel(),
                e.companions() == null ? List.of() : e.companions().stream().map(c -> new Companion(c.metric(), terms(c.when()))).toList(),
                terms(e.own()), e.examples())).toList();
        List<Zero> zs = zeros.stream().map(z -> new Zero(z.id(), z.metric(), terms(z.negations()),
                z.objectAfter() == null ? List.of() : z.objectAfter().stream().map(ProseLexicon::terms).toList(),
                z.objectBefore() == null ? List.of() : z.objectBefore().stream().map(ProseLexicon::terms).toList(),
                terms(z.against()), terms(z.scopedBy()), z.within(), z.examples())).toList();
        Lists ls = new Lists(terms(lists.openers()), terms(lists.leadOpeners()), lists.children(), lists.siblings(), terms(lists.labelStrip()),
                terms(lists.labelVerbs()), terms(lists.notParts()), lists.partKinds());
        Map<String, List<String>> parts = new LinkedHashMap<>();
        if (templateParts != null) {
            templateParts.forEach((part, words) -> parts.put(ProseText.matchingText(part), terms(words)));
        }
        return new ProseLexicon(version, threshold, margin, subjects, ls, terms(genericLabels), es, zs, editions == null ? Map.of() : editions, parts);
    }

    private static Map<String, Double> terms(Map<String, Double> weights) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (weights != null) {
            weights.forEach((t, w) -> out.merge(ProseText.matchingText(t), w, Math::max));
        }
        return out;
    }

    private static List<String> terms(List<String> terms) {
        return terms == null ? List.of() : terms.stream().map(ProseText::matchingText).distinct().toList();
    }
}
