package org.disclosurestats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.disclosurestats.service.ImportService;
import org.disclosurestats.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/reports/{id}:publish}: a reviewed draft becomes a published revision. */
@Path("/api/v1/reports/{id}:publish")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class PublishResource {

    @Inject
    Callers callers;
    @Inject
    ImportService imports;
    @Inject
    ReportResource reports;

    @POST
    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @SecurityRequirement(name = ReportWriteResource.BEARER)
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role publisher or admin, or the division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(operationId = "publishDraft", summary = "Publish a report's latest draft",
            description = "Records the report's latest draft (from POST /api/v1/imports) as a new published revision through the ordinary write path "
                    + "(validation, revision numbering, projection for aggregates). Until then the draft is shown by no read and no aggregate.")
    @APIResponse(responseCode = "201", description = "Published: the report as it now stands.", content = @Content(schema = @Schema(implementation = ReportViews.Detail.class)))
    @APIResponse(responseCode = "200", description = "The draft states exactly what is already published: nothing was recorded.",
            content = @Content(schema = @Schema(implementation = ReportViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "No report with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The report has no draft, or a newer revision was recorded after it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The draft breaks a rule of the write path.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(description = "Report id (reportId of the import).", example = "12", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                            @Parameter(description = "Publish even if the draft's tables break the identities I1–I4 (they stay visible in its validation).",
                                    example = "false") @QueryParam("acceptInconsistent") Boolean acceptInconsistent,
                            @jakarta.ws.rs.core.Context UriInfo uri) {
        long reportId = QueryParams.id(id, "id");
        ReportService.Recorded recorded = imports.publish(reportId, callers.current(), Boolean.TRUE.equals(acceptInconsistent));
        ReportViews.Detail detail = reports.current(reportId);
        return Response.status(recorded.outcome() == ReportService.Outcome.UNCHANGED ? 200 : 201)
                .header("Location", uri.getBaseUriBuilder().path("api/v1/reports/" + reportId).build())
                .entity(detail).build();
    }
}
