package org.disclosurestats.rest;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json, like every other error. Authentication is not proactive
 * (quarkus.http.auth.proactive=false), so a missing or bad token surfaces here, at the endpoint
 * that needs it, and reads ignore tokens altogether.
 */
public class SecurityProblemMapper {

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The bearer token is invalid: its signature, issuer or expiry does not verify.", uri);
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException e, UriInfo uri) {
        return unauthorized("The bearer token could not be verified.", uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("Writing needs a bearer token: Authorization: Bearer <JWT>.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMapper.respond(new Problem(Problem.TYPE_PREFIX + "forbidden", "Not allowed for this caller", 403,
                "The token's groups do not include a role this operation needs (publisher or admin; retraction: admin).", path(uri), null, List.of()));
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "unauthorized", "Authentication required", 401, detail, path(uri), null, List.of());
        return Response.fromResponse(ProblemMapper.respond(problem)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
