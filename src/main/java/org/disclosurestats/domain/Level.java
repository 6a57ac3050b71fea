package org.disclosurestats.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Administrative level of a division; zones are NBS functional zones, never rolled up into their host. */
public enum Level implements Coded {
    PROVINCE("province"),
    PREFECTURE("prefecture"),
    COUNTY("county"),
    ZONE("zone");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<Level> {
        public DbConverter() {
            super(Level.class);
        }
    }
}
