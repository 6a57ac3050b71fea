package org.disclosurestats.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurestats.service.ApiProblem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Strict query parameters, decided once for every operation: a parameter the resource method does not
 * declare (a typo such as divison, or a filter the operation lacks) is a 400 naming it, never silently
 * ignored; so is a format other than csv or json. Operations that can answer CSV accept format.
 * Runs before the conditional-GET check, so a bad question never gets a 304.
 */
public class StrictParameters {

    static final String FORMAT = "format";
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response knownParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, m -> declared(m, resource.getResourceClass()));
        Map<String, java.util.List<String>> given = request.getUriInfo().getQueryParameters();
        for (String name : new TreeSet<>(given.keySet())) {
            if (!declared.contains(name)) {
                String known = declared.isEmpty() ? "this operation takes no query parameters" : "it takes: " + String.join(", ", new TreeSet<>(declared));
                return ProblemMapper.of(ApiProblem.badParameter(name, "Unknown query parameter '" + name + "'; " + known + "."), request.getUriInfo());
            }
        }
        String format = request.getUriInfo().getQueryParameters().getFirst(FORMAT);
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("csv") && !format.strip().equalsIgnoreCase("json")) {
            return ProblemMapper.of(ApiProblem.badParameter(FORMAT, "'" + format + "' is not one of: csv, json."), request.getUriInfo());
        }
        return null;
    }

    private static Set<String> declared(Method method, Class<?> resourceClass) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        Produces produces = method.getAnnotation(Produces.class) != null ? method.getAnnotation(Produces.class) : resourceClass.getAnnotation(Produces.class);
        if (produces != null && Arrays.asList(produces.value()).contains(CsvBodyWriter.TEXT_CSV)) {
            names.add(FORMAT);
        }
        return Set.copyOf(names);
    }
}
