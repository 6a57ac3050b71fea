package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurestats.domain.ControlCharacters;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportYears;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.service.ApiProblem.Violation;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;

/**
 * The rules a submission must meet before anything is stored. Every violation is collected, so that
 * a caller sees all of them at once, each located by a JSON pointer into the submission.
 */
@ApplicationScoped
public class SubmissionRules {

    @Inject
    Catalogue catalogue;

    /** The hierarchy in memory: checking a division costs no query. */
    @Inject
    DivisionTree divisions;

    public List<Violation> violations(ReportSubmission s) {
        List<Violation> found = new ArrayList<>();
        required(found, "/issuerName", s.issuerName());
        required(found, "/issuerKind", s.issuerKind());
        required(found, "/scope", s.scope());
        required(found, "/edition", s.edition());
        required(found, "/title", s.title());
        textViolations(found, s);
        boolean yearCovered = ReportYears.covered(s.year());
        if (!yearCovered) {
            found.add(new Violation("/year", ReportYears.explain(s.year())));
        }
        if (!Division.isCodeShaped(s.divisionCode())) {
            found.add(new Violation("/division", "must be a 6-digit GB/T 2260 division code"));
        } else if (yearCovered && divisions.at(s.divisionCode(), s.year()).isEmpty()) {
            found.add(new Violation("/division", "division " + s.divisionCode() + " is not valid in " + s.year()));
        }
        Set<String> keys = new HashSet<>();
        List<Figure> figures = s.figures() == null ? List.of() : s.figures();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String at = "/figures/" + i;
            if (!keys.add(f.key())) {
                found.add(new Violation(at, "figure " + f.metric() + " is stated twice (same breakdown and subject)"));
            }
            figureViolations(found, at, f, s);
        }
        return found;
    }

    /** Text fields no JSON reader checked (imports, the service's own callers): the control-character rule. */
    private static void textViolations(List<Violation> found, ReportSubmission s) {
        String[][] fields = {{"/issuerName", s.issuerName()}, {"/title", s.title()}, {"/sourceUrl", s.sourceUrl()}, {"/division", s.divisionCode()}};
        for (String[] field : fields) {
            ControlCharacters.firstRefused(field[1], false).ifPresent(at ->
                    found.add(new Violation(field[0], "contains the control character " + ControlCharacters.describe(field[1], at))));
        }
        ControlCharacters.firstRefused(s.sourceText(), true).ifPresent(at ->
                found.add(new Violation("/text", "contains the control character " + ControlCharacters.describe(s.sourceText(), at))));
    }

    private void figureViolations(List<Violation> found, String at, Figure f, ReportSubmission s) {
        Metric metric = f.metric() == null ? null : catalogue.find(f.metric()).orElse(null);
        if (metric == null) {
            found.add(new Violation(at + "/metric", "unknown metric code '" + f.metric() + "'"));
            return;
        }
        if (s.edition() != null && !metric.belongsTo(s.edition())) {
            found.add(new Violation(at + "/metric", "metric " + metric.code + " does not belong to the " + s.edition().code() + " edition"));
        }
        BigDecimal value = f.value();
        if ((f.status() == ObservationStatus.BLANK) != (value == null)) {
            found.add(new Violation(at + "/value", "a blank cell has no value and a reported figure has one"));
        }
        if (value != null) {
            if (value.signum() < 0 && !metric.signed) {
                found.add(new Violation(at + "/value", "must not be negative"));
            }
            if (metric.integral && value.stripTrailingZeros().scale() > 0) {
                found.add(new Violation(at + "/value", metric.code + " counts " + metric.unit + " and must be a whole number"));
            }
            magnitudeViolation(value).ifPresent(message -> found.add(new Violation(at + "/value", message)));
        }
        if (f.subject() != null && f.subject().divisionCode() != null
                && divisions.at(f.subject().divisionCode(), s.year()).isEmpty()) {
            found.add(new Violation(at + "/subject/division", "division " + f.subject().divisionCode() + " is not valid in " + s.year()));
        }
        provenanceViolations(found, at + "/provenance", f.provenance(), s.sourceText());
    }

    /** Offsets must point at the quote inside the stored text, or provenance would lie. */
    private static void provenanceViolations(List<Violation> found, String at, Provenance p, String text) {
        if (p.start() == null) {
            return;
        }
        if (text == null || p.quote() == null || p.start() < 0 || p.end() > text.length() || p.start() > p.end()
                || !text.substring(p.start(), p.end()).equals(p.quote())) {
            found.add(new Violation(at, "the offsets " + p.start() + ".." + p.end() + " do not locate the quote in the report text"));
        }
    }

    /** Figures are stored as numeric(24, 6); totals of thousands of them must fit too. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 6;

    /**
     * Why a value cannot be stored exactly, if it cannot: more than 15 digits before the decimal point
     * (no disclosure figure is that large, and roll-ups add thousands of them), or more than 6 after it
     * (the database would round it: a stored figure is never silently changed).
     */
    static java.util.Optional<String> magnitudeViolation(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            return java.util.Optional.of("has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (plain.scale() > MAX_DECIMALS) {
            return java.util.Optional.of("has more than " + MAX_DECIMALS + " decimal places; it would not be stored exactly");
        }
        return java.util.Optional.empty();
    }

    private static void required(List<Violation> found, String pointer, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            found.add(new Violation(pointer, "is required"));
        }
    }
}
