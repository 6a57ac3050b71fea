package org.disclosurestats.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which browser origins may write. Any origin reads (CORS allows them all); a write sent by a browser
 * is accepted from the service's own origin (Swagger UI) and from the origins configured in
 * disclosure.cors.write-origins, and refused with a 403 problem from any other. Requests without an
 * Origin header (servers, scripts) are not browsers' and pass.
 */
@ApplicationScoped
public class WriteOrigins {

    /** After the security headers, before the request checks. */
    static final int ROUTE_ORDER = -6;
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH);

    @ConfigProperty(name = "disclosure.cors.write-origins")
    Optional<List<String>> configured;
    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        if (origin == null || !WRITES.contains(context.request().method()) || allowed(origin, context.request().getHeader("Host"))) {
            context.next();
            return;
        }
        RouteProblems.send(context, json, new Problem(Problem.TYPE_PREFIX + "forbidden-origin", "Writes are not accepted from this origin", 403,
                "A browser page from " + origin + " may read this API but not write to it; the operator lists the origins that may write "
                        + "(disclosure.cors.write-origins).", context.request().path(), "Origin", List.of()), false);
    }

    boolean allowed(String origin, String host) {
        if (configured.orElse(List.of()).stream().anyMatch(o -> o.strip().equalsIgnoreCase(origin))) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && uri.getHost() != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
