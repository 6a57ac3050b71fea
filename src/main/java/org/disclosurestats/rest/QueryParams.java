package org.disclosurestats.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.service.ApiProblem;

/**
 * The rules on parameter values beyond their type (TypedParameters parses the types): years, page sizes,
 * canonical ids and cursors.
 */
final class QueryParams {

    private QueryParams() {
    }

    /** A year is written in four digits; the parameter's type has already made it a whole number. */
    static Integer year(Integer value, String name) {
        if (value != null && (value < 1000 || value > 9999)) {
            throw ApiProblem.badParameter(name, "'" + value + "' is not a year; use four digits such as 2016.");
        }
        return value;
    }

    /**
     * The one canonical-id rule: an id is written in ASCII digits, without sign or leading zeros, so
     * that each resource answers at exactly one URL. Another way of writing a number (١٢, ２０２１, +12,
     * 0012, 0) names nothing: 404. Text that is no number at all is a malformed parameter: 400.
     */
    static long id(String raw, String name) {
        if (raw != null && raw.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(raw);
        }
        if (raw != null && raw.matches("[+-]?\\p{Nd}+")) {
            throw ApiProblem.notFound("Resource", name, "Nothing has the id '" + raw + "': ids are written in ASCII digits, without sign or leading zeros.");
        }
        throw ApiProblem.badParameter(name, "'" + raw + "' is not an id; ids are positive whole numbers.");
    }

    static int limit(Integer value, int defaultLimit, int max) {
        if (value == null) {
            return defaultLimit;
        }
        if (value >= 1 && value <= max) {
            return value;
        }
        throw ApiProblem.badParameter("limit", "'" + value + "' is not a page size between 1 and " + max + ".");
    }

    /** A coded word; absent is the given default (the same wherever the parameter appears). */
    static <E extends Enum<E> & Coded> E or(E value, E absent) {
        return value == null ? absent : value;
    }

    static String text(String raw) {
        return blank(raw) ? null : raw.strip();
    }

    /** Cursors are opaque to clients: the last id of the previous page, encoded. */
    static String cursorAfter(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + id).getBytes(StandardCharsets.UTF_8));
    }

    static long afterId(String cursor) {
        if (blank(cursor)) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (decoded.startsWith("after:")) {
                return Long.parseLong(decoded.substring("after:".length()));
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw ApiProblem.badParameter("cursor", "'" + cursor + "' is not a cursor returned by this API.");
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
