package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The report format, detected from the labels of its tables, never from its year. */
public enum Edition implements Coded {
    LEGACY("legacy"),
    F2019("2019"),
    F2021("2021");

    private final String code;

    Edition(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<Edition> {
        public DbConverter() {
            super(Edition.class);
        }
    }
}
