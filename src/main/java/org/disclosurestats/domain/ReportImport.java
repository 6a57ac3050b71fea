package org.disclosurestats.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One imported document and the draft revision it produced. The JSON columns hold what the draft view shows. */
@Entity
@Table(name = "report_import")
public class ReportImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long reportId;
    public int revisionNo;
    /** SHA-256 of the uploaded bytes: the same document imported again is recognised by it. */
    public String textSha256;
    public String mediaType;
    public Edition detectedEdition;
    @JdbcTypeCode(SqlTypes.JSON)
    public String detectedMetadata;
    @JdbcTypeCode(SqlTypes.JSON)
    public String unmapped;
    @JdbcTypeCode(SqlTypes.JSON)
    public String validation;
    @JdbcTypeCode(SqlTypes.JSON)
    public String figureNotes;
    public String createdBy;
    public OffsetDateTime createdAt;
}
