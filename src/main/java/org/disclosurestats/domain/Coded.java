package org.disclosurestats.domain;

import java.util.Arrays;
import java.util.Optional;

/** An enum whose constants have a stable external code, used in the database and in JSON alike. */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }
}
