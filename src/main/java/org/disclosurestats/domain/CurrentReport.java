package org.disclosurestats.domain;

import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportRevision;

/** A report with the revision that is current for it. */
public record CurrentReport(Report report, ReportRevision revision) {
}
