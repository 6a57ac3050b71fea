package org.disclosurestats.rest;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every answer, errors from the HTTP layer included: no content sniffing,
 * no framing, no referrer. The API's JSON may load nothing; the HTML pages (Swagger UI) may load
 * their own scripts and styles (it writes inline ones) and call the API, and nothing else.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** First of all routes, so that even an answer from an earlier check carries the headers. */
    static final int ROUTE_ORDER = -10;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::add);
    }

    private void add(RoutingContext context) {
        boolean page = context.request().path().startsWith("/q/swagger-ui");
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(v -> response.headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY));
        context.next();
    }
}
