package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.service.ReportHistory;
import org.disclosurestats.service.ReportQueries;
import org.disclosurestats.service.ReportValidation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A report's history and checks: public, like every read, and available for retracted reports too. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportHistoryResource {

    @Inject
    ReportQueries reports;
    @Inject
    ReportHistory history;
    @Inject
    ReportValidation validation;
    @Inject
    Catalogue catalogue;

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listReportRevisions", summary = "A report's revisions: who, when, what changed",
            description = "Every revision, oldest first, with the token subject that recorded it, when, its note, and the fields and figures it "
                    + "changed against the previous one. Retracted reports keep their history.")
    @APIResponse(responseCode = "200", description = "The history.", content = @Content(schema = @Schema(implementation = WriteViews.History.class),
            examples = @ExampleObject(name = "阿拉山口市 2018", value = "{\"reportId\":5,\"currentRevision\":1,\"revisions\":[{\"revision\":1,\"status\":\"published\","
                    + "\"recordedAt\":\"2026-11-21T12:00:00Z\",\"recordedBy\":\"seed-loader\",\"changeNote\":\"curated seed data\",\"edition\":\"legacy\","
                    + "\"title\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\",\"textSha256\":\"ab824bd902d67a9418a7db80ea2bb242d3ad05c17cce9604e554e140a57c9163\","
                    + "\"figures\":14,\"fieldsChanged\":[],\"figuresAdded\":[\"lreq.received\"],\"figuresRemoved\":[],\"figuresChanged\":[]}]}")))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No report with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteViews.History revisions(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id) {
        long reportId = QueryParams.id(id, "id");
        List<WriteViews.RevisionSummary> revisions = history.history(reportId).stream().map(WriteViews.RevisionSummary::of).toList();
        return new WriteViews.History(reportId, revisions.get(revisions.size() - 1).revision(), revisions);
    }

    @GET
    @Path("/{id}/revisions/{n}")
    @Operation(operationId = "getReportRevision", summary = "One revision of a report, as recorded",
            description = "The revision's metadata and figures exactly as recorded (a retraction has none).")
    @APIResponse(responseCode = "200", description = "The revision.", content = @Content(schema = @Schema(implementation = WriteViews.RevisionDetail.class),
            examples = @ExampleObject(name = "阿拉山口市 2018, revision 1 (abridged)", value = "{\"reportId\":5,\"revision\":1,\"status\":\"published\","
                    + "\"recordedAt\":\"2026-11-21T12:00:00Z\",\"recordedBy\":\"seed-loader\",\"changeNote\":\"curated seed data\",\"issuerName\":\"阿拉山口市人民政府\","
                    + "\"issuerKind\":\"government\",\"division\":\"652702\",\"year\":2018,\"scope\":\"aggregate\",\"edition\":\"legacy\","
                    + "\"title\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\",\"sourceUrl\":null,\"publishedOn\":null,"
                    + "\"textSha256\":\"ab824bd902d67a9418a7db80ea2bb242d3ad05c17cce9604e554e140a57c9163\",\"observations\":[{\"metric\":\"lreq.received\","
                    + "\"metricNameZh\":\"收到申请数\",\"unit\":\"件\",\"value\":0,\"qualifier\":\"exact\",\"status\":\"reported\",\"provenance\":{\"kind\":\"sentence\","
                    + "\"quote\":\"2018年,全市未收到依申请公开政府信息申请\",\"start\":3300,\"end\":3322,\"writtenAs\":\"未收到\"}}]}")))
    @APIResponse(responseCode = "400", description = "The id or n is not a positive whole number.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report or revision.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteViews.RevisionDetail revision(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                                              @Parameter(description = "Revision number, from 1.", example = "1", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("n") String n) {
        long revisionNo = QueryParams.id(n, "n");
        if (revisionNo > Integer.MAX_VALUE) {
            throw ApiProblem.badParameter("n", "'" + n + "' is not a revision number.");
        }
        return WriteViews.RevisionDetail.of(reports.revision(QueryParams.id(id, "id"), (int) revisionNo), code -> catalogue.require(code, "metric"));
    }

    @GET
    @Path("/{id}/validation")
    @Operation(operationId = "validateReport", summary = "Check a report's tables: identities and soft checks",
            description = "Recomputed from the stored figures of the current revision: the identities I1–I4 of the standard tables (held, violated "
                    + "— possible for reports stored with acceptInconsistent — or not checkable, when a needed cell is blank or not reported), and soft "
                    + "checks: requests carried forward at the end of the year against those carried over by the next year's report of the same "
                    + "issuer (and from the previous year's), and prose against tables.")
    @APIResponse(responseCode = "200", description = "The checks.", content = @Content(schema = @Schema(implementation = WriteViews.ValidationView.class),
            examples = @ExampleObject(name = "阿拉山口市 2018 (legacy: no tables)", value = "{\"reportId\":5,\"revision\":1,\"edition\":\"legacy\","
                    + "\"summary\":{\"held\":0,\"violated\":0,\"notCheckable\":0},\"identities\":[],\"softChecks\":[{\"check\":\"prose_vs_tables\","
                    + "\"status\":\"not_checkable\",\"detail\":\"A report states each figure once (as a table cell or as a quoted sentence), so a figure "
                    + "quoted in the prose that contradicts its table cell is not stored as a second figure and cannot be compared here.\"}]}")))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No published report with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteViews.ValidationView validation(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id) {
        return WriteViews.ValidationView.of(validation.validate(QueryParams.id(id, "id")));
    }
}
