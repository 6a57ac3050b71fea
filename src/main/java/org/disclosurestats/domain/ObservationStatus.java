package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A reported figure, or a table cell the report left blank (not reported, but not 0 either). */
public enum ObservationStatus implements Coded {
    REPORTED("reported"),
    BLANK("blank");

    private final String code;

    ObservationStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<ObservationStatus> {
        public DbConverter() {
            super(ObservationStatus.class);
        }
    }
}
