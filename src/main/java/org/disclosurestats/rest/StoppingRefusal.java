package org.disclosurestats.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Once the process is asked to stop (SIGTERM), a request that arrives is answered 503 with Retry-After and
 * Connection: close, so that a client or load balancer retries it on another instance at once; the requests
 * already in progress go on and are finished within quarkus.shutdown.timeout. Without this the HTTP layer keeps
 * serving new requests until that timeout and then drops whatever is still being written.
 *
 * <p>The stop is seen by a JVM shutdown hook: it runs beside the framework's own, as soon as the signal arrives
 * (the framework's shutdown event comes only after the in-progress requests are done). Packaged runs only: dev
 * mode restarts without stopping the JVM.
 */
@ApplicationScoped
public class StoppingRefusal {

    /** After the security headers (-10), before every check of the request (-6 and later). */
    static final int ROUTE_ORDER = -7;
    static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    ObjectMapper json;

    private volatile boolean stopping;

    void watch(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "stopping-refusal"));
        }
    }

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (!stopping) {
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        RouteProblems.send(context, json, new Problem(Problem.TYPE_PREFIX + "stopping", "Service stopping", 503,
                "This instance is shutting down and takes no new requests; retry (on another instance).",
                context.request().path(), null, List.of()), true);
    }
}
