package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a report covers: the issuer's own organs, or its whole territory (compiled from the reports below it). */
public enum Scope implements Coded {
    SELF("self"),
    AGGREGATE("aggregate");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<Scope> {
        public DbConverter() {
            super(Scope.class);
        }
    }
}
