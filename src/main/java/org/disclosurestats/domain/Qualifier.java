package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a figure is exact or stated approximately (近, 余, 多, 约). */
public enum Qualifier implements Coded {
    EXACT("exact"),
    APPROXIMATE("approximate");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<Qualifier> {
        public DbConverter() {
            super(Qualifier.class);
        }
    }
}
