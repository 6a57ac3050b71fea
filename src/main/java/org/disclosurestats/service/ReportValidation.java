package org.disclosurestats.service;

import org.disclosurestats.domain.TableIdentities;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Observation;
import org.disclosurestats.domain.OwnFigure;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.CurrentReport;
import org.disclosurestats.repository.ObservationRepository;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.service.ReportQueries.ReportContent;

/**
 * The checks of a stored report, recomputed from its stored figures on every request (so they can
 * never drift from what is stored): the table identities, which a report stored with
 * acceptInconsistent may break, and soft checks that real reports legitimately break sometimes.
 */
@ApplicationScoped
public class ReportValidation {

    public static final String CARRIED_TO_NEXT_YEAR = "carried_forward_vs_next_year";
    public static final String CARRIED_FROM_PREVIOUS_YEAR = "carried_over_vs_previous_year";
    public static final String PROSE_VS_TABLES = "prose_vs_tables";

    public enum SoftStatus {
        HELD("held"), DIFFERS("differs"), NOT_CHECKABLE("not_checkable");

        private final String code;

        SoftStatus(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** A soft check on one column: this report's cell against the other report's, when there is one. */
    public record SoftCheck(String check, String column, SoftStatus status, BigDecimal thisReport, BigDecimal otherReport,
                            Long otherReportId, String detail) {
    }

    public record Validation(ReportContent content, List<TableIdentities.Result> identities, List<SoftCheck> softChecks) {
    }

    @Inject
    ReportQueries reports;
    @Inject
    ReportRepository reportRepository;
    @Inject
    ObservationRepository observations;
    @Inject
    TableIdentityCheck identities;

    @jakarta.transaction.Transactional
    public Validation validate(long id) {
        ReportContent content = reports.current(id);
        Map<String, BigDecimal> cells = ownCells(content.observations());
        List<SoftCheck> soft = new ArrayList<>();
        if (TableIdentities.applies(content.revision().edition)) {
            Report r = content.report();
            soft.addAll(carried(CARRIED_TO_NEXT_YEAR, cells, "carried_forward", neighbour(r, r.year + 1), "carried_over"));
            soft.addAll(carried(CARRIED_FROM_PREVIOUS_YEAR, cells, "carried_over", neighbour(r, r.year - 1), "carried_forward"));
        }
        soft.add(new SoftCheck(PROSE_VS_TABLES, null, SoftStatus.NOT_CHECKABLE, null, null, null,
                "A report states each figure once (as a table cell or as a quoted sentence), so a figure quoted in the prose "
                        + "that contradicts its table cell is not stored as a second figure and cannot be compared here."));
        return new Validation(content, identities.check(content.revision().edition, cells), soft);
    }

    /**
     * Requests still open at the end of one year are those carried over into the next (四 of year N
     * against 二 of year N+1, per applicant column), for the same issuer, division and scope.
     */
    private List<SoftCheck> carried(String check, Map<String, BigDecimal> cells, String thisRow, Optional<CurrentReport> other,
                                    String otherRow) {
        if (other.isEmpty()) {
            return List.of(new SoftCheck(check, null, SoftStatus.NOT_CHECKABLE, null, null, null,
                    "No published report of the same issuer, division and scope for the neighbouring year."));
        }
        Map<String, BigDecimal> otherCells = ownCells(observations.ofRevision(other.get().revision().id));
        long otherId = other.get().report().id;
        List<SoftCheck> found = new ArrayList<>();
        List<String> columns = new ArrayList<>(TableIdentities.APPLICANT_COLUMNS);
        columns.add(TableIdentities.TOTAL);
        for (String c : columns) {
            BigDecimal mine = cells.get("req." + thisRow + "." + c);
            BigDecimal theirs = otherCells.get("req." + otherRow + "." + c);
            SoftStatus status = mine == null || theirs == null ? SoftStatus.NOT_CHECKABLE
                    : mine.compareTo(theirs) == 0 ? SoftStatus.HELD : SoftStatus.DIFFERS;
            String detail = status == SoftStatus.NOT_CHECKABLE ? "req." + thisRow + "." + c + " or report " + otherId + "'s req." + otherRow
                    + "." + c + " is blank or not reported" : null;
            found.add(new SoftCheck(check, c, status, mine, theirs, otherId, detail));
        }
        return found;
    }

    private Optional<CurrentReport> neighbour(Report r, int year) {
        return reportRepository.withIdentity(r.issuerName, r.divisionCode, year, r.scope).flatMap(other -> reportRepository.published(other.id));
    }

    /** The issuer's own cells: code → value, a blank cell mapping to null (never to 0). */
    private static Map<String, BigDecimal> ownCells(List<Observation> figures) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (Observation o : figures) {
            if (OwnFigure.is(o)) {
                cells.put(o.metricCode, o.value);
            }
        }
        return cells;
    }
}
