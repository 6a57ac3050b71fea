package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a metric adds up: sum (a year's flow), stock (a level at a point in time: never summed across years), ratio (never summed; recomputed from its parts). */
public enum Aggregation implements Coded {
    SUM("sum"),
    STOCK("stock"),
    RATIO("ratio");

    private final String code;

    Aggregation(String code) {
        this.code = code;
    }

    /** Whether the figures of several divisions for one year add up to the figure of their union. */
    public boolean addsAcrossDivisions() {
        return this != RATIO;
    }

    /** Whether the figures of several years add up to the figure of the period (a stock's is its last level). */
    public boolean addsAcrossYears() {
        return this == SUM;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<Aggregation> {
        public DbConverter() {
            super(Aggregation.class);
        }
    }
}
