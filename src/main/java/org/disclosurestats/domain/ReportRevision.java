package org.disclosurestats.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One published version of a report. Never updated once written: a correction is the next revision. */
@Entity
@Table(name = "report_revision")
public class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long reportId;
    public int revisionNo;
    public RevisionStatus status;
    public Edition edition;
    public String title;
    public String sourceUrl;
    public LocalDate publishedOn;
    public String sourceText;
    public String textSha256;
    public OffsetDateTime recordedAt;
    public String recordedBy;
    public String changeNote;
}
