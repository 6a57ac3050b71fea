package org.disclosurestats.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A catalogue entry: what a figure means, its unit, and how it aggregates. */
@Entity
@Table(name = "metric")
public class Metric {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public String unit;
    public String section;
    public Aggregation aggregation;
    /** For ratios: the expression over other metric codes whose value (a fraction) times 100 is the ratio. */
    public String formula;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] editions;
    /** Counts are whole numbers; money and ratios are not. */
    public boolean integral;
    /** Only year-on-year changes may be negative. */
    public boolean signed;
    public String equivalentTo;
    public String tableRow;
    public String tableColumn;
    public String description;
    public int sortOrder;

    /** Whether the metric is part of the edition's format. */
    public boolean belongsTo(Edition edition) {
        return java.util.Arrays.asList(editions).contains(edition.code());
    }
}
