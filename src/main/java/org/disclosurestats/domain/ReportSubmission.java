package org.disclosurestats.domain;

import org.disclosurestats.domain.ReportSubmission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.SourceKind;

/** Everything one revision of a report states: what the write API, the importer and the seed loader record. */
public record ReportSubmission(
        String issuerName,
        IssuerKind issuerKind,
        String divisionCode,
        int year,
        Scope scope,
        Edition edition,
        String title,
        String sourceUrl,
        LocalDate publishedOn,
        String sourceText,
        List<Figure> figures) {

    /** The unit a figure is about when it is not the issuer (e.g. a prefecture quoted in a province's report). */
    public record Subject(String name, String divisionCode) {
    }

    /** Where a figure was read. Offsets index into the report's source text. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SubmittedProvenance", description = "Where a submitted figure was read: a quoted sentence or a table cell.")
    public record Provenance(SourceKind kind, String quote, Integer start, Integer end, String writtenAs,
                             String tableSection, String tableRow, String tableColumn, Integer tablePage) {

        /** Provenance without a page: a sentence, a submitted figure, or a cell of a document that has no pages. */
        public Provenance(SourceKind kind, String quote, Integer start, Integer end, String writtenAs,
                          String tableSection, String tableRow, String tableColumn) {
            this(kind, quote, start, end, writtenAs, tableSection, tableRow, tableColumn, null);
        }

        public static Provenance submitted() {
            return new Provenance(SourceKind.SUBMITTED, null, null, null, null, null, null, null);
        }
    }

    /** One stated figure; a blank table cell has status blank and no value. */
    public record Figure(String metric, String breakdown, Subject subject, BigDecimal value, Qualifier qualifier,
                         ObservationStatus status, Provenance provenance) {

        public Figure {
            breakdown = breakdown == null ? "" : breakdown;
            qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
            status = status == null ? (value == null ? ObservationStatus.BLANK : ObservationStatus.REPORTED) : status;
            provenance = provenance == null ? Provenance.submitted() : provenance;
        }

        /** Whether this is the issuer's own figure ({@link OwnFigure}). */
        public boolean isOwn() {
            return OwnFigure.is(breakdown, subject);
        }

        /** The key a figure is unique by within a revision. */
        public String key() {
            return metric + "|" + breakdown + "|" + (subject == null ? "" : subject.name());
        }

        /** The same figure with its value in canonical scale, so that 5 and 5.00 compare equal. */
        Figure canonical() {
            return new Figure(metric, breakdown, subject, org.disclosurestats.domain.Decimals.canonical(value), qualifier, status, provenance);
        }
    }

    /** The content as compared between revisions: an unchanged resubmission records nothing. */
    public List<Figure> canonicalFigures() {
        return figures.stream().map(Figure::canonical).sorted(Comparator.comparing(Figure::key)).toList();
    }

    /** Whether two submissions state the same thing (the identity fields aside). */
    public boolean sameContentAs(ReportSubmission other) {
        return issuerKind == other.issuerKind && edition == other.edition && java.util.Objects.equals(title, other.title)
                && java.util.Objects.equals(sourceUrl, other.sourceUrl) && java.util.Objects.equals(publishedOn, other.publishedOn)
                && java.util.Objects.equals(sourceText, other.sourceText) && canonicalFigures().equals(other.canonicalFigures());
    }
}
