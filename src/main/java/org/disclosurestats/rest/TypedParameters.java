package org.disclosurestats.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.service.ApiProblem;

/**
 * The one way a typed query, path or header parameter is read: whole numbers, true/false, instants and coded
 * words. A value that does not parse is an {@link ApiProblem} naming the parameter; JAX-RS would answer 404 for
 * a query parameter it cannot convert, so {@link ProblemMapper} unwraps the problem from that 404. Blank is
 * absent (null), as for the untyped parameters.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, raw -> wholeNumber(raw, name));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, raw -> trueOrFalse(raw, name));
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, raw -> instant(raw, name));
        }
        if (rawType.isEnum() && Coded.class.isAssignableFrom(rawType)) {
            return (ParamConverter<T>) converter(name, raw -> coded((Class) rawType, raw, name));
        }
        return null;
    }

    static Integer wholeNumber(String raw, String name) {
        if (raw.matches("-?[0-9]{1,9}")) {
            return Integer.valueOf(raw);
        }
        throw ApiProblem.badParameter(name, "'" + raw + "' is not a whole number.");
    }

    static Boolean trueOrFalse(String raw, String name) {
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badParameter(name, "'" + raw + "' is not true or false.");
        };
    }

    static OffsetDateTime instant(String raw, String name) {
        try {
            return OffsetDateTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "'" + raw + "' is not an ISO-8601 instant with offset, such as 2026-11-21T12:00:00Z.");
        }
    }

    static <E extends Enum<E> & Coded> E coded(Class<E> type, String raw, String name) {
        return Coded.parse(type, raw).orElseThrow(() -> ApiProblem.badParameter(name, "'" + raw + "' is not one of: " + Coded.allowed(type) + "."));
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isBlank() ? null : parse.apply(value.strip());
            }

            @Override
            public String toString(T value) {
                return value instanceof Coded c ? c.code() : String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }
}
