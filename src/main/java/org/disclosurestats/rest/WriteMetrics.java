package org.disclosurestats.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counters of writes for /q/metrics, kept where every write's answer passes: accepted writes by operation,
 * refused ones by operation and the problem type of their answer, and imports by outcome. HTTP timings per
 * route, the pool and the JVM come from the metrics extension itself.
 */
public class WriteMetrics {

    static final String WRITES = "disclosure.writes";
    static final String REJECTED = "disclosure.writes.rejected";
    static final String IMPORTS = "disclosure.imports";

    @Inject
    MeterRegistry registry;

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String operation = operation(resource == null ? null : resource.getResourceMethod()); // none when no method matched (415, 405)
        int status = response.getStatus();
        if (status < 400) {
            registry.counter(WRITES, "operation", operation).increment();
        } else {
            registry.counter(REJECTED, "operation", operation, "reason", reason(response)).increment();
        }
        if (operation.startsWith("import")) {
            registry.counter(IMPORTS, "outcome", status == 201 ? "created" : status < 400 ? "duplicate" : "rejected").increment();
        }
    }

    /** The operationId of the contract, so that metrics and contract name an operation alike. */
    private static String operation(Method method) {
        if (method == null) {
            return "unmatched";
        }
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isEmpty() ? operation.operationId() : method.getName();
    }

    /** The problem type without its prefix (bad-parameter, unauthorized, …), else the status. */
    private static String reason(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.type() != null && problem.type().startsWith(Problem.TYPE_PREFIX)) {
            return problem.type().substring(Problem.TYPE_PREFIX.length());
        }
        return String.valueOf(response.getStatus());
    }
}
