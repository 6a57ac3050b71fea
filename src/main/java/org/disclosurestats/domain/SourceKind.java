package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a figure was read: a sentence of the prose, a table cell, or a submission's flat list. */
public enum SourceKind implements Coded {
    SENTENCE("sentence"),
    TABLE_CELL("table_cell"),
    SUBMITTED("submitted");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<SourceKind> {
        public DbConverter() {
            super(SourceKind.class);
        }
    }
}
