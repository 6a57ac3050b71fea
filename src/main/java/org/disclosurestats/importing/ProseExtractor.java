package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.NumberReader.Mention;
import org.disclosurestats.importing.PatternCatalogue.Compiled;
import org.disclosurestats.importing.PatternCatalogue.FigureSpec;
import org.disclosurestats.service.ReportSubmission.Provenance;
import org.disclosurestats.service.ReportSubmission.Subject;
import org.disclosurestats.service.ScriptNormalizer;

/**
 * Reads figures out of legacy prose. Sentences are split on 。！？；; and line breaks; every number with a unit
 * is recognised; the pattern catalogue maps it to a metric by the words around it; what no pattern maps is
 * listed as unmapped. Matching runs on a simplified, half-width copy of the text of exactly the same length,
 * so that quotes and offsets index the original (traditional characters included).
 */
public final class ProseExtractor {

    /** Who the report is by, to tell figures about the issuer from figures about other units. */
    public record Context(String issuerName, String divisionCode, boolean aggregate, Function<String, Optional<String>> subDivision) {
    }

    public record Result(List<Extracted> figures, List<Unmapped> unmapped) {
    }

    private final PatternCatalogue catalogue;
    private final List<Compiled> patterns;
    private final Map<String, Metric> metrics;
    private final Pattern actor;
    private final Pattern level;
    private final Pattern selfMarker;
    private final Pattern leadingStrip;

    public ProseExtractor(PatternCatalogue catalogue, Map<String, Metric> metrics) {
        this.catalogue = catalogue;
        this.patterns = catalogue.compiled();
        this.metrics = metrics;
        PatternCatalogue.Subjects s = catalogue.subjects();
        this.actor = Pattern.compile("^(?<s>[\\u4e00-\\u9fff、]{0,16}?(?:" + String.join("|", s.actorSuffixes()) + ")(?:\\((?:单位|部门)\\))?)(?=\\(含|"
                + String.join("|", s.actionWords()) + ")");
        this.level = Pattern.compile(s.levelPhrase());
        this.selfMarker = Pattern.compile("^(?:" + String.join("|", s.selfMarkers()) + ")");
        this.leadingStrip = Pattern.compile("^(?:" + String.join("|", s.strip()) + ")+");
    }

    // ------------------------------------------------------------------------------------------ text

    private static final Map<Character, Character> SIMPLIFIED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The text as patterns read it: simplified, half-width, ASCII punctuation; one character for one character. */
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

    /** A span of the text: a paragraph (line), a sentence (。！？), or a segment (；;) of one. */
    record Span(int start, int end) {
    }

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

    // ------------------------------------------------------------------------------------------ reading

    /** Reads every paragraph of the text (or only the given spans of it: the prose around tables). */
    public Result read(String text, Context context) {
        return read(text, context, List.of(new Span(0, text.length())));
    }

    Result read(String text, Context context, List<Span> regions) {
        String m = matchingText(text);
        Run run = new Run(text, m, context);
        for (Span region : regions) {
            for (Span paragraph : split(text, region.start(), region.end(), "\n\r")) {
                run.paragraph(paragraph);
            }
        }
        return run.finish();
    }

    private final class Run {
        final String text;
        final String m;
        final Context context;
        final List<Extracted> figures = new ArrayList<>();
        final List<Unmapped> unmapped = new ArrayList<>();
        final Map<String, Extracted> byKey = new LinkedHashMap<>();

        Run(String text, String m, Context context) {
            this.text = text;
            this.m = m;
            this.context = context;
        }

        Result finish() {
            return new Result(figures, unmapped);
        }

        // paragraph state
        String topic;
        Subject carried;
        boolean carriedSet;
        Extracted lastCount;

        void paragraph(Span p) {
            List<Span> sentences = split(text, p.start(), p.end(), "。!?！？");
            topic = topic(sentences.isEmpty() ? null : sentences.get(0));
            carried = null;
            carriedSet = false;
            lastCount = null;
            for (Span sentence : sentences) {
                sentence(sentence);
            }
        }

        private String topic(Span first) {
            if (first == null) {
                return null;
            }
            String s = m.substring(first.start(), first.end());
            if (!s.matches("^(?:[0-9]{1,2}[.、]|\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、|[㈠-㈩]).*")) {
                return null;
            }
            Matcher quoted = Pattern.compile("“([^”]{2,16})”").matcher(s);
            if (quoted.find()) {
                return quoted.group(1);
            }
            Matcher named = Pattern.compile("(?:开展|推进|做好|加强|深化|推动)(?<t>[^,;。“”]{2,12}?)(?:信息)?公开").matcher(s);
            return named.find() ? named.group("t") : null;
        }

        // sentence state
        Extracted listParent;

        void sentence(Span sentence) {
            String ms = m.substring(sentence.start(), sentence.end());
            boolean continuesList = ms.startsWith("其中") && lastCount != null;
            listParent = continuesList ? lastCount : null;
            Subject sentenceActor = null;
            boolean actorFound = false;
            for (Span segment : split(text, sentence.start(), sentence.end(), ";；")) {
                segment(segment, sentence);
            }
            // carry the last actor phrase of the sentence into the next sentences of the paragraph
            for (Span clause : split(m, sentence.start(), sentence.end(), ",;:")) {
                Optional<Optional<Subject>> a = clauseActor(clause);
                if (a.isPresent()) {
                    sentenceActor = a.get().orElse(null);
                    actorFound = true;
                }
            }
            if (actorFound) {
                carried = sentenceActor;
                carriedSet = true;
            }
        }

        void segment(Span seg, Span sentence) {
            String ms = m.substring(seg.start(), seg.end());
            List<Mention> mentions = new ArrayList<>();
            for (Mention x : NumberReader.mentions(text.substring(seg.start(), seg.end()))) {
                mentions.add(new Mention(x.start() + seg.start(), x.end() + seg.start(), x.reading()));
            }
            Map<Integer, Extracted> byMention = new HashMap<>(); // mention start -> figure
            Set<Integer> claimed = new HashSet<>();
            // pass 1: patterns that do not depend on another figure
            for (Compiled c : patterns) {
                if (c.source().figures().stream().allMatch(f -> f.follows() != null)) {
                    continue;
                }
                apply(c, seg, ms, mentions, claimed, byMention, sentence, false);
            }
            // pass 2: items of lists (其中…) and siblings of categories
            if (listParent == null && ms.matches(".*(?:" + String.join("|", catalogue.lists().openers()) + ").*")) {
                int at = indexOfOpener(ms);
                Extracted parent = null;
                for (Mention x : mentions) {
                    Extracted f = byMention.get(x.start());
                    if (x.start() - seg.start() < at && f != null && isCount(f)) {
                        parent = f;
                    }
                }
                if (parent != null && catalogue.lists().children().containsKey(parent.metric())) {
                    listParent = parent;
                }
            }
            for (Mention x : mentions) {
                if (claimed.contains(x.start())) {
                    continue;
                }
                Extracted previous = previousFigure(mentions, byMention, x);
                Extracted item = listItem(x, seg, sentence, previous);
                if (item != null) {
                    claimed.add(x.start());
                    byMention.put(x.start(), item);
                    accept(item);
                }
            }
            // pass 3: ratios that follow a figure (办结率, 占…%)
            for (Compiled c : patterns) {
                if (c.source().figures().stream().anyMatch(f -> f.follows() != null)) {
                    apply(c, seg, ms, mentions, claimed, byMention, sentence, true);
                }
            }
            for (Mention x : mentions) {
                Extracted f = byMention.get(x.start());
                if (f != null && isCount(f)) {
                    lastCount = f;
                }
                if (!claimed.contains(x.start())) {
                    unmapped.add(new Unmapped(x.reading().writtenAs(), x.reading().value(), x.unit(), quote(seg, x.reading().writtenAs()),
                            "no pattern of the catalogue maps this phrasing"));
                }
            }
        }

        private int indexOfOpener(String ms) {
            int best = Integer.MAX_VALUE;
            for (String o : catalogue.lists().openers()) {
                int i = ms.indexOf(o);
                if (i >= 0) {
                    best = Math.min(best, i);
                }
            }
            return best;
        }

        private Extracted previousFigure(List<Mention> mentions, Map<Integer, Extracted> byMention, Mention x) {
            Extracted prev = null;
            for (Mention y : mentions) {
                if (y.start() >= x.start()) {
                    break;
                }
                if (byMention.containsKey(y.start())) {
                    prev = byMention.get(y.start());
                }
            }
            return prev;
        }

        private boolean isCount(Extracted f) {
            Metric metric = metrics.get(f.metric());
            return metric != null && !"%".equals(metric.unit) && f.value() != null;
        }

        private void apply(Compiled c, Span seg, String ms, List<Mention> mentions, Set<Integer> claimed, Map<Integer, Extracted> byMention,
                           Span sentence, boolean followers) {
            Matcher matcher = c.regex().matcher(ms);
            while (matcher.find()) {
                Set<Integer> used = new HashSet<>();
                for (FigureSpec spec : c.source().figures()) {
                    if ((spec.follows() != null) != followers) {
                        continue;
                    }
                    if (spec.when() != null && java.util.Arrays.stream(spec.when().split("\\|")).allMatch(g -> matcher.group(g) == null)) {
                        continue;
                    }
                    if (spec.zero() != null) {
                        zero(c, spec, matcher, seg, sentence);
                        continue;
                    }
                    if (matcher.group(spec.number()) == null) {
                        continue;
                    }
                    int gs = seg.start() + matcher.start(spec.number());
                    int ge = seg.start() + matcher.end(spec.number());
                    Mention mention = mentions.stream().filter(x -> x.start() == gs && x.end() == ge).findFirst().orElse(null);
                    if (mention == null || claimed.contains(mention.start()) && !used.contains(mention.start())) {
                        continue;
                    }
                    String metricCode = spec.metric();
                    Extracted parent = null;
                    if (spec.follows() != null) {
                        parent = previousFigure(mentions, byMention, mention);
                        if (parent == null) {
                            continue;
                        }
                        metricCode = null;
                        for (var e : spec.follows().entrySet()) {
                            if (parent.metric().startsWith(e.getKey())) {
                                metricCode = e.getValue();
                                break;
                            }
                        }
                        if (metricCode == null) {
                            continue;
                        }
                    }
                    List<String> breakdowns = breakdowns(spec, matcher, parent);
                    if (breakdowns == null) {
                        continue;
                    }
                    Subject subject = parent != null && Boolean.TRUE.equals(spec.inherit()) ? parent.subject() : subjectAt(mention.start(), seg, sentence);
                    Confidence confidence = breakdowns.stream().anyMatch(b -> b.startsWith("\u0000")) || subjectCarried ? Confidence.LOW : Confidence.HIGH;
                    boolean any = false;
                    for (String b : breakdowns) {
                        Extracted f = figure(metricCode, b.replace("\u0000", ""), subject, mention, seg, confidence, parent != null ? "follows " + parent.metric() : null);
                        if (f != null) {
                            any = true;
                            accept(f);
                            byMention.putIfAbsent(mention.start(), f);
                        }
                    }
                    if (any) {
                        claimed.add(mention.start());
                        used.add(mention.start());
                    }
                }
            }
        }

        /** The breakdowns a figure spec yields (one, or one per item of an "each" group); null when it cannot be named. */
        private List<String> breakdowns(FigureSpec spec, Matcher matcher, Extracted parent) {
            if (parent != null && Boolean.TRUE.equals(spec.inherit())) {
                return List.of(parent.breakdown());
            }
            String template = spec.breakdown() == null ? "" : spec.breakdown();
            if (spec.each() != null) {
                List<String> out = new ArrayList<>();
                for (String item : matcher.group(spec.each()).split("[、和及与,]")) {
                    if (!item.isBlank()) {
                        out.add(template.replace("${each}", item.strip()));
                    }
                }
                return out;
            }
            boolean fromTopic = false;
            Matcher g = Pattern.compile("\\$\\{([a-zA-Z0-9]+)\\}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (g.find()) {
                String name = g.group(1);
                String value;
                if (name.equals("topic")) {
                    value = topic == null ? "" : topic;
                    fromTopic = true;
                } else {
                    value = matcher.group(name) == null ? "" : cleanLabel(matcher.group(name));
                    if (!value.isEmpty() && isGeneric(value)) {
                        if (topic == null) {
                            return null; // "各类信息" without a topic to name it
                        }
                        value = topic;
                        fromTopic = true;
                    }
                }
                g.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            g.appendTail(out);
            String b = out.toString();
            if (spec.blankBreakdownIf() != null && spec.blankBreakdownIf().contains(b)) {
                b = "";
            }
            return List.of(fromTopic ? "\u0000" + b : b);
        }

        private boolean isGeneric(String label) {
            return label.isEmpty() || catalogue.genericLabels().contains(label);
        }

        /** A label as a breakdown: leading filler words and a 本级 phrase removed; after 的 when the number came first. */
        private String cleanLabel(String raw) {
            String s = raw.strip();
            s = level.matcher(s).replaceFirst("");
            int de = s.lastIndexOf('的');
            if (de >= 0 && de < s.length() - 1) {
                s = s.substring(de + 1);
            }
            for (String strip : catalogue.lists().labelStrip()) {
                if (s.startsWith(strip) && s.length() > strip.length() + 1) {
                    s = s.substring(strip.length());
                }
            }
            return s.strip();
        }

        private void zero(Compiled c, FigureSpec spec, Matcher matcher, Span seg, Span sentence) {
            if (matcher.group(spec.zero()) == null) {
                return;
            }
            int at = seg.start() + matcher.start(spec.zero());
            Subject subject = subjectAt(at, seg, sentence);
            Provenance p = quote(seg, text.substring(at, seg.start() + matcher.end(spec.zero())));
            accept(new Extracted(spec.metric(), spec.breakdown() == null ? "" : spec.breakdown(), subject, BigDecimal.ZERO, Qualifier.EXACT,
                    ObservationStatus.REPORTED, p, subjectCarried ? Confidence.LOW : Confidence.HIGH, "stated as zero in words"));
        }

        private Extracted figure(String metricCode, String breakdown, Subject subject, Mention mention, Span seg, Confidence confidence, String note) {
            Metric metric = metrics.get(metricCode);
            if (metric == null) {
                throw new IllegalStateException("prose pattern names unknown metric " + metricCode);
            }
            Optional<BigDecimal> value = Units.convert(mention.reading().value(), mention.unit(), metric.unit);
            if (value.isEmpty() || "%".equals(metric.unit) != "%".equals(mention.unit())) {
                return null; // a percentage is only ever a ratio, and a ratio only ever a percentage
            }
            String n = note;
            if (mention.unit() != null && !mention.unit().equals(metric.unit) && (mention.unit().endsWith("元") || metric.unit.endsWith("元"))) {
                n = (n == null ? "" : n + "; ") + "written in " + mention.unit() + ", converted to " + metric.unit;
            }
            return new Extracted(metricCode, breakdown, subject, value.get(), mention.reading().qualifier(), ObservationStatus.REPORTED,
                    quote(seg, mention.reading().writtenAs()), confidence, n);
        }

        private Provenance quote(Span seg, String writtenAs) {
            return new Provenance(SourceKind.SENTENCE, text.substring(seg.start(), seg.end()), seg.start(), seg.end(), writtenAs, null, null, null);
        }

        /** Keeps the first statement of a figure; a restatement with another value is shown as unmapped. */
        private void accept(Extracted f) {
            Extracted before = byKey.get(f.key());
            if (before == null) {
                byKey.put(f.key(), f);
                figures.add(f);
            } else if (before.value() == null || f.value() == null || before.value().compareTo(f.value()) != 0) {
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), null, f.provenance(),
                        "states " + f.metric() + (f.breakdown().isEmpty() ? "" : " [" + f.breakdown() + "]") + " again with another value; the first statement is kept"));
            }
        }

        // ------------------------------------------------------------------------------------------ lists

        private Extracted listItem(Mention x, Span seg, Span sentence, Extracted previous) {
            String child = null;
            Extracted parent = null;
            if (listParent != null) {
                child = catalogue.lists().children().get(listParent.metric());
                parent = listParent;
            }
            if (child == null && previous != null && catalogue.lists().siblings().contains(previous.metric()) && !previous.breakdown().isEmpty()) {
                child = previous.metric();
                parent = previous;
            }
            if (child == null) {
                return null;
            }
            String label = itemLabel(x, seg);
            if (label == null) {
                return null;
            }
            Confidence confidence = parent == listParent ? Confidence.HIGH : Confidence.LOW;
            return figure(child, label, parent.subject(), x, seg, confidence, "item of a list under " + parent.metric());
        }

        /** The words just before a number in a list: "综合信息" in "其中:综合信息10494条", 政府机构 in "“政府机构”栏目发布信息934条". */
        private String itemLabel(Mention x, Span seg) {
            int i = x.start();
            int from = i;
            while (from > seg.start() && ",;:、()（）".indexOf(m.charAt(from - 1)) < 0) {
                from--;
            }
            String raw = m.substring(from, i).strip();
            Matcher quoted = Pattern.compile("^“([^”]{2,20})”").matcher(raw);
            if (quoted.find()) {
                return quoted.group(1); // “政府机构”栏目发布信息934条
            }
            String label = raw.replaceFirst("^(?:" + String.join("|", catalogue.lists().openers()) + ")+", "");
            for (String strip : catalogue.lists().labelStrip()) {
                if (label.startsWith(strip) && label.length() > strip.length() + 1) {
                    label = label.substring(strip.length());
                }
            }
            label = label.strip().replaceFirst("(?:共|计|达|为)$", "");
            if (label.length() < 2 || label.length() > 24 || label.matches(".*[0-9].*") || isGeneric(label)) {
                return null;
            }
            for (String verb : catalogue.lists().labelVerbs()) {
                if (label.startsWith(verb)) {
                    return null; // a clause with its own verb, not the name of an item
                }
            }
            return label;
        }

        // ------------------------------------------------------------------------------------------ subjects

        boolean subjectCarried;

        /**
         * The unit a figure at this offset is about: an actor phrase at the start of its clause or of an earlier
         * clause of the sentence ("自治区人民政府办公厅受理…"), "X本级" before it in its clause (aggregate reports
         * only), or the actor carried from an earlier sentence of the paragraph. Null: the issuer itself.
         */
        private Subject subjectAt(int at, Span seg, Span sentence) {
            subjectCarried = false;
            List<Span> clauses = split(m, sentence.start(), sentence.end(), ",;:");
            for (int i = clauses.size() - 1; i >= 0; i--) {
                Span clause = clauses.get(i);
                if (clause.start() > at) {
                    continue;
                }
                Optional<Optional<Subject>> a = clauseActor(clause);
                if (a.isPresent()) {
                    return a.get().orElse(null);
                }
                if (clause.end() >= at) {
                    Matcher lv = level.matcher(m.substring(clause.start(), at));
                    if (lv.find()) {
                        return context.aggregate() ? subject(lv.group()) : null;
                    }
                }
            }
            if (carriedSet && carried != null) {
                subjectCarried = true;
                return carried;
            }
            return null;
        }

        /** The actor phrase starting a clause: empty if none; present-but-empty when it names the issuer (全区, 我市…). */
        private Optional<Optional<Subject>> clauseActor(Span clause) {
            String c = m.substring(clause.start(), clause.end());
            c = leadingStrip.matcher(c).replaceFirst("");
            if (selfMarker.matcher(c).find()) {
                return Optional.of(Optional.empty());
            }
            Matcher a = actor.matcher(c);
            if (!a.find()) {
                return Optional.empty();
            }
            String name = a.group("s");
            if (name.length() < 2 || name.matches("^(?:本|该|此|各地|有的|个别|部分).*")) {
                return Optional.empty();
            }
            if (!context.aggregate() && namesIssuer(name)) {
                return Optional.of(Optional.empty());
            }
            if (name.matches(".*(?:市|州|县|区|旗|盟|地区)$") && context.subDivision().apply(name).isEmpty()) {
                return Optional.empty(); // a place word that is no division below the issuer
            }
            return Optional.of(Optional.of(subject(name)));
        }

        private boolean namesIssuer(String name) {
            String place = context.issuerName().replaceFirst("(?:人民政府|政府)$", "");
            return name.startsWith(place) || level.matcher(name).matches();
        }

        private Subject subject(String name) {
            return new Subject(name, context.subDivision().apply(name).orElse(context.divisionCode()));
        }
    }
}
