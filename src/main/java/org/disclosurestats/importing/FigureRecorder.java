package org.disclosurestats.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.Extraction.Confidence;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.NumberReader.Mention;
import org.disclosurestats.importing.ProseText.Span;

/**
 * The figures a prose document yields and what it could not place: a number is recorded in its metric's unit with
 * its sentence, its category quoted in the script the report is written in, and the first statement of a figure
 * is kept (a restatement with another value is shown as unmapped).
 */
final class FigureRecorder {

    private final String text;
    private final String matching;
    private final Map<String, Metric> metrics;
    final List<Extracted> figures = new ArrayList<>();
    final List<Unmapped> unmapped = new ArrayList<>();
    private final Map<String, Extracted> byKey = new LinkedHashMap<>();

    /** The text as read (lines joined) and the original it maps to, which provenance quotes. */
    private final ProseLines.Joined source;

    FigureRecorder(ProseLines.Joined source, String matching, Map<String, Metric> metrics) {
        this.source = source;
        this.text = source.text();
        this.matching = matching;
        this.metrics = metrics;
    }

    Metric metric(String code) {
        Metric metric = metrics.get(code);
        if (metric == null) {
            throw new IllegalStateException("the prose lexicon names unknown metric " + code);
        }
        return metric;
    }

    /** Records a number as a figure of a metric (one per category when several share it); null when its unit does not fit. */
    Extracted figure(String metricCode, String breakdown, Subject subject, Mention mention, Span seg, Confidence confidence, String note) {
        List<String> categories = BreakdownLabels.distributed(breakdown);
        if (categories.size() > 1) {
            Extracted first = null;
            for (String category : categories) {
                Extracted f = figure(metricCode, category, subject, mention, seg, confidence, note);
                first = first == null ? f : first;
            }
            return first;
        }
        Metric metric = metric(metricCode);
        Optional<BigDecimal> value = Units.convert(mention.reading().value(), mention.unit(), metric.unit);
        if (value.isEmpty() || "%".equals(metric.unit) != "%".equals(mention.unit())) {
            unmapped(mention, seg, "read as " + metricCode + ", whose unit " + metric.unit + " does not measure " + mention.unit());
            return null;
        }
        String n = note;
        if (mention.unit() != null && !mention.unit().equals(metric.unit) && (mention.unit().endsWith("元") || metric.unit.endsWith("元"))) {
            n = (n == null ? "" : n + "; ") + "written in " + mention.unit() + ", converted to " + metric.unit;
        }
        Extracted f = new Extracted(metricCode, asWritten(breakdown, seg), subject, value.get(), mention.reading().qualifier(), ObservationStatus.REPORTED,
                quote(seg, mention.reading().writtenAs()), confidence, n);
        accept(f);
        return f;
    }

    /** A zero stated in words for a metric. */
    void zero(String metric, Subject subject, Span seg, String writtenAs, Confidence confidence) {
        accept(new Extracted(metric, "", subject, BigDecimal.ZERO, org.disclosurestats.domain.Qualifier.EXACT, ObservationStatus.REPORTED,
                quote(seg, writtenAs), confidence, "stated as zero in words"));
    }

    void unmapped(Mention mention, Span seg, String reason) {
        unmapped.add(new Unmapped(mention.reading().writtenAs(), mention.reading().value(), mention.unit(), quote(seg, mention.reading().writtenAs()), reason));
    }

    /**
     * A category in the script of the report: the label is found in the matching (simplified) form of its sentence and
     * quoted from the original at the same place (採購信息 stays traditional); a label not found there is kept as read.
     */
    private String asWritten(String label, Span seg) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        int at = matching.indexOf(label, seg.start());
        return at >= 0 && at + label.length() <= seg.end() ? text.substring(at, at + label.length()) : label;
    }

    private Provenance quote(Span seg, String writtenAs) {
        Span original = source.original(seg);
        return new Provenance(SourceKind.SENTENCE, source.original().substring(original.start(), original.end()), original.start(), original.end(),
                writtenAs, null, null, null);
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
