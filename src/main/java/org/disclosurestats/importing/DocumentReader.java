package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;

/**
 * Reads a document's figures: its standard tables (or its legacy statistics table) first, then its prose. Pure (no database, no HTTP), so
 * the import path and the corpus measurement run exactly the same reading.
 */
public final class DocumentReader {

    /**
     * What a document says: its edition, the figures mapped to metrics, what was seen but not mapped, the table labels
     * that matched nothing, and the prose figures that contradict a table cell of the same document.
     */
    public record Reading(Edition edition, List<Extracted> figures, List<Unmapped> unmapped, List<String> unmatchedLabels,
                          List<String> conflicts) {
    }

    private final List<Metric> metrics;
    private final Map<String, Metric> byCode = new HashMap<>();
    private final ProseLexicon lexicon;

    public DocumentReader(List<Metric> metrics, ProseLexicon lexicon) {
        this.metrics = metrics;
        this.lexicon = lexicon;
        metrics.forEach(m -> byCode.put(m.code, m));
    }

    public Reading read(DocumentText doc, ProseExtractor.Context context) {
        Edition byYear = ProseEdition.ofYear(context.year() != null ? context.year() : ProseEdition.yearOf(doc));
        StandardTables.Result tables = new StandardTables(metrics).read(doc.tables(), byYear);
        Edition edition = tables.found() ? tables.edition() : byYear;
        ProseExtractor.Result prose = new ProseExtractor(lexicon, byCode).read(doc.text(), context, proseRegions(doc));

        List<Extracted> figures = new ArrayList<>(tables.figures());
        List<Unmapped> unmapped = new ArrayList<>(tables.unmapped());
        if (!tables.found()) {
            LegacyTable.Result legacy = new LegacyTable(byCode).read(doc.tables());
            figures.addAll(legacy.figures());
            unmapped.addAll(legacy.unmapped());
        }
        Map<String, Extracted> cells = new HashMap<>();
        figures.forEach(f -> cells.putIfAbsent(f.key(), f));
        java.util.Set<String> stated = new java.util.HashSet<>(cells.keySet());
        List<String> conflicts = new ArrayList<>();
        for (Extracted read : prose.figures()) {
            Metric m = byCode.get(read.metric());
            String metric = ProseEdition.in(edition, read.metric(), byCode, lexicon).orElse(null);
            // a counterpart may count in another unit (request fees in 万元, the 2021 processing fees in 元)
            java.math.BigDecimal value = metric == null || metric.equals(read.metric()) || read.value() == null ? read.value()
                    : Units.convert(read.value(), m.unit, byCode.get(metric).unit).orElse(null);
            metric = value == null && read.value() != null ? null : metric;
            Extracted f = metric == null || metric.equals(read.metric()) ? read : new Extracted(metric, read.breakdown(), read.subject(), value,
                    read.qualifier(), read.status(), read.provenance(), read.confidence(), (read.note() == null ? "" : read.note() + "; ")
                    + "stated as " + read.metric() + ", counted as " + metric + " in the " + edition.code() + " edition");
            if (metric == null) {
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), m.unit, f.provenance(),
                        "read as " + f.metric() + ", which is not part of the " + edition.code() + " edition"));
            } else if (cells.containsKey(f.key())) {
                Restatements.Verdict verdict = Restatements.of(f, cells.get(f.key()), f == read ? null : read.metric()).orElseThrow();
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), m.unit, f.provenance(), verdict.reason()));
                if (verdict.kind() == Restatements.Kind.CONFLICTS) {
                    conflicts.add(verdict.reason() + " \u2014 \u201c" + f.provenance().quote() + "\u201d");
                }
            } else if (!stated.add(f.key())) {
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), m.unit, f.provenance(), "states " + f.metric()
                        + (f == read ? "" : " (stated as " + read.metric() + ")") + " again: the first statement in the prose is kept"));
            } else {
                figures.add(f);
            }
        }
        unmapped.addAll(prose.unmapped());
        return new Reading(edition, figures, unmapped, tables.unmatchedLabels(), conflicts);
    }

    /** The prose of a document: every paragraph that is not a line of a table. */
    private static List<ProseText.Span> proseRegions(DocumentText doc) {
        List<ProseText.Span> regions = new ArrayList<>();
        String text = doc.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(start, i);
                if (!line.isBlank() && TableReader.fromLine(line).size() < 3) {
                    regions.add(new ProseText.Span(start, i));
                }
                start = i + 1;
            }
        }
        return regions;
    }
}
