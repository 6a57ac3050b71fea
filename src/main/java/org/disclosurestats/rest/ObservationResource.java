package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.FlatObservation;
import org.disclosurestats.domain.Level;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.service.DatasetVersion;
import org.disclosurestats.service.DivisionService;
import org.disclosurestats.service.DivisionTree;
import org.disclosurestats.service.ObservationExtract;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/observations")
@Produces({MediaType.APPLICATION_JSON, CsvBodyWriter.TEXT_CSV})
@Tag(name = "Observations", description = "Flat extraction of every figure of the current reports")
public class ObservationResource {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1000;

    @Inject
    ObservationExtract observations;
    @Inject
    Catalogue catalogue;
    @Inject
    DivisionTree tree;
    @Inject
    DivisionService divisions;
    @Inject
    DatasetVersion dataset;

    @Schema(name = "ObservationRow", description = "One figure of a current report, with the report's identity.")
    public record Row(@Schema(example = "412") long id, @Schema(example = "5") long report, ReportViews.DivisionRef division,
                      @Schema(example = "2018") int year, @Schema(example = "aggregate") String scope,
                      @Schema(example = "阿拉山口市人民政府") String issuerName, @Schema(example = "legacy") String edition,
                      @Schema(example = "lreq.received") String metric, @Schema(example = "件") String unit,
                      @Schema(example = "0") BigDecimal value, @Schema(example = "exact") String qualifier,
                      @Schema(example = "reported") String status, @Schema(description = "The report's own category label, if any.") String breakdown,
                      @Schema(description = "The unit the figure is about, when not the issuer.") String subjectName,
                      String subjectDivision, @Schema(example = "2018年,全市未收到依申请公开政府信息申请") String quote) {

        static Row of(FlatObservation o, String unit, ReportViews.DivisionRef division) {
            return new Row(o.id(), o.reportId(), division, o.year(), o.scope(), o.issuerName(), o.edition(), o.metric(), unit,
                    o.value(), o.qualifier(), o.status(), o.breakdown().isEmpty() ? null : o.breakdown(), o.subjectName(),
                    o.subjectDivisionCode(), o.quote());
        }
    }

    @Schema(name = "ObservationPage", description = "One page of observations in id order; pass nextCursor as cursor for the next page.")
    public record Page(String datasetVersion, @jakarta.validation.constraints.NotNull List<Row> items, String nextCursor) {
    }

    @GET
    @Operation(operationId = "listObservations", summary = "Extract observations",
            description = "Every figure of the current published reports matching the filters, in a stable order (by id), one page at a time "
                    + "(Link: rel=\"next\"; at most " + MAX_PAGE + " per page). CSV: Accept text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page.",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Link", description = "<…?cursor=…>; rel=\"next\" when there is a next page.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "a stated zero",
                    value = "{\"datasetVersion\":\"5.5f3a9c1e\",\"items\":[{\"id\":150,\"report\":5,\"division\":{\"code\":\"652702\",\"name\":\"阿拉山口市\",\"level\":\"county\"},\"year\":2018,\"scope\":\"aggregate\","
                            + "\"issuerName\":\"阿拉山口市人民政府\",\"edition\":\"legacy\",\"metric\":\"lreq.received\",\"unit\":\"件\",\"value\":0,\"qualifier\":\"exact\","
                            + "\"status\":\"reported\",\"breakdown\":null,\"subjectName\":null,\"subjectDivision\":null,\"quote\":\"2018年,全市未收到依申请公开政府信息申请\"}],\"nextCursor\":null}")),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A malformed parameter.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Metric code; repeat for several.", example = "lreq.received") @QueryParam("metric") List<String> metric,
            @Parameter(description = "Only reports of this division code.", example = "652702") @QueryParam("division") String division,
            @Parameter(description = "Only reports of divisions within this one (itself included).", example = "650000") @QueryParam("within") String within,
            @Parameter(description = "Only reports of divisions of this level.", example = "county") @QueryParam("level") Level level,
            @Parameter(description = "First year.", example = "2014") @QueryParam("yearFrom") Integer yearFrom,
            @Parameter(description = "Last year.", example = "2018") @QueryParam("yearTo") Integer yearTo,
            @Parameter(description = "Page size, 1 to " + MAX_PAGE + " (default " + DEFAULT_PAGE + ").", example = "100") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "csv or json: overrides the Accept header.") @QueryParam("format") String format,
            @Context UriInfo uri) {
        metric.forEach(m -> catalogue.require(m, "metric"));
        Integer from = QueryParams.year(yearFrom, "yearFrom");
        Integer to = QueryParams.year(yearTo, "yearTo");
        if (from == null && to != null || from != null && to == null) {
            from = from == null ? to : from;
            to = to == null ? from : to;
        }
        if (from != null && from > to) {
            throw ApiProblem.badParameter("yearFrom", "yearFrom " + from + " is after yearTo " + to + ".");
        }
        String divisionCode = QueryParams.text(division);
        if (divisionCode != null) {
            divisions.periodsOf(divisionCode, null, "division");
        }
        Level lvl = level;
        int size = QueryParams.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        String version = dataset.now().version(); // before the data: a page never claims a newer state than it read
        List<FlatObservation> found = observations.page(metric, divisionCode, withinCodes(QueryParams.text(within), from, to), lvl == null ? null : lvl.code(),
                from, to, QueryParams.afterId(cursor), size + 1);
        List<Row> items = found.stream().limit(size).map(o -> Row.of(o, catalogue.require(o.metric(), "metric").unit,
                tree.at(o.divisionCode(), o.year()).map(ReportViews.DivisionRef::of).orElse(new ReportViews.DivisionRef(o.divisionCode(), null, null)))).toList();
        String next = found.size() > size ? QueryParams.cursorAfter(items.get(items.size() - 1).id()) : null;
        Response.ResponseBuilder response = Response.ok(new Page(version, items, next));
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    /** Every code that lies within the division (itself included) in any year asked for. */
    private Set<String> withinCodes(String within, Integer from, Integer to) {
        if (within == null) {
            return null;
        }
        divisions.periodsOf(within, null, "within");
        Set<String> codes = new LinkedHashSet<>();
        int first = from == null ? 2000 : from;
        int last = to == null ? java.time.Year.now().getValue() : to;
        for (int year = first; year <= last; year++) {
            Division root = tree.countedAt(within, year).orElse(null);
            if (root != null) {
                collect(root, year, codes);
            }
        }
        return codes.isEmpty() ? Set.of(within) : codes;
    }

    /** A node's codes (its own and those counted as it in a year of change) and its children's. */
    private void collect(Division node, int year, Set<String> codes) {
        codes.addAll(tree.codesCountedAs(node.code, year));
        tree.children(node.code, year).forEach(child -> collect(child, year, codes));
    }
}
