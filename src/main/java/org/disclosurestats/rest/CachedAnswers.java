package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.disclosurestats.service.DatasetVersion;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Serves a totals answer from {@link AnswerCache} when the same question was answered at the same dataset
 * version, before any query runs; otherwise marks the request so that {@link TotalsJsonWriter} keeps what it
 * writes. Runs after the parameter check and the conditional GET (a bad question is never served from here,
 * and a matching ETag is still a 304), on the worker that would have run the resource. The version is the
 * request's own (looked up once per request): the body kept, the ETag and the Dataset-Version header all state
 * the same one.
 */
public class CachedAnswers {

    static final String TOTALS_PATH = "/api/v1/aggregates/totals";
    /** Request property: the cache key under which the answer being written is to be kept. */
    static final String KEY = CachedAnswers.class.getName() + ".key";
    /** What the resource's JSON answers are sent as. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    AnswerCache cache;
    @Inject
    DatasetVersion dataset;

    @ServerRequestFilter(priority = Priorities.USER + 10)
    public Response keptAnswer(ContainerRequestContext request) {
        if (!cache.enabled() || !"GET".equals(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || !TOTALS_PATH.equals(request.getUriInfo().getPath())) {
            return null;
        }
        var parameters = request.getUriInfo().getQueryParameters();
        // as of an instant: the version is another query, and such answers are rarely asked twice; CSV has its own writer;
        // a compressed answer is compressed by the HTTP layer only on the resource's own path, which a kept answer skips
        if (parameters.containsKey("asOf") || CsvBodyWriter.wantsCsv(request.getHeaderString(HttpHeaders.ACCEPT))
                || !"identity".equals(HttpCaching.contentCoding(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)))) {
            return null;
        }
        String key = AnswerCache.key(dataset.now().version(), "json", TOTALS_PATH, parameters);
        byte[] body = cache.get(key);
        if (body != null) {
            return Response.ok(new KeptAnswerWriter.KeptAnswer(body), JSON).build();
        }
        request.setProperty(KEY, key);
        return null;
    }
}
