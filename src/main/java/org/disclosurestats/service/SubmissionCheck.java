package org.disclosurestats.service;

import org.disclosurestats.domain.TableIdentities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.service.ApiProblem.Violation;

/**
 * Whether a submission may be recorded, decided before anything is written: the caller's right to
 * write its division, every rule, and the identities of its tables unless the caller accepts them broken.
 */
@ApplicationScoped
public class SubmissionCheck {

    @Inject
    SubmissionRules rules;
    @Inject
    TableIdentityCheck identities;
    @Inject
    WriteAccess access;

    /** A submission that passed every check (the caller's rights, the rules, the table identities): ready to record. */
    public record Checked(ReportSubmission submission, String actor, String changeNote) {

        /** The identity it is recorded under: issuer, division, year and scope. */
        ReportRepository.Identity identity() {
            return new ReportRepository.Identity(submission.issuerName(), submission.divisionCode(), submission.year(), submission.scope());
        }
    }

    /** Checks a submission without writing anything (ApiProblem when it may not be recorded). */
    public Checked check(ReportSubmission submission, Caller caller, String changeNote, boolean acceptInconsistent) {
        access.requireMayWrite(caller, submission.divisionCode(), submission.year());
        return new Checked(submission, caller.subject(), requireValid(submission, acceptInconsistent, changeNote));
    }

    /**
     * Every rule of the submission, and the identities of its tables unless the caller accepts them
     * broken; all violations at once in one 422. Returns the change note, which records any
     * accepted inconsistency so the history says the report was stored knowingly.
     */
    String requireValid(ReportSubmission submission, boolean acceptInconsistent, String changeNote) {
        List<Violation> violations = new ArrayList<>(rules.violations(submission));
        List<Violation> broken = violations.isEmpty() || !acceptInconsistent ? identityViolations(submission) : List.of();
        if (!acceptInconsistent) {
            violations.addAll(broken);
        }
        if (!violations.isEmpty()) {
            String hint = broken.isEmpty() || acceptInconsistent ? ""
                    : " A published report that really breaks its identities can be stored with acceptInconsistent=true.";
            throw ApiProblem.unprocessable("The report is not valid",
                    violations.size() + " rule(s) violated; nothing was stored." + hint, violations);
        }
        if (broken.isEmpty()) {
            return changeNote;
        }
        String accepted = "accepted inconsistent: " + broken.size() + " identity violation(s) ("
                + String.join(", ", broken.stream().map(v -> v.identity() + " " + (v.row() != null ? v.row() : v.column())).toList()) + ")";
        return changeNote == null ? accepted : changeNote + "; " + accepted;
    }

    /** The violated identities, each located at the submitted total it contradicts. */
    private List<Violation> identityViolations(ReportSubmission submission) {
        Map<String, Integer> indexByMetric = new HashMap<>();
        Map<String, BigDecimal> cells = ownCells(submission.figures(), indexByMetric);
        List<Violation> found = new ArrayList<>();
        for (TableIdentities.Result r : identities.check(submission.edition(), cells)) {
            if (r.status() == TableIdentities.Status.VIOLATED) {
                found.add(new Violation("/figures/" + indexByMetric.get(r.totalCell()), describe(r), r.identity(), r.row(), r.column(),
                        r.expected(), r.actual()));
            }
        }
        return found;
    }

    /** The issuer's own cells (no breakdown, no other subject): code → value, a blank cell mapping to null. */
    static Map<String, BigDecimal> ownCells(List<Figure> figures, Map<String, Integer> indexByMetric) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.isOwn()) {
                cells.put(f.metric(), f.value());
                indexByMetric.putIfAbsent(f.metric(), i);
            }
        }
        return cells;
    }

    static String describe(TableIdentities.Result r) {
        String sides = "expected " + r.expected().toPlainString() + ", stated " + r.actual().toPlainString();
        return switch (r.identity()) {
            case "I1" -> "I1 (" + r.column() + "): new + carried over must equal total handled + carried forward; " + sides;
            case "I2" -> "I2 (" + r.column() + "): the handling rows must add up to （七）总计; " + sides;
            case "I3" -> "I3 (row " + r.row() + "): the applicant columns must add up to 总计; " + sides;
            default -> "I4 (" + r.row() + "): the outcomes must add up to 总计; " + sides;
        };
    }
}
