package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.MetricDecision.Decision;
import org.disclosurestats.importing.MetricDecision.Undecided;
import org.disclosurestats.importing.NumberReader.Mention;
import org.disclosurestats.importing.ProseLexicon.Entry;
import org.disclosurestats.importing.ProseText.Span;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;

/**
 * Reads figures out of prose in any phrasing. Every number with a unit is found in its sentence with its
 * governing phrase ({@link GoverningPhrase}); its metric is decided from the phrase's vocabulary by the
 * weighted lexicon ({@link MetricDecision}); its subject by {@link SubjectResolver}; its category by
 * {@link BreakdownLabels}; totals followed by 其中 or a bracketed list of parts give their parts the total's
 * category metric; negated statements are zeros of the metric they name ({@link StatedZeros}). What cannot
 * be placed is listed as unmapped with its sentence.
 */
public final class ProseExtractor {

    /**
     * Who the report is by, to tell figures about the issuer from figures about other units, and the year it reports on
     * (null: read from the document), which decides the edition of a report without tables.
     */
    public record Context(String issuerName, String divisionCode, boolean aggregate, Function<String, Optional<String>> subDivision, Integer year) {

        public Context(String issuerName, String divisionCode, boolean aggregate, Function<String, Optional<String>> subDivision) {
            this(issuerName, divisionCode, aggregate, subDivision, null);
        }
    }

    public record Result(List<Extracted> figures, List<Unmapped> unmapped) {
    }

    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,2}、|\\([一二三四五六七八九十]{1,2}\\)|[0-9]{1,2}[.、]).{1,40}$");
    private static final java.util.Set<String> ITEM_UNITS = java.util.Set.of("条", "件", "篇", "个", "项", "份");
    private static final Pattern TOP_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,2}、.*");

    private final ProseLexicon lexicon;
    private final Map<String, Metric> metrics;
    private final MetricDecision decision;
    private final BreakdownLabels labels;
    private final StatedZeros zeros;

    public ProseExtractor(ProseLexicon lexicon, Map<String, Metric> metrics) {
        this.lexicon = lexicon;
        this.metrics = metrics;
        this.decision = new MetricDecision(lexicon);
        this.labels = new BreakdownLabels(lexicon);
        this.zeros = new StatedZeros(lexicon);
    }

    /** Reads every paragraph of the text. */
    public Result read(String text, Context context) {
        return read(text, context, List.of(new Span(0, text.length())));
    }

    /** Reads the given spans of the text (the prose around tables). */
    Result read(String text, Context context, List<Span> regions) {
        Run run = new Run(text, ProseText.matchingText(text), new SubjectResolver(lexicon.subjects(), context));
        for (Span region : regions) {
            for (Span paragraph : ProseText.split(text, region.start(), region.end(), ProseText.PARAGRAPH_ENDS)) {
                run.paragraph(paragraph);
            }
        }
        return new Result(run.figures, run.unmapped);
    }

    /** The reading of one document: what was found so far, and what the sentences before carry on. */
    private final class Run {
        final String text;
        final String m;
        final SubjectResolver subjects;
        final List<Extracted> figures = new ArrayList<>();
        final List<Unmapped> unmapped = new ArrayList<>();
        final Map<String, Extracted> byKey = new LinkedHashMap<>();
        String section = "";
        String subsection = "";
        // paragraph state
        String topic;
        SubjectResolver.Actor carried;
        Extracted lastCount;
        int lastCountEnd;
        String lastCountUnit;
        // sentence state
        Extracted listParent;
        String listUnit;
        String lastNoun;

        Run(String text, String m, SubjectResolver subjects) {
            this.text = text;
            this.m = m;
            this.subjects = subjects;
        }

        void paragraph(Span p) {
            List<Span> sentences = ProseText.split(m, p.start(), p.end(), ProseText.SENTENCE_ENDS);
            String first = sentences.isEmpty() ? null : m.substring(sentences.get(0).start(), sentences.get(0).end());
            if (first != null && HEADING.matcher(first).matches()) {
                if (TOP_HEADING.matcher(first).matches()) {
                    section = first;
                    subsection = "";
                } else {
                    subsection = first;
                }
            }
            topic = BreakdownLabels.topic(first);
            carried = null;
            if (first != null && HEADING.matcher(first).matches()) {
                lastCount = null; // a total is continued (其中…, 在主动公开的…中) within its part of the report only
            }
            for (Span sentence : sentences) {
                sentence(sentence);
                SubjectResolver.Actor a = subjects.lastActor(m, sentence);
                if (a != null) {
                    carried = a;
                }
            }
        }

        void sentence(Span sentence) {
            String ms = m.substring(sentence.start(), sentence.end());
            lastNoun = "";
            boolean continuesList = lexicon.lists().leadOpeners().stream().anyMatch(ms::startsWith);
            listParent = continuesList && lastCount != null && children(lastCount) != null ? lastCount : null;
            listUnit = lastCountUnit;
            List<Span> segments = ProseText.split(m, sentence.start(), sentence.end(), ProseText.SEGMENT_ENDS);
            for (Span segment : segments) {
                for (StatedZeros.Found z : zeros.in(m.substring(segment.start(), segment.end()))) {
                    int at = segment.start() + z.start();
                    Subject subject = subjects.at(m, at, sentence, carried);
                    accept(new Extracted(z.metric(), "", subject, BigDecimal.ZERO, Qualifier.EXACT, ObservationStatus.REPORTED,
                            quote(segment, text.substring(at, segment.start() + z.end())), subjects.carried ? Confidence.LOW : Confidence.HIGH,
                            "stated as zero in words"));
                }
            }
            List<Mention> mentions = new ArrayList<>();
            for (Mention x : NumberReader.mentions(text.substring(sentence.start(), sentence.end()))) {
                mentions.add(new Mention(x.start() + sentence.start(), x.end() + sentence.start(), x.reading()));
            }
            Map<Integer, Extracted> byMention = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention x = mentions.get(i);
                Span segment = ProseText.around(segments, x.start());
                GoverningPhrase phrase = GoverningPhrase.of(m, sentence, segment, mentions, i, section + " " + subsection);
                Extracted previous = i > 0 ? byMention.get(mentions.get(i - 1).start()) : null;
                Extracted f = mention(x, phrase, sentence, segment, previous);
                if (f != null) {
                    byMention.put(x.start(), f);
                    if (f.value() != null && !"%".equals(metrics.get(f.metric()).unit)) {
                        lastCount = f;
                        lastCountEnd = x.end();
                        lastCountUnit = x.unit();
                    }
                }
            }
        }

        /** The figure a mention states (accepted), or null when it is shown as unmapped. */
        private Extracted mention(Mention x, GoverningPhrase phrase, Span sentence, Span segment, Extracted previous) {
            if (listParent == null && lastCount != null && lastCountEnd > sentence.start() && children(lastCount) != null
                    && opensList(m.substring(lastCountEnd, x.start()))) {
                listParent = lastCount;
                listUnit = lastCountUnit;
            }
            Object decided = decision.decide(x.unit(), phrase, previous == null ? null : previous.metric(),
                    e -> labels.isGeneric(category(e, phrase)),
                    e -> !labels.isGeneric(category(e, phrase)) || topic != null);
            int from = previousEnd(x, sentence);
            // a part is counted in its total's unit: 1000余人次 after a list of 条 is no part of it
            if (listParent != null && countsAlike(x.unit(), listUnit) && (!(decided instanceof Decision d) || partOfList(d.entry().metric(), x, sentence))) {
                String label = labels.item(m, from, x.start());
                if (label != null) {
                    return figure(children(listParent), label, listParent.subject(), x, segment, Confidence.HIGH, "a part of " + listParent.metric());
                }
            }
            if (decided instanceof Decision d) {
                return decidedFigures(d, x, phrase, sentence, segment, previous);
            }
            if (previous != null && lexicon.lists().siblings().contains(previous.metric())
                    && lexicon.lists().labelVerbs().stream().noneMatch(phrase.local()::contains)) {
                String label = labels.sibling(m, from, phrase, x.start());
                if (label != null && !labels.isGeneric(label)) {
                    return figure(previous.metric(), label, previous.subject(), x, segment, Confidence.LOW, "next to " + previous.metric());
                }
            }
            unmapped.add(new Unmapped(x.reading().writtenAs(), x.reading().value(), x.unit(), quote(segment, x.reading().writtenAs()),
                    ((Undecided) decided).reason()));
            return null;
        }

        private Extracted decidedFigures(Decision d, Mention x, GoverningPhrase phrase, Span sentence, Span segment, Extracted previous) {
            Entry e = d.entry();
            boolean follower = e.follows() != null && previous != null;
            Subject subject = follower ? previous.subject() : subjects.at(m, x.start(), sentence, carried);
            Confidence confidence = subjects.carried ? Confidence.LOW : Confidence.HIGH;
            List<String> breakdowns = new ArrayList<>();
            switch (e.breakdown() == null ? "none" : e.breakdown()) {
                case "label" -> {
                    String label = labels.governed(phrase, e);
                    if (labels.isGeneric(label) || e.blankBreakdownIf().contains(label)) {
                        label = !label.isEmpty() && labels.isGeneric(label) && topic != null ? topic : "";
                        confidence = label.isEmpty() ? confidence : Confidence.LOW;
                    }
                    breakdowns.add(label);
                }
                case "topic" -> breakdowns.add(topic == null ? "" : topic);
                case "term" -> breakdowns.add(BreakdownLabels.term(e, d.term(), phrase));
                case "quoted" -> breakdowns.add(Optional.ofNullable(BreakdownLabels.quoted(phrase)).orElse(""));
                case "each" -> breakdowns.addAll(BreakdownLabels.each(phrase, e));
                case "inherit" -> breakdowns.add(follower ? inherited(previous) : "");
                default -> breakdowns.add("");
            }
            String noun = breakdowns.isEmpty() || breakdowns.get(0).isEmpty() ? labels.noun(phrase, e) : breakdowns.get(0);
            lastNoun = noun.isEmpty() ? lastNoun : noun;
            Extracted first = null;
            for (String b : breakdowns) {
                Extracted f = figure(e.metric(), b, subject, x, segment, confidence, follower ? "follows " + previous.metric() : null);
                first = first == null ? f : first;
            }
            if (first != null && e.companions() != null) {
                // beside the number: its own words, and what follows it up to the next number (当面申请3件,网上申请5件 are parts, not companions)
                String tail = phrase.tail().substring(0, Math.min(phrase.tail().length(), phrase.after().length() + 12)).split("[0-9]", 2)[0];
                String beside = phrase.local() + "\u0000" + phrase.after() + "\u0000" + tail;
                for (ProseLexicon.Companion c : e.companions()) {
                    if (c.when().stream().anyMatch(beside::contains)) {
                        figure(c.metric(), first.breakdown(), subject, x, segment, confidence, "stated with " + e.metric());
                    }
                }
            }
            return first;
        }

        /** Where the number before this one in the sentence ends (its unit included), or the sentence's start. */
        private int previousEnd(Mention x, Span sentence) {
            int end = sentence.start();
            for (Mention y : NumberReader.mentions(text.substring(sentence.start(), x.start()))) {
                end = sentence.start() + y.end();
            }
            return end;
        }

        /** The category an entry would name for a phrase: its quoted name, or the words it governs. */
        private String category(Entry e, GoverningPhrase phrase) {
            return "quoted".equals(e.breakdown()) ? BreakdownLabels.quoted(phrase) : labels.governed(phrase, e);
        }

        /** A ratio's category: its figure's category, else the counted noun of the figures before it (精简幅度 of 行政权力事项). */
        private String inherited(Extracted previous) {
            if (!previous.breakdown().isEmpty()) {
                return previous.breakdown();
            }
            return lastNoun;
        }

        /** Whether two units count the same kind of thing: equal, or both units of documents (条, 件, 篇…). */
        private static boolean countsAlike(String unit, String other) {
            return java.util.Objects.equals(unit, other) || ITEM_UNITS.contains(unit) && ITEM_UNITS.contains(other);
        }

        /** Whether the words after a total open a list of its parts: 其中…, 包括…, or a bracket. */
        private boolean opensList(String between) {
            return between.startsWith("(") || lexicon.lists().openers().stream().anyMatch(between::contains);
        }

        private String children(Extracted total) {
            return lexicon.lists().children().get(total.metric());
        }

        /**
         * Whether a number inside a list of parts is one of the parts although its own phrase decides a metric: it
         * decides the parts' metric, or the total's again for the same unit (当面申请 under 收到申请 is a metric of its own).
         */
        private boolean partOfList(String decided, Mention x, Span sentence) {
            String total = listParent.metric();
            if (decided.equals(total)) {
                // the total's own metric again: a part by category, unless it is the part of another unit (其中：办公厅…)
                return java.util.Objects.equals(subjects.at(m, x.start(), sentence, null), listParent.subject());
            }
            return decided.equals(children(listParent));
        }

        private Extracted figure(String metricCode, String breakdown, Subject subject, Mention mention, Span seg, Confidence confidence, String note) {
            List<String> categories = BreakdownLabels.distributed(breakdown);
            if (categories.size() > 1) {
                Extracted first = null;
                for (String category : categories) {
                    Extracted f = figure(metricCode, category, subject, mention, seg, confidence, note);
                    first = first == null ? f : first;
                }
                return first;
            }
            Metric metric = metrics.get(metricCode);
            if (metric == null) {
                throw new IllegalStateException("the prose lexicon names unknown metric " + metricCode);
            }
            Optional<BigDecimal> value = Units.convert(mention.reading().value(), mention.unit(), metric.unit);
            if (value.isEmpty() || "%".equals(metric.unit) != "%".equals(mention.unit())) {
                unmapped.add(new Unmapped(mention.reading().writtenAs(), mention.reading().value(), mention.unit(), quote(seg, mention.reading().writtenAs()),
                        "read as " + metricCode + ", whose unit " + metric.unit + " does not measure " + mention.unit()));
                return null;
            }
            String n = note;
            if (mention.unit() != null && !mention.unit().equals(metric.unit) && (mention.unit().endsWith("元") || metric.unit.endsWith("元"))) {
                n = (n == null ? "" : n + "; ") + "written in " + mention.unit() + ", converted to " + metric.unit;
            }
            Extracted f = new Extracted(metricCode, breakdown, subject, value.get(), mention.reading().qualifier(), ObservationStatus.REPORTED,
                    quote(seg, mention.reading().writtenAs()), confidence, n);
            accept(f);
            return f;
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
    }
}
