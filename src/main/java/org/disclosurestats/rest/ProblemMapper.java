package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.disclosurestats.service.ApiProblem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every failure as application/problem+json; never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return of(problem, uri);
    }

    /** The answer to a problem found outside a resource method (a request filter). */
    static Response of(ApiProblem problem, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + problem.type, problem.title, problem.status, problem.getMessage(),
                path(uri), problem.parameter, problem.violations));
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(unknownField(e, path(uri)));
    }

    /** The problem of a body with a field its schema does not have (also used per line of a bulk upload). */
    static Problem unknownField(UnrecognizedPropertyException e, String instance) {
        String field = e.getPropertyName();
        return new Problem(Problem.TYPE_PREFIX + "unknown-field", "Unknown field in the request body", 400,
                "The field '" + field + "' is not part of this request's schema.", instance, null,
                List.of(new ApiProblem.Violation(pointer(e), "unknown field '" + field + "'")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "malformed-body", "Malformed request body", 400,
                e.getOriginalMessage(), path(uri), null, List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 404 ? "No resource at this path; the API lives under /api/v1 (see /q/swagger-ui)." : e.getMessage();
        return respond(new Problem("about:blank", title, status, detail, path(uri), null, List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The server failed to answer this request; it has been logged.", path(uri), null, List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String pointer(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping)) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (var ref : mapping.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
