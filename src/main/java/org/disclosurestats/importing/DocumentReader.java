package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;

/**
 * Reads a document's figures: its standard tables (or its legacy statistics table) first, then its prose. Pure (no database, no HTTP), so
 * the import path and the corpus measurement run exactly the same reading.
 */
public final class DocumentReader {

    /** What a document says: its edition, the figures mapped to metrics, and what was seen but not mapped. */
    public record Reading(Edition edition, List<Extracted> figures, List<Unmapped> unmapped, List<String> unmatchedLabels) {
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
        StandardTables.Result tables = new StandardTables(metrics).read(doc.tables());
        Edition edition = tables.found() ? tables.edition()
                : ProseEdition.ofYear(context.year() != null ? context.year() : ProseEdition.yearOf(doc));
        ProseExtractor.Result prose = new ProseExtractor(lexicon, byCode).read(doc.text(), context, proseRegions(doc));

        List<Extracted> figures = new ArrayList<>(tables.figures());
        List<Unmapped> unmapped = new ArrayList<>(tables.unmapped());
        if (!tables.found()) {
            LegacyTable.Result legacy = new LegacyTable(byCode).read(doc.tables());
            figures.addAll(legacy.figures());
            unmapped.addAll(legacy.unmapped());
        }
        Set<String> keys = new HashSet<>();
        figures.forEach(f -> keys.add(f.key()));
        for (Extracted read : prose.figures()) {
            Metric m = byCode.get(read.metric());
            String metric = ProseEdition.in(edition, read.metric(), byCode, lexicon).orElse(null);
            Extracted f = metric == null || metric.equals(read.metric()) ? read : new Extracted(metric, read.breakdown(), read.subject(), read.value(),
                    read.qualifier(), read.status(), read.provenance(), read.confidence(), (read.note() == null ? "" : read.note() + "; ")
                    + "stated as " + read.metric() + ", counted as " + metric + " in the " + edition.code() + " edition");
            if (metric == null) {
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), m.unit, f.provenance(),
                        "read as " + f.metric() + ", which is not part of the " + edition.code() + " edition"));
            } else if (!keys.add(f.key())) {
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), m.unit, f.provenance(), "restates " + f.metric()
                        + (f == read ? "" : " (stated as " + read.metric() + ")") + ", already read from the table"));
            } else {
                figures.add(f);
            }
        }
        unmapped.addAll(prose.unmapped());
        return new Reading(edition, figures, unmapped, tables.unmatchedLabels());
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
