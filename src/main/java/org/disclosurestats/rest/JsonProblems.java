package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.service.ApiProblem;

/**
 * The one place that turns a body Jackson could not read into a problem: where (a JSON pointer, or
 * line and column of a syntax error) and what was expected, in the API's words. Jackson's own
 * messages name Java types, which mean nothing to a client.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, instance);
        }
        if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof StreamReadException)) {
            String pointer = pointer(mapping);
            String where = pointer.isEmpty() ? "the body" : pointer;
            return new Problem(Problem.TYPE_PREFIX + "malformed-body", "Malformed request body", 400,
                    where + ": " + expectation(mapping), instance, null, List.of(new ApiProblem.Violation(pointer, expectation(mapping))));
        }
        var location = e.getLocation();
        String at = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String reason = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage().split("\n")[0];
        return new Problem(Problem.TYPE_PREFIX + "malformed-body", "Malformed request body", 400,
                "The body is not valid JSON" + at + ": " + reason, instance, null, List.of());
    }

    /** The problem of a body with a field its schema does not have (also used per line of a bulk upload). */
    static Problem unknownField(UnrecognizedPropertyException e, String instance) {
        String field = e.getPropertyName();
        return new Problem(Problem.TYPE_PREFIX + "unknown-field", "Unknown field in the request body", 400,
                "The field '" + field + "' is not part of this request's schema.", instance, null,
                List.of(new ApiProblem.Violation(pointer(e), "unknown field '" + field + "'")));
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum() && Coded.class.isAssignableFrom(target)) {
                String allowed = String.join(", ", Arrays.stream(target.getEnumConstants()).map(c -> ((Coded) c).code()).toList());
                return "'" + invalid.getValue() + "' is not one of: " + allowed;
            }
            return "'" + invalid.getValue() + "' is not " + kind(target);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "expected " + kind(mismatched.getTargetType());
        }
        if (e.getCause() instanceof TextRefused refused) {
            return refused.getMessage();
        }
        return "this value cannot be read";
    }

    /** A Java type as a client knows it: the JSON it is written as. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class
                || type == Short.class || type == short.class) {
            return "a whole number (written without decimals or quotes)";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date such as 2022-01-28";
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return "one of: " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).toList());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a value of another type";
    }

    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (var ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    /** A string refused by the control-character rule while reading a body. */
    static final class TextRefused extends RuntimeException {
        TextRefused(String message) {
            super(message, null, false, false);
        }
    }
}
