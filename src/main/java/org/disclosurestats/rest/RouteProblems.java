package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Answers a problem from a Vert.x route, before the request reaches a resource (or its body is read). */
final class RouteProblems {

    private RouteProblems() {
    }

    /** closeConnection: the body was not read, so the connection cannot carry another request. */
    static void send(RoutingContext context, ObjectMapper json, Problem problem, boolean closeConnection) {
        var response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
