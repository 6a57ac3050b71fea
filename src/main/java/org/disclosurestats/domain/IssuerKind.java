package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who published a report. */
public enum IssuerKind implements Coded {
    GOVERNMENT("government"),
    DEPARTMENT("department"),
    OFFICE("office"),
    ZONE("zone");

    private final String code;

    IssuerKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<IssuerKind> {
        public DbConverter() {
            super(IssuerKind.class);
        }
    }
}
