package org.disclosurestats.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import org.disclosurestats.service.DatasetVersion;
import org.disclosurestats.service.Hashing;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs for dashboards: every read answers with a strong ETag derived from the dataset
 * version, the query and the representation (JSON or CSV, and its content coding), so a matching
 * If-None-Match is answered 304 before any query runs. Responses are public for 60 s and vary by Accept.
 */
public class HttpCaching {

    static final String DATASET_VERSION_HEADER = "Dataset-Version";
    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    DatasetVersion dataset;

    /** ?format=csv is a shortcut for Accept: text/csv (links and spreadsheets cannot set headers). */
    @ServerRequestFilter(preMatching = true)
    public void formatParameter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if ("csv".equalsIgnoreCase(format)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CsvBodyWriter.TEXT_CSV);
        } else if ("json".equalsIgnoreCase(format)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    /**
     * Answers 304 before any query runs when If-None-Match names this representation's tag, compared weakly
     * (W/"x" matches "x", as RFC 9110 asks of If-None-Match) by the framework's own evaluation. "*" asks whether
     * the resource exists at all: only the resource can tell, so it is answered after it (see validators).
     * First the representation is settled: where an operation offers JSON and CSV, Accept is narrowed to the
     * one negotiated, so that the body written and the tag computed here are of the same representation.
     */
    @ServerRequestFilter
    public Response notModified(ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
        if (!cacheable(request)) {
            return null;
        }
        settleRepresentation(request, resource);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || ifNoneMatch.strip().equals("*")) {
            return null;
        }
        // Left without its W/ prefixes for the rest of the request: a resource that tags its own revisions (a report)
        // evaluates the same header with the framework after this, and gets the same weak comparison.
        request.getHeaders().putSingle(HttpHeaders.IF_NONE_MATCH, ifNoneMatch.replace("W/", ""));
        DatasetVersion.State state = state(request);
        EntityTag tag = entityTag(request, http.uri(), state);
        Response.ResponseBuilder precondition = request.getRequest().evaluatePreconditions(tag);
        return precondition == null ? null : decorate(precondition.tag(tag), state).build();
    }

    /** A 304 for a resource that tags its own revisions (a report): the framework's answer with the caching headers of every read. */
    static Response notModified(Response.ResponseBuilder precondition, EntityTag tag) {
        return precondition.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    private static void settleRepresentation(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Produces produces = method == null ? null
                : method.getAnnotation(Produces.class) != null ? method.getAnnotation(Produces.class) : resource.getResourceClass().getAnnotation(Produces.class);
        if (produces != null && Arrays.asList(produces.value()).contains(CsvBodyWriter.TEXT_CSV)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT,
                    CsvBodyWriter.wantsCsv(request.getHeaderString(HttpHeaders.ACCEPT)) ? CsvBodyWriter.TEXT_CSV : MediaType.APPLICATION_JSON);
        }
    }

    @ServerResponseFilter
    public void validators(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
            return;
        }
        if (!cacheable(request) || response.getStatus() != 200) {
            return;
        }
        DatasetVersion.State state = state(request);
        if (!response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, entityTag(request, http.uri(), state));
        }
        if ("*".equals(Objects.toString(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), "").strip())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode()); // it exists: the client's copy stands
            response.setEntity(null);
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.getHeaders().putSingle(DATASET_VERSION_HEADER, state.version());
        if (state.lastModified() != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Date.from(state.lastModified().toInstant()));
        }
    }

    private Response.ResponseBuilder decorate(Response.ResponseBuilder builder, DatasetVersion.State state) {
        builder.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header(DATASET_VERSION_HEADER, state.version());
        if (state.lastModified() != null) {
            builder.lastModified(Date.from(state.lastModified().toInstant()));
        }
        return builder;
    }

    private DatasetVersion.State state(ContainerRequestContext request) {
        String asOf = request.getUriInfo().getQueryParameters().getFirst("asOf");
        if (asOf == null || asOf.isBlank()) {
            return dataset.now();
        }
        try {
            return dataset.asOf(OffsetDateTime.parse(asOf.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (java.time.format.DateTimeParseException e) {
            return dataset.now(); // the resource answers 400 for the malformed asOf
        }
    }

    /**
     * Strong: the same dataset state, query, representation and content coding always give the same bytes
     * (a gzip body is another representation than the identity one, so it has its own tag).
     *
     * @param uri the request's path and query as sent (no URI object to build: this runs on every read).
     */
    private static EntityTag entityTag(ContainerRequestContext request, String uri, DatasetVersion.State state) {
        String representation = CsvBodyWriter.wantsCsv(request.getHeaderString(HttpHeaders.ACCEPT)) ? "csv" : "json";
        String key = state.version() + '|' + representation + '|' + contentCoding(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)) + '|' + uri;
        return new EntityTag(Hashing.sha256Hex(key).substring(0, 32));
    }

    /** The coding the HTTP layer compresses with for this Accept-Encoding: gzip before deflate, as Vert.x chooses. */
    static String contentCoding(String acceptEncoding) {
        if (acceptEncoding == null) {
            return "identity";
        }
        String accepted = acceptEncoding.toLowerCase(java.util.Locale.ROOT);
        return accepted.contains("gzip") ? "gzip" : accepted.contains("deflate") ? "deflate" : "identity";
    }

    /** Public reads only: an answer to an authenticated request (a draft, say) is nobody else's to cache. */
    private static boolean cacheable(ContainerRequestContext request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getUriInfo().getPath().startsWith("/api/")
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }
}
