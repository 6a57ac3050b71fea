package org.disclosurestats.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.disclosurestats.domain.ControlCharacters;

/**
 * Refuses a request whose path or query parameters hold a control character (NUL included), with a
 * 400 naming the parameter, before any resource sees it: one check for every endpoint, present and
 * future, instead of one per parameter.
 */
@ApplicationScoped
public class RequestTextFilter {

    /** Before the body-size check (BodyLimit, -3) and everything else. */
    static final int ROUTE_ORDER = -5;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String path = decode(context.request().path());
        OptionalInt at = ControlCharacters.firstRefused(path, false);
        if (at.isPresent()) {
            refuse(context, "path", "The path contains the control character " + ControlCharacters.describe(path, at.getAsInt()) + ".");
            return;
        }
        List<Map.Entry<String, String>> params;
        try {
            params = context.queryParams().entries();
        } catch (RuntimeException e) {
            refuse(context, "query", "The query string is not valid percent-encoded UTF-8.");
            return;
        }
        for (Map.Entry<String, String> param : params) {
            for (String text : new String[] {param.getKey(), param.getValue()}) {
                OptionalInt bad = ControlCharacters.firstRefused(text, false);
                if (bad.isPresent()) {
                    refuse(context, param.getKey(), "The parameter '" + printable(param.getKey()) + "' contains the control character "
                            + ControlCharacters.describe(text, bad.getAsInt()) + ".");
                    return;
                }
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, String parameter, String detail) {
        RouteProblems.send(context, json, new Problem(Problem.TYPE_PREFIX + "bad-parameter", "Malformed or inconsistent parameter", 400,
                detail, context.request().path(), printable(parameter), List.of()), false);
    }

    /** A name quoted back to the client without its control characters. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(ControlCharacters.refused((char) c, false) ? '?' : (char) c));
        return out.toString();
    }

    /** Percent-decodes a path (as UTF-8, malformed sequences replaced), so that %00 is seen as NUL. */
    static String decode(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw == null ? "" : raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
