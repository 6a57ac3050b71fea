package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A revision either publishes the report's content or retracts the report; a draft (an import awaiting
 * review) is never shown by reads until it is published as a revision of its own.
 */
public enum RevisionStatus implements Coded {
    PUBLISHED("published"),
    RETRACTED("retracted"),
    DRAFT("draft");

    private final String code;

    RevisionStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<RevisionStatus> {
        public DbConverter() {
            super(RevisionStatus.class);
        }
    }
}
