package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.CurrentReport;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.service.DivisionService;
import org.disclosurestats.service.ReportQueries;
import org.disclosurestats.service.ReportQueries.ReportContent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual reports and every figure they state, with provenance")
public class ReportResource {

    @Inject
    org.disclosurestats.service.DivisionTree tree;

    static final int DEFAULT_PAGE = 50;
    static final String ASOF_DESCRIPTION = "Answer as the data stood at this instant (ISO-8601, e.g. 2026-11-21T12:00:00Z): each report "
            + "as of its newest revision recorded at or before it; reports retracted or not yet recorded then are absent.";

    @Inject
    ReportQueries reports;
    @Inject
    DivisionService divisions;
    @Inject
    Catalogue catalogue;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvBodyWriter.TEXT_CSV})
    @Operation(operationId = "listReports", summary = "List reports",
            description = "Published reports matching every given filter, in id order, one page at a time. "
                    + "The next page is linked in the Link header (rel=\"next\") and in nextCursor.")
    @APIResponse(responseCode = "200", description = "One page of report summaries.",
            headers = @Header(name = "Link", description = "<…?cursor=…>; rel=\"next\" when there is a next page.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = {
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "as CSV (the items)", value = "\uFEFFid,issuerName,issuerKind,division.code,division.name,division.level,year,scope,edition,title,sourceUrl,publishedOn,revision,recordedAt,textSha256\r\n"
                            + "5,阿拉山口市人民政府,government,652702,阿拉山口市,county,2018,aggregate,legacy,阿拉山口市人民政府2018年政府信息公开工作年度报告,,,1,2026-11-21T12:00Z,ab824bd902d67a9418a7db80ea2bb242d3ad05c17cce9604e554e140a57c9163\r\n")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Page.class), examples = @ExampleObject(name = "the 2018 report of 阿拉山口市",
                    value = "{\"items\":[{\"id\":5,\"issuerName\":\"阿拉山口市人民政府\",\"issuerKind\":\"government\",\"division\":{\"code\":\"652702\",\"name\":\"阿拉山口市\",\"level\":\"county\"},\"year\":2018,\"scope\":\"aggregate\","
                            + "\"edition\":\"legacy\",\"title\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\",\"sourceUrl\":null,\"publishedOn\":null,\"revision\":1,"
                            + "\"recordedAt\":\"2026-11-21T12:00:00Z\",\"textSha256\":\"ab824bd902d67a9418a7db80ea2bb242d3ad05c17cce9604e554e140a57c9163\"}],\"nextCursor\":null}"))})
    @APIResponse(responseCode = "400", description = "A malformed parameter.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only reports of this division code.", example = "652702") @QueryParam("division") String division,
            @Parameter(description = "Only reports about this year.", example = "2018") @QueryParam("year") Integer year,
            @Parameter(description = "Only this scope: self or aggregate.", example = "aggregate") @QueryParam("scope") Scope scope,
            @Parameter(description = "Only this edition: legacy, 2019 or 2021.", example = "legacy") @QueryParam("edition") Edition edition,
            @Parameter(description = "Page size, 1 to " + ReportQueries.MAX_PAGE + " (default " + DEFAULT_PAGE + ").", example = "50") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = ASOF_DESCRIPTION) @QueryParam("asOf") OffsetDateTime asOf,
            @Context UriInfo uri) {
        String divisionCode = QueryParams.text(division);
        int size = QueryParams.limit(limit, DEFAULT_PAGE, ReportQueries.MAX_PAGE);
        List<CurrentReport> found = reports.page(divisionCode, QueryParams.year(year, "year"), scope,
                edition, QueryParams.afterId(cursor), size + 1, asOf);
        List<ReportViews.Summary> items = found.stream().limit(size).map(c -> ReportViews.Summary.of(c.report(), c.revision(), divisionIn(c.report().divisionCode, c.report().year))).toList();
        String next = found.size() > size ? QueryParams.cursorAfter(items.get(items.size() - 1).id()) : null;
        Response.ResponseBuilder response = Response.ok(new ReportViews.Page(items, next));
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Get a report with all its figures",
            description = "The report's current revision (or the one current at asOf) with every figure it states: metric, value, qualifier, status, the unit it is about "
                    + "when not the issuer, and provenance (the quoted sentence with offsets into the text, or the table cell).")
    @APIResponse(responseCode = "200", description = "The report.",
            headers = @Header(name = "ETag", description = "Strong ETag of the revision shown, \"<id>-<revision>\" (\"<id>-<revision>-gzip\" for a gzip body); "
                    + "send it as If-Match to PUT, or as If-None-Match for a 304 while the revision is current.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportViews.Detail.class),
            examples = @ExampleObject(name = "阿拉山口市 2018 (abridged)", value = "{\"id\":5,\"issuerName\":\"阿拉山口市人民政府\",\"issuerKind\":\"government\","
                    + "\"division\":{\"code\":\"652702\",\"name\":\"阿拉山口市\",\"level\":\"county\"},\"year\":2018,\"scope\":\"aggregate\",\"edition\":\"legacy\","
                    + "\"title\":\"阿拉山口市人民政府2018年政府信息公开工作年度报告\",\"sourceUrl\":null,\"publishedOn\":null,\"revision\":1,\"recordedAt\":\"2026-11-21T12:00:00Z\","
                    + "\"textSha256\":\"ab824bd902d67a9418a7db80ea2bb242d3ad05c17cce9604e554e140a57c9163\",\"observations\":[{\"metric\":\"lreq.received\",\"metricNameZh\":\"收到申请数\","
                    + "\"unit\":\"件\",\"value\":0,\"qualifier\":\"exact\",\"status\":\"reported\",\"provenance\":{\"kind\":\"sentence\",\"quote\":\"2018年,全市未收到依申请公开政府信息申请\","
                    + "\"start\":3300,\"end\":3322,\"writtenAs\":\"未收到\"}}]}")))
    @APIResponse(responseCode = "304", description = "If-None-Match names the revision shown (weak comparison).")
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No published report with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                        @Parameter(description = ASOF_DESCRIPTION) @QueryParam("asOf") OffsetDateTime asOf,
                        @Context jakarta.ws.rs.core.HttpHeaders headers, @Context jakarta.ws.rs.core.Request request) {
        ReportContent content = reports.current(QueryParams.id(id, "id"), asOf);
        Report r = content.report();
        EntityTag tag = EntityTag.valueOf(ReportPreconditions.etag(r.id, content.revision().revisionNo,
                HttpCaching.contentCoding(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_ENCODING))));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag); // If-None-Match, weakly (HttpCaching drops its W/)
        if (notModified != null) {
            return HttpCaching.notModified(notModified, tag);
        }
        return Response.ok(view(content)).tag(tag).build();
    }

    /** The report as it now stands, for an answer that shows it after a write. */
    ReportViews.Detail current(long id) {
        return view(reports.current(id, null));
    }

    private ReportViews.Detail view(ReportContent content) {
        Report r = content.report();
        Division division = divisions.resolve(r.divisionCode, r.year, "division");
        return ReportViews.Detail.of(content, division, code -> catalogue.require(code, "metric"));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getReportText", summary = "Get a report's source text",
            description = "The full source text of the current revision, exactly as stored; provenance offsets index into it.")
    @APIResponse(responseCode = "200", description = "The text.", content = @Content(mediaType = "text/plain", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "start of 阿拉山口市 2018", value = "根据《中华人民共和国政府信息公开条例》…")))
    @APIResponse(responseCode = "404", description = "No published report with this id, or it has no stored text.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String text(@Parameter(description = "Report id.", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id) {
        ReportContent content = reports.current(QueryParams.id(id, "id"));
        if (content.revision().sourceText == null) {
            throw org.disclosurestats.service.ApiProblem.notFound("Report text", "id", "Report " + id + " was submitted without its source text.");
        }
        return content.revision().sourceText;
    }

    /** A division as named in the year (a report's division is valid in its year; the code alone if the tree lacks it). */
    private ReportViews.DivisionRef divisionIn(String code, int year) {
        return tree.at(code, year).map(ReportViews.DivisionRef::of).orElse(new ReportViews.DivisionRef(code, null, null));
    }
}
