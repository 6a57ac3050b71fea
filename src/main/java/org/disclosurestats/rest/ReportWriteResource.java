package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Report;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Caller;
import org.disclosurestats.service.IdempotentRequests;
import org.disclosurestats.service.ReportQueries;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.service.DivisionService;
import org.disclosurestats.service.Hashing;
import org.disclosurestats.service.ReportService;
import org.disclosurestats.service.ReportService.Recorded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Submitting, replacing and retracting reports. Every write needs a bearer JWT; each request is
 * one transaction, so a failure anywhere leaves nothing behind.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityScheme(securitySchemeName = ReportWriteResource.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT signed by the key the service is configured with (JWT_PUBLIC_KEY_LOCATION, issuer JWT_ISSUER). "
                + "groups: publisher (reports of the divisions in the divisions claim and below them) or admin (everything).")
public class ReportWriteResource {

    static final String BEARER = "bearer";
    static final String ACCEPT_DESCRIPTION = "true: store the report even if its tables break the identities I1–I4 (real reports sometimes do); "
            + "the violations are recorded in the revision's change note and shown by GET /api/v1/reports/{id}/validation.";
    static final String EXAMPLE_SUBMISSION = "{\"issuerName\":\"阿拉山口市人民政府\",\"issuerKind\":\"government\",\"division\":\"652702\",\"year\":2018,"
            + "\"scope\":\"aggregate\",\"edition\":\"legacy\",\"title\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\","
            + "\"text\":\"…2018年,全市未收到依申请公开政府信息申请…\",\"figures\":[{\"metric\":\"lreq.received\",\"value\":0,"
            + "\"quote\":\"2018年,全市未收到依申请公开政府信息申请\",\"writtenAs\":\"未收到\"}]}";
    static final String EXAMPLE_TABLES = "{\"issuerName\":\"合肥市蜀山区人民政府\",\"issuerKind\":\"government\",\"division\":\"340104\",\"year\":2021,"
            + "\"scope\":\"self\",\"edition\":\"2021\",\"title\":\"合肥市蜀山区人民政府2021年政府信息公开工作年度报告\",\"tables\":{"
            + "\"requests\":{\"new\":{\"natural_person\":3,\"commercial\":1,\"research\":0,\"public_interest\":0,\"legal_services\":0,\"other_org\":0,\"total\":4},"
            + "\"granted\":{\"natural_person\":2,\"commercial\":1,\"research\":0,\"public_interest\":0,\"legal_services\":0,\"other_org\":0,\"total\":3}},"
            + "\"appeals\":{\"review\":{\"upheld\":1,\"corrected\":0,\"other\":0,\"pending\":0,\"total\":1}}}}";
    static final String EXAMPLE_DETAIL = "{\"id\":5,\"issuerName\":\"阿拉山口市人民政府\",\"issuerKind\":\"government\","
            + "\"division\":{\"code\":\"652702\",\"name\":\"阿拉山口市\",\"level\":\"county\"},\"year\":2018,\"scope\":\"aggregate\",\"edition\":\"legacy\","
            + "\"title\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\",\"sourceUrl\":null,\"publishedOn\":null,\"revision\":1,\"recordedAt\":\"2026-11-21T12:00:00Z\","
            + "\"textSha256\":\"ab824bd902d67a9418a7db80ea2bb242d3ad05c17cce9604e554e140a57c9163\",\"observations\":[{\"metric\":\"lreq.received\",\"metricNameZh\":\"收到申请数\","
            + "\"unit\":\"件\",\"value\":0,\"qualifier\":\"exact\",\"status\":\"reported\",\"provenance\":{\"kind\":\"sentence\",\"quote\":\"2018年,全市未收到依申请公开政府信息申请\","
            + "\"start\":3300,\"end\":3322,\"writtenAs\":\"未收到\"}}]}";
    static final String EXAMPLE_INCONSISTENT = "{\"type\":\"urn:disclosure-stats:problem:validation-failed\",\"title\":\"The report is not valid\",\"status\":422,"
            + "\"detail\":\"1 rule(s) violated; nothing was stored. A published report that really breaks its identities can be stored with acceptInconsistent=true.\","
            + "\"instance\":\"/api/v1/reports\",\"violations\":[{\"pointer\":\"/tables/requests/new/total\",\"message\":\"I3 (row new): the applicant columns must add "
            + "up to 总计; expected 4, stated 5\",\"identity\":\"I3\",\"row\":\"new\",\"column\":\"total\",\"expected\":4,\"actual\":5}]}";

    @Inject
    ReportService reports;
    @Inject
    ReportQueries queries;
    @Inject
    SubmissionMapper mapper;
    @Inject
    Callers callers;
    @Inject
    DivisionService divisions;
    @Inject
    Catalogue catalogue;
    @Inject
    IdempotentRequests idempotent;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @CustomDeserialization(StrictJson.class)
    @SecurityRequirement(name = BEARER)
    @Operation(operationId = "createReport", summary = "Submit a new report",
            description = "Validates the report (known metric codes of its edition, non-negative values, whole counts, a division valid in its year, "
                    + "no report with the same issuer, division, year and scope, the table identities I1–I4) and records it as revision 1. "
                    + "With Idempotency-Key, a retry of the same request returns the first answer instead of recording anything.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class),
            examples = {@ExampleObject(name = "a legacy report's figure with its quote (阿拉山口市 2018, abridged)", value = EXAMPLE_SUBMISSION),
                    @ExampleObject(name = "2021 tables (abridged)", value = EXAMPLE_TABLES)}))
    @APIResponse(responseCode = "201", description = "Recorded; the body is the report as GET /api/v1/reports/{id} returns it.",
            headers = {@Header(name = "Location", description = "/api/v1/reports/{id}", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Strong ETag of revision 1; If-Match for a later PUT.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ReportViews.Detail.class), examples = @ExampleObject(name = "阿拉山口市 2018 (abridged)", value = EXAMPLE_DETAIL)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or a field that is not part of the schema (named).", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or an invalid, forged or expired one.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role, or the report's division is not one of its divisions or below them.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, each with a JSON pointer into the body; nothing was stored. Also: the Idempotency-Key was used for a different request.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "an identity violated", value = EXAMPLE_INCONSISTENT)))
    public Response create(SubmissionRequest body,
                           @Parameter(description = "A client-chosen key (up to 200 characters) making the POST safe to retry: the same key with the same body "
                                   + "returns the first answer; with another body it is a 422. Keys are scoped to the token subject.", example = "shushan-2021-report-1")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Parameter(description = ACCEPT_DESCRIPTION, example = "false") @QueryParam("acceptInconsistent") Boolean acceptInconsistent) {
        requireBody(body);
        boolean accept = Boolean.TRUE.equals(acceptInconsistent);
        Caller caller = callers.current();
        String key = QueryParams.text(idempotencyKey);
        String requestHash = key == null ? null : requestHash(body, accept);
        IdempotentRequests.Result<Created> done = idempotent.once(caller.subject(), key, requestHash, () -> {
            SubmissionMapper.Mapped mapped = mapper.map(body);
            Recorded recorded = located(mapped, () -> reports.createNew(mapped.submission(), caller, body.changeNote(), accept));
            return new Created(detail(recorded.report().id), "/api/v1/reports/" + recorded.report().id,
                    ReportPreconditions.etag(recorded.report().id, recorded.revision().revisionNo));
        }, created -> new IdempotentRequests.Answer(201, created.location(), created.etag(), write(created.detail())));
        if (done.replayed() != null) {
            return replay(done.replayed());
        }
        Created created = done.fresh();
        return Response.status(201).header(HttpHeaders.LOCATION, created.location()).tag(EntityTag.valueOf(created.etag())).entity(created.detail()).build();
    }

    /** A report just created, as answered. */
    private record Created(ReportViews.Detail detail, String location, String etag) {
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @CustomDeserialization(StrictJson.class)
    @SecurityRequirement(name = BEARER)
    @Operation(operationId = "replaceReport", summary = "Replace a report by a new revision",
            description = "Records the body as the report's next revision, if If-Match names its current one. The identity (issuerName, division, year, scope) "
                    + "cannot change. Content identical to the current revision records nothing (200, same ETag). Of two concurrent PUTs with the same "
                    + "ETag exactly one succeeds; the other gets 412. A retracted report can be published again this way.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class),
            examples = @ExampleObject(name = "阿拉山口市 2018 (abridged)", value = EXAMPLE_SUBMISSION)))
    @APIResponse(responseCode = "200", description = "The report as it now stands.",
            headers = @Header(name = "ETag", description = "Strong ETag of the (new) current revision.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportViews.Detail.class), examples = @ExampleObject(name = "阿拉山口市 2018 (abridged)", value = EXAMPLE_DETAIL)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token may not write this report.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No report with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision: someone changed the report since it was read.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule with its JSON pointer; nothing was stored.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                            SubmissionRequest body,
                            @Parameter(description = "The ETag of the revision the change was made against (from GET /api/v1/reports/{id}); without it the answer is 428.", example = "\"5-1\"", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(description = ACCEPT_DESCRIPTION, example = "false") @QueryParam("acceptInconsistent") Boolean acceptInconsistent) {
        long reportId = QueryParams.id(id, "id");
        ReportPreconditions.requireIfMatch(reportId, ifMatch);
        requireBody(body);
        boolean accept = Boolean.TRUE.equals(acceptInconsistent);
        Caller caller = callers.current();
        SubmissionMapper.Mapped mapped = mapper.map(body);
        Recorded recorded = located(mapped, () -> reports.revise(reportId, mapped.submission(), ReportPreconditions.matching(ifMatch), caller, body.changeNote(), accept));
        return Response.ok(detail(reportId)).tag(EntityTag.valueOf(ReportPreconditions.etag(reportId, recorded.revision().revisionNo))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Callers.ADMIN)
    @SecurityRequirement(name = BEARER)
    @Operation(operationId = "retractReport", summary = "Retract a report (admin)",
            description = "Records a retraction as the report's next revision: the report disappears from reads and aggregates, its history stays "
                    + "(GET /api/v1/reports/{id}/revisions). Retracting a retracted report records nothing.")
    @APIResponse(responseCode = "204", description = "Retracted.",
            headers = @Header(name = "ETag", description = "Strong ETag of the retraction revision (If-Match to publish the report again with PUT).", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No report with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and does not name the current revision.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retract(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                            @Parameter(description = "Optional: retract only if the report is still at this ETag.", example = "\"5-1\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(description = "Why the report is retracted (recorded in its history).", example = "published twice under two titles")
                            @QueryParam("note") String note) {
        long reportId = QueryParams.id(id, "id");
        Recorded recorded = reports.retract(reportId, ReportPreconditions.matching(ifMatch), callers.current(), QueryParams.text(note));
        return Response.noContent().tag(EntityTag.valueOf(ReportPreconditions.etag(reportId, recorded.revision().revisionNo))).build();
    }

    private ReportViews.Detail detail(long id) {
        ReportQueries.ReportContent content = queries.current(id);
        Report r = content.report();
        Division division = divisions.resolve(r.divisionCode, r.year, "division");
        return ReportViews.Detail.of(content, division, code -> catalogue.require(code, "metric"));
    }

    /** Runs a service call, reporting its violations at the places of the body they concern. */
    static Recorded located(SubmissionMapper.Mapped mapped, java.util.function.Supplier<Recorded> write) {
        try {
            return write.get();
        } catch (ApiProblem problem) {
            throw mapped.locate(problem);
        }
    }

    static void requireBody(SubmissionRequest body) {
        if (body == null) {
            throw new ApiProblem(400, "malformed-body", "Malformed request body", "The request needs a JSON body: the report to record.", null, List.of());
        }
    }

    private static Response replay(IdempotentRequests.Answer first) {
        return Response.status(first.status()).header(HttpHeaders.LOCATION, first.location()).tag(EntityTag.valueOf(first.etag()))
                .header("Idempotent-Replayed", "true").type(MediaType.APPLICATION_JSON).entity(first.body()).build();
    }

    /** The request as bytes independent of key order, so that a retry hashes the same. */
    private String requestHash(SubmissionRequest body, boolean accept) {
        try {
            String canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(body);
            return Hashing.sha256Hex(canonical + "|acceptInconsistent=" + accept);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
