package org.disclosurestats.rest;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.service.ApiProblem;

/**
 * Parses query and path parameters by hand, so that a malformed value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Integer year(String raw, String name) {
        if (blank(raw)) {
            return null;
        }
        if (!raw.strip().matches("\\d{4}")) {
            throw ApiProblem.badParameter(name, "'" + raw + "' is not a year; use four digits such as 2016.");
        }
        return Integer.valueOf(raw.strip());
    }

    static long id(String raw, String name) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.badParameter(name, "'" + raw + "' is not an id; ids are positive whole numbers.");
    }

    static <E extends Enum<E> & Coded> E coded(Class<E> type, String raw, String name) {
        if (blank(raw)) {
            return null;
        }
        return Coded.parse(type, raw.strip()).orElseThrow(() -> ApiProblem.badParameter(name,
                "'" + raw + "' is not one of: " + Coded.allowed(type) + "."));
    }

    static int limit(String raw, int defaultLimit, int max) {
        if (blank(raw)) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.badParameter("limit", "'" + raw + "' is not a page size between 1 and " + max + ".");
    }

    /** An ISO-8601 instant with offset (2026-11-21T12:00:00Z or …+08:00); null when absent. */
    static OffsetDateTime instant(String raw, String name) {
        if (blank(raw)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "'" + raw + "' is not an ISO-8601 instant with offset, such as 2026-11-21T12:00:00Z.");
        }
    }

    /** true or false; absent is false. */
    static boolean bool(String raw, String name) {
        if (blank(raw)) {
            return false;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badParameter(name, "'" + raw + "' is not true or false.");
        };
    }

    /** One of the allowed words; absent is the first of them (its default, the same wherever the parameter appears). */
    static String choice(String raw, String name, String... allowed) {
        if (blank(raw)) {
            return allowed[0];
        }
        for (String a : allowed) {
            if (a.equals(raw.strip())) {
                return a;
            }
        }
        throw ApiProblem.badParameter(name, "'" + raw + "' is not one of: " + String.join(", ", allowed) + ".");
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
