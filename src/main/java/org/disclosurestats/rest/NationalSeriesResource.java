package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.disclosurestats.service.AggregateService;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.DatasetVersion;
import org.disclosurestats.service.NationalSeries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole country's series: the series of a division the dataset has no code for. */
@Path("/api/v1/series/national")
@Produces({MediaType.APPLICATION_JSON, CsvBodyWriter.TEXT_CSV})
@Tag(name = "Aggregates")
public class NationalSeriesResource {

    static final String EXAMPLE = "{\"datasetVersion\":\"5.5f3a9c1e\",\"asOf\":null,\"metric\":\"pro.channel.weibo\",\"unit\":\"条\",\"aggregation\":\"sum\","
            + "\"division\":null,\"family\":null,\"items\":["
            + "{\"year\":2016,\"value\":19063,\"method\":\"computed\",\"approximate\":false,\"contributingUnits\":1,\"expectedUnits\":31,\"metricUsed\":\"pro.channel.weibo\","
            + "\"break\":false,\"breakNote\":null,\"change\":null,\"changePercent\":null,\"changeFrom\":null,\"notComparable\":null,\"gap\":null,\"territory\":null,\"reportedUnder\":null,\"restated\":null,\"ownFigures\":null},"
            + "{\"year\":2017,\"value\":null,\"method\":null,\"approximate\":false,\"contributingUnits\":null,\"expectedUnits\":null,\"metricUsed\":null,"
            + "\"break\":false,\"breakNote\":null,\"change\":null,\"changePercent\":null,\"changeFrom\":null,\"notComparable\":null,\"gap\":\"no province states it\","
            + "\"territory\":null,\"reportedUnder\":null,\"restated\":null,\"ownFigures\":null}],\"boundaries\":null}";

    @Inject
    NationalSeries national;
    @Inject
    DatasetVersion dataset;

    @GET
    @Operation(operationId = "getNationalSeries", summary = "The whole country's yearly series of one metric or family",
            description = "The series of /api/v1/series for the nation: each year's value is computed from the provinces' totals (the figures of "
                    + "/api/v1/aggregates/totals?by=province), with the provinces that state it out of those valid that year as coverage "
                    + "(contributingUnits of expectedUnits). A gap reads 'no province states it'. A ratio is recomputed from the national sums of its "
                    + "parts (method derived); a stated percentage without parts has no national value. In a family year where provinces follow "
                    + "different definitions, only the most common definition is added. A change is given only where two years compare: every "
                    + "province's total complete in both, or the same provinces obtained the same way; otherwise notComparable says why.")
    @APIResponse(responseCode = "200", description = "The series.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Series.class),
                    examples = @ExampleObject(name = "政务微博 2016-2017, seed data", value = EXAMPLE)),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag still matches.")
    @APIResponse(responseCode = "400", description = "Missing, malformed or unknown parameter, inverted year range.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Series series(
            @Parameter(description = "Metric or family code.", required = true, example = "pro.items") @QueryParam("metric") String metric,
            @Parameter(description = "First year.", required = true, example = "2016") @QueryParam("yearFrom") Integer yearFrom,
            @Parameter(description = "Last year; at most " + AggregateService.MAX_YEARS + " years. Absent: yearFrom.") @QueryParam("yearTo") Integer yearTo,
            @Parameter(description = AggregateResource.EMPTY) @QueryParam("empty") Choices.EmptyRows empty,
            @Parameter(description = AggregateResource.SHAPE) @QueryParam("shape") Choices.AnswerShape shape,
            @Parameter(description = AggregateResource.ASOF) @QueryParam("asOf") OffsetDateTime asOf,
            @Parameter(description = AggregateResource.FORMAT) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        int from = AggregateResource.required(QueryParams.year(yearFrom, "yearFrom"), "yearFrom");
        int to = AggregateResource.yearTo(yearTo, from);
        boolean columns = AggregateResource.columns(shape, headers);
        String code = AggregateResource.requiredText(metric, "metric");
        String version = dataset.asOf(asOf).version(); // before the data: an answer never claims a newer state than it read
        NationalSeries.Series series = national.series(code, from, to, asOf);
        return AggregateViews.Series.of(version, asOf, series.metric(), null, series.family(), series.points(), AggregateResource.omitEmpty(empty), columns);
    }
}
