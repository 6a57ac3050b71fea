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
        ProseLines.Joined joined = ProseLines.join(text, regions);
        Run run = new Run(joined, new SubjectResolver(lexicon.subjects(), context), context.year());
        for (Span paragraph : joined.paragraphs()) {
            run.paragraph(paragraph);
        }
        return new Result(run.recorder.figures, run.recorder.unmapped);
    }

    /** The reading of one document: what was found so far, and what the sentences before carry on. */
    private final class Run {
        final String text;
        final String m;
        final SubjectResolver subjects;
        final FigureRecorder recorder;
        final Integer year;
        String section = "";
        String subsection = "";
        final TemplatePart part = new TemplatePart(lexicon.templateParts());
        // paragraph state
        String topic;
        SubjectResolver.Actor carried;
        Extracted lastCount;
        final ListContinuation continued = new ListContinuation(lexicon.lists().children());
        int lastCountEnd;
        String lastCountUnit;
        Extracted lastOfSentence;
        java.util.Collection<Extracted> readInSentence = List.of();
        final java.util.Set<Integer> elided = new java.util.HashSet<>();
        /** The metrics of the totals whose parts follow in this sentence (after 其中…): no part states them again. */
        final java.util.Set<String> totals = new java.util.HashSet<>();
        // sentence state
        Extracted listParent;
        String listUnit;
        String lastNoun;

        Run(ProseLines.Joined joined, SubjectResolver subjects, Integer year) {
            this.text = joined.text();
            this.year = year;
            this.m = ProseText.matchingText(joined.text());
            this.subjects = subjects;
            this.recorder = new FigureRecorder(joined, m, metrics);
        }

        void paragraph(Span p) {
            List<Span> sentences = ProseText.split(m, p.start(), p.end(), ProseText.SENTENCE_ENDS);
            String first = sentences.isEmpty() ? null : m.substring(sentences.get(0).start(), sentences.get(0).end());
            if (first != null && HEADING.matcher(first).matches()) {
                part.heading(first);
                if (TOP_HEADING.matcher(first).matches()) {
                    section = first;
                    subsection = "";
                } else {
                    subsection = first;
                }
            }
            topic = BreakdownLabels.topic(first);
            carried = null;
            lastOfSentence = null;
            if (first != null && HEADING.matcher(first).matches()) {
                lastCount = null; // a total is continued (其中…, 在主动公开的…中) within its part of the report only
                continued.reset();
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
            listParent = continuesList ? continued.parentAfter(lastCount) : null;
            listUnit = lastCountUnit;
            List<Span> segments = ProseText.split(m, sentence.start(), sentence.end(), ProseText.SEGMENT_ENDS);
            for (Span segment : segments) {
                List<StatedZeros.Found> stated = zeros.in(m.substring(segment.start(), segment.end()), section + subsection);
                if (stated.isEmpty() && segments.size() == 1) {
                    stated = zeros.underHeading(ms, subsection.isEmpty() ? section : subsection);
                }
                for (StatedZeros.Found z : stated) {
                    int at = segment.start() + z.start();
                    Subject subject = subjects.at(m, at, sentence, carried);
                    recorder.zero(z.metric(), subject, segment, text.substring(at, segment.start() + z.end()), subjects.carried ? Confidence.LOW : Confidence.HIGH);
                }
            }
            List<Mention> mentions = new ArrayList<>();
            for (Mention x : NumberReader.mentions(text.substring(sentence.start(), sentence.end()))) {
                mentions.add(new Mention(x.start() + sentence.start(), x.end() + sentence.start(), x.reading()));
            }
            mentions = ElidedUnits.added(text, m, sentence, mentions, lexicon.lists().openers(), lexicon.lists().leadOpeners(), elided);
            mentions = LabelOpeningCount.without(m, mentions);
            Map<Integer, Extracted> byMention = new HashMap<>();
            readInSentence = byMention.values();
            totals.clear();
            Extracted beforeSentence = lastOfSentence;
            lastOfSentence = null;
            for (int i = 0; i < mentions.size(); i++) {
                Mention x = mentions.get(i);
                Span segment = ProseText.around(segments, x.start());
                GoverningPhrase phrase = GoverningPhrase.of(m, sentence, segment, mentions, i, section + " " + subsection + " " + part.current());
                Extracted previous = i > 0 ? byMention.get(mentions.get(i - 1).start()) : null;
                // what follows a figure (已答复16件 after 收到申请16件) may open the next sentence
                Extracted followed = i > 0 ? previous : beforeSentence;
                Extracted f = mention(x, phrase, sentence, segment, previous, followed);
                if (f != null) {
                    lastOfSentence = f;
                    byMention.put(x.start(), f);
                    if (f.value() != null && !"%".equals(recorder.metric(f.metric()).unit)) {
                        lastCount = f;
                        lastCountEnd = x.end();
                        lastCountUnit = x.unit();
                    }
                }
            }
        }

        /** The figure a mention states (accepted), or null when it is shown as unmapped. */
        private Extracted mention(Mention x, GoverningPhrase phrase, Span sentence, Span segment, Extracted previous, Extracted followed) {
            String refers = PlannedFigures.planned(phrase.local()) ? "a figure of a plan, not of what the year did" : ReferredNumbers.refusal(m, x.start(), x.end());
            if (refers != null) {
                recorder.unmapped(x, segment, refers);
                return null;
            }
            if (listParent == null && lastCount != null && lastCountEnd > sentence.start() && children(lastCount) != null
                    && lexicon.lists().opensList(m.substring(lastCountEnd, x.start()))) {
                listParent = lastCount;
                listUnit = lastCountUnit;
            }
            // a number after 其中 is a part of what the sentence counted before it, never that total again (12件,其中网上申请10件)
            int from = previousEnd(x, sentence);
            if (listParent == null && continued.numberedListGoesOn(m.substring(from, x.start())) != null) {
                listParent = continued.numberedListGoesOn(m.substring(from, x.start()));
                listUnit = lastCountUnit;
            }
            // (a total whose parts are categories has its own reading of parts: the total's metric decided again marks one)
            boolean categoryParts = listParent != null && Units.countAlike(x.unit(), listUnit);
            if (!categoryParts && lexicon.lists().openers().stream().anyMatch(m.substring(from, x.start())::contains)) {
                Subject own = subjects.at(m, x.start(), sentence, carried);
                readInSentence.stream().filter(f -> java.util.Objects.equals(f.subject(), own)).forEach(f -> totals.add(f.metric()));
            }
            Object decided = decision.decide(x.unit(), phrase, followed == null ? null : followed.metric(),
                    e -> labels.isGeneric(category(e, phrase)),
                    e -> !labels.isGeneric(category(e, phrase)) || topic != null, totals);
            String notTheYears = StatedPeriod.of(m, sentence, x.start(), phrase.lead(), phrase.local(), year).refusal(decided instanceof Decision d ? d.entry() : null);
            if (notTheYears != null) {
                recorder.unmapped(x, segment, notTheYears);
                return null;
            }
            // a part is counted in its total's unit: 1000余人次 after a list of 条 is no part of it
            if (listParent != null && Units.countAlike(x.unit(), listUnit)) {
                // a part that is a part of the territory or another unit (其中县直各单位公开3200条) is the total's figure for it
                Subject part = subjects.at(m, x.start(), sentence, null);
                if (part != null && !part.equals(listParent.subject()) && subjects.opensClause(m, sentence, x.start())) {
                    return recorder.figure(listParent.metric(), "", part, x, segment, Confidence.HIGH, "a part of " + listParent.metric() + " by unit");
                }
            }
            if (listParent != null && Units.countAlike(x.unit(), listUnit) && (!(decided instanceof Decision d) || partOfList(d.entry().metric(), x, sentence))
                    && !ListContinuation.laterCountOfItem(m.substring(sentence.start(), x.start()), from - sentence.start(), previous != null && previous != listParent)) {
                String label = labels.item(m, from, x.start());
                if (label != null && !lexicon.lists().namesNoPart(label) && !CountedThing.namesNoInformation(children(listParent), label)) {
                    continued.partRead(listParent);
                    return recorder.figure(children(listParent), label, listParent.subject(), x, segment, Confidence.HIGH, "a part of " + listParent.metric());
                }
            }
            if (elided.contains(x.start())) {
                return null;
            }
            if (decided instanceof Decision d) {
                return decidedFigures(d, x, phrase, sentence, segment, followed);
            }
            String sibling = previous == null ? null : ListContinuation.siblingMetric(previous.metric(), children(previous), m.substring(from, x.start()), lexicon.lists().siblings());
            if (sibling != null && lexicon.lists().labelVerbs().stream().noneMatch(phrase.local()::contains)) {
                String label = labels.sibling(m, from, phrase, x.start());
                if (label != null && !labels.isGeneric(label) && !CountedThing.namesNoInformation(sibling, label)) {
                    return recorder.figure(sibling, label, previous.subject(), x, segment, Confidence.LOW, "next to " + previous.metric());
                }
            }
            recorder.unmapped(x, segment, ((Undecided) decided).reason());
            return null;
        }

        private Extracted decidedFigures(Decision d, Mention x, GoverningPhrase phrase, Span sentence, Span segment, Extracted previous) {
            Entry e = d.entry();
            boolean follower = e.follows() != null && previous != null;
            Subject subject = follower ? previous.subject() : subjects.at(m, x.start(), sentence, carried);
            Confidence confidence = subjects.carried ? Confidence.LOW : Confidence.HIGH;
            if (subject != null && e.against().stream().anyMatch(subject.name()::contains)) {
                // 行政服务中心受理申请4536件: what a service centre receives is no request for information
                recorder.unmapped(x, segment, "read as " + e.metric() + ", but it is about " + subject.name() + ", which that metric excludes");
                return null;
            }
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
                Extracted f = recorder.figure(e.metric(), b, subject, x, segment, confidence, follower ? "follows " + previous.metric() : null);
                first = first == null ? f : first;
            }
            if (first != null && e.companions() != null) {
                // beside the number: its own words, and what follows it up to the next number (当面申请3件,网上申请5件 are parts, not companions)
                String tail = phrase.tail().substring(0, Math.min(phrase.tail().length(), phrase.after().length() + 12)).split("[0-9]", 2)[0];
                for (String opener : lexicon.lists().openers()) {
                    tail = tail.split(opener, 2)[0]; // 12件,其中网上申请10件: what the parts say is not said of the total
                }
                String beside = phrase.local() + "\u0000" + phrase.after() + "\u0000" + tail + "\u0000" + GoverningPhrase.closingOfAll(m, segment);
                for (ProseLexicon.Companion c : e.companions()) {
                    if (c.when().stream().anyMatch(beside::contains)) {
                        recorder.figure(c.metric(), first.breakdown(), subject, x, segment, confidence, "stated with " + e.metric());
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

        private String children(Extracted total) {
            return lexicon.lists().children().get(total.metric());
        }

        /**
         * Whether a number inside a list of parts is one of the parts although its own phrase decides a metric: it
         * decides the parts' metric, or the total's again for the same unit (当面申请 under 收到申请 is a metric of its own).
         */
        private boolean partOfList(String decided, Mention x, Span sentence) {
            String total = listParent.metric();
            if (decided.equals(total) || !decided.startsWith("pro.channel.") && children(listParent).equals(lexicon.lists().children().get(decided))) {
                // the total's own metric again, or another total of the same categories that names no channel (其他法定主动公开64条
                // under 通过政府网站公开各类信息): a part by category, unless it is the part of another unit (其中：办公厅…)
                return java.util.Objects.equals(subjects.at(m, x.start(), sentence, null), listParent.subject());
            }
            return decided.equals(children(listParent)) || lexicon.lists().partKind(total, decided);
        }
    }
}
