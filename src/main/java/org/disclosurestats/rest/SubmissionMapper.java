package org.disclosurestats.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.QuoteLocator;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.ApiProblem.Violation;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;
import org.disclosurestats.service.SubmissionRules;

/**
 * Turns a submission body into the service's {@link ReportSubmission}: table cells become figures
 * with table-cell provenance, quotes are located in the text. Every violation is reported against
 * the body the caller sent: the service's pointers (/figures/i of the converted list) are mapped
 * back to where each figure came from (/tables/requests/new/total or /figures/j).
 */
@ApplicationScoped
public class SubmissionMapper {

    /** A table of the JSON body: its metric code prefix and its section in the report. */
    private record Section(String key, String prefix, String label, Map<String, Map<String, BigDecimal>> rows) {
    }

    /** The converted submission with, for each of its figures, the JSON pointer it came from. */
    record Mapped(ReportSubmission submission, List<String> pointers) {

        /** The same problem with pointers into the request body instead of into the converted figure list. */
        ApiProblem locate(ApiProblem problem) {
            if (problem.violations.isEmpty()) {
                return problem;
            }
            return new ApiProblem(problem.status, problem.type, problem.title, problem.getMessage(), problem.parameter, locate(problem.violations));
        }

        List<Violation> locate(List<Violation> violations) {
            return violations.stream().map(this::locate).toList();
        }

        private Violation locate(Violation v) {
            String pointer = v.pointer();
            if (pointer == null || !pointer.startsWith("/figures/")) {
                return v;
            }
            String rest = pointer.substring("/figures/".length());
            int slash = rest.indexOf('/');
            int index = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
            String origin = pointers.get(index);
            // a table cell is one value: /figures/i/value and /figures/i are both the cell itself
            String suffix = slash < 0 || origin.startsWith("/tables/") ? "" : rest.substring(slash);
            return new Violation(origin + suffix, v.message(), v.identity(), v.row(), v.column(), v.expected(), v.actual());
        }
    }

    @Inject
    Catalogue catalogue;
    @Inject
    SubmissionRules rules;

    /** Converts a body; a body that cannot be converted (unknown cells, quotes not in the text, no year) is a 422 listing every violation. */
    Mapped map(SubmissionRequest body) {
        List<Violation> violations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (body.tables() != null) {
            for (Section section : sections(body.tables())) {
                addCells(section, body.edition(), figures, pointers, violations);
            }
        }
        List<SubmissionRequest.FigureRequest> listed = body.figures() == null ? List.of() : body.figures();
        for (int i = 0; i < listed.size(); i++) {
            String at = "/figures/" + i;
            if (listed.get(i) == null) {
                violations.add(new Violation(at, "a figure must be an object"));
                continue;
            }
            figures.add(toFigure(listed.get(i), body.text(), at, violations));
            pointers.add(at);
        }
        if (body.year() == null) {
            violations.add(new Violation("/year", "is required"));
        }
        ReportSubmission submission = new ReportSubmission(body.issuerName(), body.issuerKind(), body.division(),
                body.year() == null ? 0 : body.year(), body.scope(), body.edition(), body.title(), body.sourceUrl(), body.publishedOn(),
                body.text(), figures);
        Mapped mapped = new Mapped(submission, pointers);
        if (!violations.isEmpty()) {
            // report the service's rules too, so that one answer lists everything wrong with the body
            List<Violation> all = new ArrayList<>(violations);
            // (an absent year is reported once, as required, not also as out of range)
            all.addAll(mapped.locate(rules.violations(submission)).stream().filter(v -> body.year() != null || !"/year".equals(v.pointer())).toList());
            throw ApiProblem.unprocessable("The report is not valid", all.size() + " rule(s) violated; nothing was stored.", all);
        }
        return mapped;
    }

    private static List<Section> sections(SubmissionRequest.Tables tables) {
        return List.of(new Section("proactive", "pro", "二", tables.proactive()), new Section("requests", "req", "三", tables.requests()),
                new Section("appeals", "appeal", "四", tables.appeals()));
    }

    private void addCells(Section section, Edition edition, List<Figure> figures, List<String> pointers, List<Violation> violations) {
        if (section.rows() == null) {
            return;
        }
        section.rows().forEach((row, columns) -> {
            if (columns == null) {
                violations.add(new Violation(pointer(section, row, null), "a row is an object of column → value"));
                return;
            }
            columns.forEach((column, value) -> {
                String at = pointer(section, row, column);
                String code = section.prefix() + "." + row + "." + column;
                Metric metric = catalogue.find(code).filter(m -> m.tableRow != null).orElse(null);
                if (metric == null) {
                    violations.add(new Violation(at, "no cell " + code + " in the standard tables (GET /api/v1/metrics?section=" + section.key() + ")"));
                } else if (edition != null && !metric.belongsTo(edition)) {
                    violations.add(new Violation(at, "cell " + code + " is not part of the " + edition.code() + " tables"));
                } else {
                    Provenance cell = new Provenance(SourceKind.TABLE_CELL, null, null, null, null, section.label(), metric.tableRow, metric.tableColumn);
                    figures.add(new Figure(code, "", null, value, null, value == null ? ObservationStatus.BLANK : ObservationStatus.REPORTED, cell));
                    pointers.add(at);
                }
            });
        });
    }

    private static Figure toFigure(SubmissionRequest.FigureRequest f, String text, String at, List<Violation> violations) {
        Subject subject = f.subject() == null ? null : new Subject(f.subject().name(), f.subject().division());
        return new Figure(f.metric(), f.breakdown(), subject, f.value(), f.qualifier(), null, provenance(f, text, at, violations));
    }

    /** A quote becomes a sentence located in the text (when there is one); no quote: a submitted figure. */
    private static Provenance provenance(SubmissionRequest.FigureRequest f, String text, String at, List<Violation> violations) {
        if (f.quote() == null || f.quote().isBlank()) {
            return new Provenance(SourceKind.SUBMITTED, null, null, null, f.writtenAs(), null, null, null);
        }
        if (text == null) {
            return new Provenance(SourceKind.SENTENCE, f.quote(), null, null, f.writtenAs(), null, null, null);
        }
        OptionalInt start = QuoteLocator.locate(text, f.quote());
        if (start.isEmpty()) {
            violations.add(new Violation(at + "/quote", "the quote does not occur in the report's text"));
            return new Provenance(SourceKind.SENTENCE, f.quote(), null, null, f.writtenAs(), null, null, null);
        }
        return new Provenance(SourceKind.SENTENCE, f.quote(), start.getAsInt(), start.getAsInt() + f.quote().length(), f.writtenAs(), null, null, null);
    }

    /** A JSON pointer to a cell of the body (RFC 6901: ~ and / escaped). */
    private static String pointer(Section section, String row, String column) {
        return "/tables/" + section.key() + "/" + escape(row) + (column == null ? "" : "/" + escape(column));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
