package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.repository.ObservationRepository;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.repository.ReportRevisionRepository;
import org.disclosurestats.service.ReportService.Outcome;
import org.disclosurestats.service.ReportService.Recorded;
import org.disclosurestats.service.SubmissionCheck.Checked;

/**
 * The lines of a bulk group whose reports are already stored, recorded as {@code ReportService.record}
 * records one (revised when the content differs from the current published revision, unchanged
 * otherwise), in a constant number of statements however many lines: the reports locked in one (id
 * order), their revisions read in one, the current revisions' figures in one, the new revisions and all
 * their figures written together.
 */
@ApplicationScoped
class StoredLines {

    @Inject
    ReportRepository reports;
    @Inject
    ReportRevisionRepository revisions;
    @Inject
    ObservationRepository observations;
    @Inject
    Revisions contents;

    /** Lines (no two with the same identity) whose reports have these ids, outcomes in line order. */
    List<Recorded> record(List<Checked> lines, List<Long> reportIds) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, Report> locked = reports.lockedByIds(reportIds);
        Map<Long, List<ReportRevision>> revisionsOf = revisions.list("reportId in ?1", reportIds).stream()
                .collect(Collectors.groupingBy(rv -> rv.reportId));
        List<ReportRevision> current = new ArrayList<>();
        for (long id : reportIds) {
            // current_revision_no is 0 while a report created by an import has only drafts
            current.add(revisionsOf.getOrDefault(id, List.of()).stream().filter(rv -> rv.revisionNo == locked.get(id).currentRevisionNo)
                    .findFirst().orElse(null));
        }
        Map<Long, List<Observation>> figures = observations.ofRevisions(current.stream()
                .filter(rv -> rv != null && rv.status == RevisionStatus.PUBLISHED).map(rv -> rv.id).toList());
        List<Recorded> recorded = new ArrayList<>();
        List<Revisions.Next> next = new ArrayList<>();
        List<Integer> revised = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Report report = locked.get(reportIds.get(k));
            ReportRevision now = current.get(k);
            ReportSubmission s = lines.get(k).submission();
            if (now != null && now.status == RevisionStatus.PUBLISHED
                    && s.sameContentAs(contents.asSubmission(report, now, figures.getOrDefault(now.id, List.of())))) {
                recorded.add(new Recorded(Outcome.UNCHANGED, report, now));
                continue;
            }
            // Drafts take numbers too: the next revision is max(revision_no) + 1, not current + 1.
            int nextNo = revisionsOf.getOrDefault(report.id, List.of()).stream().mapToInt(rv -> rv.revisionNo).max().orElse(0) + 1;
            next.add(new Revisions.Next(report, nextNo, RevisionStatus.PUBLISHED, s, lines.get(k).actor(), lines.get(k).changeNote()));
            revised.add(k);
            recorded.add(null);
        }
        List<ReportRevision> written = contents.appendAll(next);
        for (int i = 0; i < revised.size(); i++) {
            Report report = next.get(i).report();
            report.currentRevisionNo = written.get(i).revisionNo;
            recorded.set(revised.get(i), new Recorded(Outcome.REVISED, report, written.get(i)));
        }
        return recorded;
    }
}
