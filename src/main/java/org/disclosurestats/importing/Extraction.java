package org.disclosurestats.importing;

import java.math.BigDecimal;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;

/** What the readers of a document produce: figures mapped to metrics, and what was recognised but not mapped. */
public final class Extraction {

    private Extraction() {
    }

    /** How sure the importer is: high when label and unit match exactly, low when a reviewer should look. */
    public enum Confidence {
        HIGH, LOW;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A figure mapped to a metric, with where it was read and why it may need review. */
    public record Extracted(String metric, String breakdown, Subject subject, BigDecimal value, Qualifier qualifier,
                            ObservationStatus status, Provenance provenance, Confidence confidence, String note) {

        public Figure toFigure() {
            return new Figure(metric, breakdown, subject, value, qualifier, status, provenance);
        }

        public String key() {
            return metric + "|" + (breakdown == null ? "" : breakdown) + "|" + (subject == null ? "" : subject.name());
        }
    }

    /** A figure (or a table label) that was recognised but could not be mapped to a metric: shown, never dropped. */
    public record Unmapped(String text, BigDecimal value, String unit, Provenance provenance, String reason) {
    }
}
