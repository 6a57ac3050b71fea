package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.repository.ReportRevisionRepository;

/** Who changed what in a report, revision by revision. */
@ApplicationScoped
public class ReportHistory {

    @Inject
    ReportQueries queries;
    @Inject
    ReportRevisionRepository revisions;
    @Inject
    Revisions contents;

    /** What one revision changed against the one before it (for the first revision, everything is added). */
    public record Change(ReportRevision revision, int figures, List<String> fieldsChanged, List<String> figuresAdded,
                         List<String> figuresRemoved, List<String> figuresChanged) {
    }

    /** The whole history of a report, retracted or not, oldest revision first. */
    @Transactional
    public List<Change> history(long id) {
        Report report = queries.publicReport(id);
        List<Change> changes = new ArrayList<>();
        ReportSubmission previous = null;
        for (ReportRevision revision : revisions.ofReport(report.id).stream().filter(r -> r.status != RevisionStatus.DRAFT).toList()) {
            ReportSubmission content = contents.asSubmission(report, revision);
            changes.add(diff(revision, previous, content));
            previous = content;
        }
        return changes;
    }

    private static Change diff(ReportRevision revision, ReportSubmission before, ReportSubmission after) {
        Map<String, Figure> old = byKey(before == null ? List.of() : before.canonicalFigures());
        Map<String, Figure> now = byKey(after.canonicalFigures());
        List<String> fields = new ArrayList<>();
        if (before != null) {
            addIfChanged(fields, "edition", before.edition(), after.edition());
            addIfChanged(fields, "title", before.title(), after.title());
            addIfChanged(fields, "sourceUrl", before.sourceUrl(), after.sourceUrl());
            addIfChanged(fields, "publishedOn", before.publishedOn(), after.publishedOn());
            addIfChanged(fields, "issuerKind", before.issuerKind(), after.issuerKind());
            addIfChanged(fields, "text", before.sourceText(), after.sourceText());
        }
        List<String> added = now.keySet().stream().filter(k -> !old.containsKey(k)).toList();
        List<String> removed = old.keySet().stream().filter(k -> !now.containsKey(k)).toList();
        List<String> changed = now.keySet().stream().filter(k -> old.containsKey(k) && !old.get(k).equals(now.get(k))).toList();
        return new Change(revision, now.size(), fields, added, removed, changed);
    }

    private static void addIfChanged(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    /** Figures by a readable key: the metric, [breakdown] and @subject when present. */
    private static Map<String, Figure> byKey(List<Figure> figures) {
        Map<String, Figure> map = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = f.metric() + (f.breakdown().isEmpty() ? "" : "[" + f.breakdown() + "]") + (f.subject() == null ? "" : "@" + f.subject().name());
            map.put(key, f);
        }
        return map;
    }
}
