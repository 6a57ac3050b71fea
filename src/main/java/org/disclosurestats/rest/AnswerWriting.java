package org.disclosurestats.rest;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer with a body that a worker thread writes (JSON, CSV) goes through an {@link AnswerStream}:
 * in bounded chunks, at the pace the client reads. Installed by a response filter, which runs again for
 * an error answer that replaces a failed one: that answer starts on a fresh stream.
 */
public class AnswerWriting {

    /** How long a client may take nothing before its connection is dropped. */
    @ConfigProperty(name = "disclosure.http.write-timeout", defaultValue = "20s")
    Duration writeTimeout;

    @ServerResponseFilter
    public void boundedWrites(ContainerResponseContext response, HttpServerRequest http) {
        if (!response.hasEntity() || Context.isOnEventLoopThread()) {
            return; // the event loop must never wait; what it writes is small (problems found before a worker took over)
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (context != null) {
            context.setOutputStream(new AnswerStream(http.response(), writeTimeout));
        }
    }
}
