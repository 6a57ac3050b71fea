package org.disclosurestats.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The identity of an annual report: one issuer, division, year and scope. Its content lives in
 * {@link ReportRevision}s; only {@link #currentRevisionNo} moves when a new revision is recorded.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String issuerName;
    public IssuerKind issuerKind;
    public String divisionCode;
    public short year;
    public Scope scope;
    public int currentRevisionNo;
    public OffsetDateTime createdAt;
}
