package org.disclosurestats.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One figure of one report revision, with where it came from. A figure the report never states has
 * no observation at all: absence means "not reported", which is not 0.
 */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long revisionId;
    public String metricCode;
    /** A report's own category label (e.g. a website column) for broken-down metrics; empty otherwise. */
    public String breakdown = "";
    /** Set when the figure is about another unit than the issuer (e.g. a sub-region quoted in a province's report). */
    public String subjectName;
    public String subjectDivisionCode;
    /** Null exactly when the status is blank. */
    public BigDecimal value;
    public Qualifier qualifier;
    public ObservationStatus status;
    public SourceKind sourceKind;
    public String quote;
    public Integer quoteStart;
    public Integer quoteEnd;
    public String writtenAs;
    public String tableSection;
    public String tableRow;
    public String tableColumn;
    /** The page of a PDF the table cell stands on (null for other documents and for sentences). */
    public Integer tablePage;
}
