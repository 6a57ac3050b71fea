package org.disclosurestats.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than quarkus.http.limits.max-body-size with a 413 problem, before reading
 * it. Quarkus enforces the same limit on the HTTP router (at order -2) but answers with an empty
 * body; this route runs just before it for every request that declares its length. A chunked body
 * (no declared length; multipart uploads aside) is read here, up to the limit, so that one growing
 * past it gets the same problem (the resource then reads the bytes read here).
 */
@ApplicationScoped
public class BodyLimit {

    /** Just before Quarkus's own body-size route (order -2). */
    static final int ROUTE_ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;
    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        maxBodySize.ifPresent(limit -> {
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit.asLongValue()).setHandleFileUploads(false);
            router.route().order(ROUTE_ORDER).handler(context -> check(context, limit.asLongValue(), chunked)).failureHandler(context -> {
                if (context.statusCode() == 413) {
                    tooLarge(context, "The body is larger than the limit of " + limit.asLongValue() + " bytes. Split a bulk upload into several requests.");
                } else {
                    context.next();
                }
            });
        });
    }

    private void check(RoutingContext context, long limit, BodyHandler chunked) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared < 0 && isChunked(context)) {
            chunked.handle(context);
            return;
        }
        if (declared <= limit) {
            context.next();
            return;
        }
        tooLarge(context, "The body has " + declared + " bytes; the limit is " + limit + " bytes. Split a bulk upload into several requests.");
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")
                && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
    }

    private void tooLarge(RoutingContext context, String detail) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "body-too-large", "Request body too large", 413, detail,
                context.request().path(), null, List.of());
        // the body is not read: close the connection after answering, as Quarkus does
        RouteProblems.send(context, json, problem, true);
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
