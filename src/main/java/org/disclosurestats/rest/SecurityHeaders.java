package org.disclosurestats.rest;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every answer, errors from the HTTP layer included: no content sniffing,
 * no framing, no referrer. The API's JSON may load nothing. The dashboard page may load its own scripts
 * (never inline ones) and styles, and call the API; the chart library sets styles inline and draws images
 * into data: and blob: URLs. Swagger UI writes inline scripts too, so only it gets 'unsafe-inline' scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** First of all routes, so that even an answer from an earlier check carries the headers. */
    static final int ROUTE_ORDER = -10;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String DASHBOARD_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::add);
    }

    private void add(RoutingContext context) {
        String policy = policyFor(context.request().path());
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(v -> response.headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", policy));
        context.next();
    }

    /** The API and the service's own endpoints load nothing; everything else served is a page or its files. */
    static String policyFor(String path) {
        if (path.startsWith("/q/swagger-ui")) {
            return PAGE_POLICY;
        }
        return path.startsWith("/api/") || path.startsWith("/q/") ? API_POLICY : DASHBOARD_POLICY;
    }
}
