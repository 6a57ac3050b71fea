package org.disclosurestats.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bulkhead on request bodies, in bytes: a large body costs several times its size while it is
 * buffered, parsed and stored, so the bodies being handled at once may add up to at most the budget
 * (one body is always admitted, whatever its size within the body limit). A body that does not fit
 * waits, unread, for up to the queue time, then gets 503 with Retry-After. Small bodies and reads
 * pass untouched. A chunked body is counted at the body limit, the most it can grow to. Imports and
 * bulk uploads cost far more than their bytes (reading a document, recording many reports): each
 * counts as at least half the budget, so at most two run at once.
 */
@ApplicationScoped
public class BodyBudget {

    /** After the control-character check (-5), before the body-size check (-3). */
    static final int ROUTE_ORDER = -4;
    static final int RETRY_AFTER_SECONDS = 2;
    private static final long POLL_MILLIS = 20;

    @ConfigProperty(name = "disclosure.http.body-budget", defaultValue = "20M")
    MemorySize budget;
    @ConfigProperty(name = "disclosure.http.body-budget-threshold", defaultValue = "256K")
    MemorySize threshold;
    @ConfigProperty(name = "disclosure.http.body-budget-wait", defaultValue = "2s")
    java.time.Duration queueTime;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;
    @Inject
    ObjectMapper json;
    @Inject
    Vertx vertx;

    private final AtomicLong inFlight = new AtomicLong();

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::admit);
    }

    /** Bytes of large bodies being handled now (for tests and the load script's reasoning). */
    long inFlight() {
        return inFlight.get();
    }

    private void admit(RoutingContext context) {
        long weight = weight(context);
        if (weight < threshold.asLongValue()) {
            context.next();
            return;
        }
        context.request().pause();
        tryAdmit(context, weight, System.nanoTime() + queueTime.toNanos());
    }

    private void tryAdmit(RoutingContext context, long weight, long deadline) {
        if (context.response().closed()) {
            return;
        }
        if (reserve(weight)) {
            // released once, however the exchange ends (the body reader may replace the response's end handler)
            java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable release = () -> {
                if (released.compareAndSet(false, true)) {
                    inFlight.addAndGet(-weight);
                }
            };
            context.addBodyEndHandler(end -> release.run());
            context.addEndHandler(done -> release.run());
            context.request().connection().closeHandler(closed -> release.run());
            context.request().resume();
            context.next();
        } else if (System.nanoTime() > deadline) {
            RouteProblems.send(context, json, new Problem(Problem.TYPE_PREFIX + "busy", "Too many large requests at once", 503,
                    "Large request bodies are being handled already; retry in " + RETRY_AFTER_SECONDS + " s.",
                    context.request().path(), null, List.of()), true);
        } else {
            vertx.setTimer(POLL_MILLIS, t -> tryAdmit(context, weight, deadline));
        }
    }

    private boolean reserve(long weight) {
        while (true) {
            long now = inFlight.get();
            if (now > 0 && now + weight > budget.asLongValue()) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + weight)) {
                return true;
            }
        }
    }

    private long weight(RoutingContext context) {
        long declared = declaredWeight(context);
        String path = context.request().path();
        boolean heavy = declared > 0 && (path.startsWith("/api/v1/imports") || path.startsWith("/api/v1/reports:bulk"));
        return heavy ? Math.max(declared, budget.asLongValue() / 2) : declared;
    }

    private long declaredWeight(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return 0;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        if (length == null) {
            String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked") ? limit : 0; // chunked: it may grow to the limit
        }
        try {
            return Math.min(Long.parseLong(length.strip()), limit);
        } catch (NumberFormatException e) {
            return limit;
        }
    }
}
