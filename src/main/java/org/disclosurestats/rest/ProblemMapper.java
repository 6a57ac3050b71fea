package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.disclosurestats.importing.UnreadableDocument;
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

    /** A document the importer could not read: an unsupported type is a 415, an empty body a 400, unreadable content a 422. */
    @ServerExceptionMapper
    public Response unreadableDocument(UnreadableDocument e, UriInfo uri) {
        return of(switch (e.reason) {
            case EMPTY -> new ApiProblem(400, "empty-document", "Empty document", e.getMessage(), null, null);
            case UNSUPPORTED_TYPE -> new ApiProblem(415, "unsupported-media-type", "Unsupported document type", e.getMessage(), null, null);
            case NO_TEXT_LAYER -> new ApiProblem(422, "no-text-layer", "The PDF has no text layer", e.getMessage(), null, null);
            case GARBLED_TEXT_LAYER -> new ApiProblem(422, "garbled-text-layer", "The PDF's text layer is not its text", e.getMessage(), null, null);
            case UNPARSEABLE -> new ApiProblem(422, "unreadable-document", "The document cannot be read", e.getMessage(), null, null);
        }, uri);
    }

    /** The answer to a problem found outside a resource method (a request filter). */
    static Response of(ApiProblem problem, UriInfo uri) {
        Response response = respond(new Problem(Problem.TYPE_PREFIX + problem.type, problem.title, problem.status, problem.getMessage(),
                path(uri), problem.parameter, problem.violations));
        return problem.status == 401 ? Response.fromResponse(response).header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, "Bearer").build() : response;
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(JsonProblems.of(e, path(uri)));
    }

    /** Named here so that Quarkus's own mapper (an empty 400) does not take wrong types and invalid enum values. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(JsonProblems.of(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(StreamReadException e, UriInfo uri) {
        return respond(JsonProblems.of(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e, path(uri)));
    }

    /** A body that ended early or could not be read (a truncated upload): the client's to fix, not a 500. */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "unreadable-body", "Unreadable request body", 400,
                "The request body could not be read to its end (a truncated or malformed upload?).", path(uri), "body", List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(JsonProblems.of(json, path(uri)));
        }
        if (e.getCause() instanceof ApiProblem problem) { // a typed parameter that did not parse (TypedParameters)
            return of(problem, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 404 ? "No resource at this path; the API lives under /api/v1 (see /q/swagger-ui)." : e.getMessage();
        return respond(new Problem("about:blank", title, status, detail, path(uri), null, List.of()));
    }

    /** Direct memory refused a buffer: this request gets 503 (see BufferMemoryFaults); any other such error is a 500. */
    @ServerExceptionMapper
    public Response outOfMemory(OutOfMemoryError e, UriInfo uri) {
        if (BufferMemoryFaults.exhausted(e)) {
            LOG.warn("I/O buffers exhausted on " + path(uri) + ": " + e.getMessage());
            return BufferMemoryFaults.serviceUnavailable(path(uri));
        }
        LOG.error("Out of memory on " + path(uri), e);
        return internalError(uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (BufferMemoryFaults.exhausted(e)) { // wrapped by the body writer
            LOG.warn("I/O buffers exhausted on " + path(uri) + ": " + DatabaseFaults.reason(e));
            return BufferMemoryFaults.serviceUnavailable(path(uri));
        }
        if (IdentityRaces.lost(e)) {
            LOG.info("Identity race lost on " + path(uri));
            return IdentityRaces.conflict(path(uri));
        }
        if (DatabaseFaults.unavailable(e)) {
            LOG.warn("Database unavailable on " + path(uri) + ": " + DatabaseFaults.reason(e));
            return DatabaseFaults.serviceUnavailable(path(uri));
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return internalError(uri);
    }

    private static Response internalError(UriInfo uri) {
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The server failed to answer this request; it has been logged.", path(uri), null, List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
