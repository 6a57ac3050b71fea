package org.disclosurestats.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.service.ReportService.Outcome;
import org.disclosurestats.service.ReportService.Recorded;
import org.disclosurestats.service.SubmissionCheck.Checked;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Recording the lines of a bulk upload: checked one by one, recorded in groups of consecutive lines. */
@ApplicationScoped
public class BulkRecorder {

    private static final Logger LOG = Logger.getLogger(BulkRecorder.class);

    @Inject
    SubmissionCheck checks;
    @Inject
    ReportService writer;
    @Inject
    ReportRepository reports;
    @Inject
    StoredLines storedLines;

    /** One line of a bulk upload: a submission and its change note. */
    public record Submitted(ReportSubmission submission, String changeNote) {
    }

    /** What became of one line: recorded, or the failure that stopped it (an ApiProblem when it was refused). */
    public record LineOutcome(Recorded recorded, RuntimeException failure) {
    }

    /**
     * At most this many consecutive lines of a bulk upload are recorded in one transaction. Larger
     * groups share more roll-up ancestors (fewer rows rewritten) but hold their new identities longer
     * and replay more lines one by one when they fail.
     */
    @ConfigProperty(name = "disclosure.bulk.group-lines", defaultValue = "500")
    int groupLines;

    /** How many lines a bulk upload hands over at once at most: one group's worth. */
    public int bulkGroupLines() {
        return groupLines;
    }

    /**
     * Records the lines of a bulk upload, each as {@link ReportService#createOrRevise(ReportSubmission, Caller, String, boolean)}
     * would, with the same outcomes. Every line is checked first, writing nothing, so an invalid line is
     * refused on its own. The valid ones are recorded in groups of consecutive lines, one transaction per
     * group, whose projections and stored roll-ups are rebuilt once for the whole group. A group ends
     * before a line whose identity it already holds, so a report and its revision in one upload come out
     * as if sent one after the other. If a group fails at the database, it is rolled back and its lines
     * are recorded again one transaction each: a line that fails still fails alone, and every line stays
     * all-or-nothing. Runs outside any transaction (it opens its own).
     */
    public List<LineOutcome> createOrReviseEach(List<Submitted> lines, Caller caller, boolean acceptInconsistent) {
        List<LineOutcome> outcomes = new ArrayList<>(Collections.nCopies(lines.size(), null));
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                checked.add(checks.check(lines.get(i).submission(), caller, lines.get(i).changeNote(), acceptInconsistent));
            } catch (RuntimeException refused) {
                checked.add(null);
                outcomes.set(i, new LineOutcome(null, refused));
            }
        }
        List<Integer> group = new ArrayList<>();
        Set<ReportRepository.Identity> identities = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (checked.get(i) == null) {
                continue;
            }
            if (group.size() >= groupLines || !identities.add(checked.get(i).identity())) {
                recordGroup(group, checked, outcomes);
                group.clear();
                identities.clear();
                identities.add(checked.get(i).identity());
            }
            group.add(i);
        }
        recordGroup(group, checked, outcomes);
        return outcomes;
    }

    /**
     * Lines of one group (no two with the same identity), in the caller's transaction, outcomes in their
     * order. Lines for reports not stored yet are created together, and lines for stored reports revised
     * (or found unchanged) together, each in a constant number of statements. Then the projection and the
     * stored roll-ups of every changed report follow at once.
     */
    private List<Recorded> recordTogether(List<Checked> lines) {
        Map<ReportRepository.Identity, Long> stored = reports.stored(lines.stream().map(Checked::identity).toList());
        List<Recorded> all = new ArrayList<>(Collections.nCopies(lines.size(), null));
        List<Integer> fresh = new ArrayList<>();
        List<Integer> known = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            (stored.containsKey(lines.get(k).identity()) ? known : fresh).add(k);
        }
        List<Recorded> revised = storedLines.record(known.stream().map(lines::get).toList(),
                known.stream().map(k -> stored.get(lines.get(k).identity())).toList());
        for (int k = 0; k < known.size(); k++) {
            all.set(known.get(k), revised.get(k));
        }
        List<Recorded> created = writer.createAll(fresh.stream().map(lines::get).toList());
        for (int k = 0; k < fresh.size(); k++) {
            all.set(fresh.get(k), created.get(k));
        }
        List<Recorded> written = new ArrayList<>();
        List<ReportSubmission> contents = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (all.get(k).outcome() != Outcome.UNCHANGED) {
                written.add(all.get(k));
                contents.add(lines.get(k).submission());
            }
        }
        writer.reprojectPublished(written, contents);
        return all;
    }

    /** The lines at these indexes in one transaction, or, if that fails, each in its own. */
    private void recordGroup(List<Integer> group, List<Checked> checked, List<LineOutcome> outcomes) {
        if (group.isEmpty()) {
            return;
        }
        List<Recorded> recorded;
        try {
            recorded = QuarkusTransaction.requiringNew().call(() -> recordTogether(group.stream().map(checked::get).toList()));
        } catch (RuntimeException groupFailed) {
            LOG.infof("A group of %d bulk lines failed (%s); recording them one by one",
                    group.size(), groupFailed.toString());
            for (int i : group) {
                try {
                    Recorded alone = QuarkusTransaction.requiringNew().call(() -> writer.reprojected(writer.record(checked.get(i))));
                    outcomes.set(i, new LineOutcome(alone, null));
                } catch (RuntimeException failed) {
                    outcomes.set(i, new LineOutcome(null, failed));
                }
            }
            return;
        }
        for (int k = 0; k < group.size(); k++) {
            outcomes.set(group.get(k), new LineOutcome(recorded.get(k), null));
        }
    }
}
