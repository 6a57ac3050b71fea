package org.disclosurestats.domain;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Coded} enum as its code. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Coded.parse(type, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " code in database: " + code));
    }
}
