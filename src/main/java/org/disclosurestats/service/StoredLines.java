package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final int COMPARED_AT_ONCE = 50;

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
        Map<Long, Integer> lastNo = revisions.lastNumbers(reportIds);
        List<Recorded> recorded = new ArrayList<>();
        List<Revisions.Next> next = new ArrayList<>();
        List<Integer> revised = new ArrayList<>();
        Map<Long, ReportRevision> current = Map.of();
        Map<Long, List<Observation>> figures = Map.of();
        for (int k = 0; k < lines.size(); k++) {
            if (k % COMPARED_AT_ONCE == 0) {
                // Revisions (with their texts) and figures are read for a slice of lines at a time: a whole
                // group's (500 lines of 200 figures, beside the group's own submissions) would not fit the heap.
                current = revisions.currentDetached(reportIds.subList(k, Math.min(lines.size(), k + COMPARED_AT_ONCE)));
                figures = observations.ofRevisions(current.values().stream()
                        .filter(rv -> rv.status == RevisionStatus.PUBLISHED).map(rv -> rv.id).toList());
            }
            Report report = locked.get(reportIds.get(k));
            ReportRevision now = current.get(report.id);
            ReportSubmission s = lines.get(k).submission();
            if (now != null && now.status == RevisionStatus.PUBLISHED
                    && s.sameContentAs(contents.asSubmission(report, now, figures.getOrDefault(now.id, List.of())))) {
                recorded.add(new Recorded(Outcome.UNCHANGED, report, now));
                continue;
            }
            // Drafts take numbers too: the next revision is max(revision_no) + 1, not current + 1.
            int nextNo = lastNo.getOrDefault(report.id, 0) + 1;
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
