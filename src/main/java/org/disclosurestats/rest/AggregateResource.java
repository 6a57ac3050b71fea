package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.service.AggregateService;
import org.disclosurestats.service.AggregateService.Period;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Catalogue;
import org.disclosurestats.service.DatasetVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, CsvBodyWriter.TEXT_CSV})
@Tag(name = "Aggregates", description = "Totals, series and rankings: exact, never double-counted, with coverage")
public class AggregateResource {

    static final String TOTALS_EXAMPLE = "{\"datasetVersion\":\"5.5f3a9c1e\",\"asOf\":null,\"units\":{\"pro.items\":\"条\"},\"rows\":[{\"division\":\"652700\","
            + "\"divisionName\":\"博尔塔拉蒙古自治州\",\"level\":\"prefecture\",\"year\":2018,\"period\":\"2018\",\"metric\":\"pro.items\",\"unit\":\"条\","
            + "\"aggregation\":\"sum\",\"total\":3054,\"method\":\"computed\",\"reportedTotal\":null,\"computedTotal\":3054,\"discrepancy\":null,"
            + "\"approximate\":false,\"contributingUnits\":1,\"expectedUnits\":4,\"missing\":[\"652701\",\"652722\",\"652723\"],\"note\":null}]}";
    static final String TOTALS_CSV = "\uFEFFdivision,divisionName,level,year,period,metric,unit,aggregation,total,method,reportedTotal,computedTotal,"
            + "discrepancy,approximate,contributingUnits,expectedUnits,missing,note\r\n"
            + "652700,博尔塔拉蒙古自治州,prefecture,2018,2018,pro.items,条,sum,3054,computed,,3054,,false,1,4,652701|652722|652723,\r\n";

    @Inject
    AggregateService aggregates;
    @Inject
    Catalogue catalogue;
    @Inject
    DatasetVersion dataset;

    @GET
    @Path("/aggregates/totals")
    @Operation(operationId = "getTotals", summary = "Totals by province, prefecture or county and year",
            description = "One row per (division at level `by` within `within`, year, metric). A division's total is its own aggregate report's "
                    + "figure where it publishes one (method reported), else the roll-up (method computed): its self-scope reports plus, for each child, "
                    + "the child's reported total or else its computed total. Both are given with their discrepancy when both exist. Coverage says how "
                    + "many child divisions contributed. Ratios are recomputed from their aggregated parts (method derived). CSV: Accept text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "The totals.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Totals.class),
                    examples = @ExampleObject(name = "阿拉山口市 2018 rolled up into 博尔塔拉", value = TOTALS_EXAMPLE)),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "the same as CSV", value = TOTALS_CSV))})
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag still matches.")
    @APIResponse(responseCode = "400", description = "Missing or malformed parameter, inverted year range, `by` above `within`'s level, too many metrics.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Totals totals(
            @Parameter(description = "Metric code; repeat for several (at most " + AggregateService.MAX_METRICS + ").", required = true, example = "pro.items") @QueryParam("metric") List<String> metric,
            @Parameter(description = "Level of the rows: province, prefecture or county.", required = true, example = "prefecture") @QueryParam("by") String by,
            @Parameter(description = "Division code the rows lie within (itself included when it is at level `by`); the whole country when absent.", example = "650000") @QueryParam("within") String within,
            @Parameter(description = "First year.", required = true, example = "2018") @QueryParam("yearFrom") String yearFrom,
            @Parameter(description = "Last year (default: yearFrom); at most " + AggregateService.MAX_YEARS + " years.", example = "2018") @QueryParam("yearTo") String yearTo,
            @Parameter(description = "List the child divisions that contributed nothing, per row.", example = "true") @QueryParam("includeMissing") String includeMissing,
            @Parameter(description = "year (default): one row per year; range: one row per division over the whole period — sums add up the years, stocks take the last year's level, ratios are recomputed from the period's parts.",
                    example = "year") @QueryParam("period") String period,
            @Parameter(description = "Answer as the data stood at this instant (ISO-8601 with offset).", example = "2026-11-21T12:00:00Z") @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json: overrides the Accept header.", example = "csv") @QueryParam("format") String format) {
        int from = required(QueryParams.year(yearFrom, "yearFrom"), "yearFrom");
        Integer to = QueryParams.year(yearTo, "yearTo");
        OffsetDateTime instant = QueryParams.instant(asOf, "asOf");
        Period span = period == null || period.isBlank() || period.equals("year") ? Period.YEAR : period.equals("range") ? Period.RANGE : null;
        if (span == null) {
            throw ApiProblem.badParameter("period", "'" + period + "' is not one of: year, range.");
        }
        Level level = rowLevel(by);
        String version = dataset.asOf(instant).version(); // before the data: an answer never claims a newer state than it read
        List<AggregateService.TotalRow> rows = aggregates.totals(new AggregateService.TotalsQuery(metric, level, QueryParams.text(within),
                from, to == null ? from : to, QueryParams.bool(includeMissing, "includeMissing"), span, instant));
        String range = from + "-" + (to == null ? from : to);
        List<AggregateViews.TotalRow> views = rows.stream()
                .map(r -> r.year() == null ? AggregateViews.TotalRow.of(r).withPeriod(range) : AggregateViews.TotalRow.of(r)).toList();
        List<Metric> metrics = metric.stream().distinct().map(c -> catalogue.require(c, "metric")).toList();
        return new AggregateViews.Totals(version, instant, AggregateViews.units(metrics), views);
    }

    @GET
    @Path("/series")
    @Operation(operationId = "getSeries", summary = "A division's yearly series of one metric",
            description = "One value per year: the division's best figure (its reported aggregate, else the computed roll-up), explicit gaps with a reason, "
                    + "the change from the previous value, and a break flag where the value comes from a differently defined metric of another edition.")
    @APIResponse(responseCode = "200", description = "The series.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Series.class), examples = @ExampleObject(name = "新疆 requests 2015-2016",
                    value = "{\"datasetVersion\":\"5.5f3a9c1e\",\"asOf\":null,\"metric\":\"lreq.received\",\"unit\":\"件\",\"aggregation\":\"sum\",\"division\":\"650000\",\"divisionName\":\"新疆维吾尔自治区\","
                            + "\"points\":[{\"year\":2015,\"value\":null,\"method\":null,\"approximate\":false,\"metricUsed\":null,\"break\":false,\"change\":null,\"changePercent\":null,\"gap\":\"no report\"},"
                            + "{\"year\":2016,\"value\":768,\"method\":\"reported\",\"approximate\":false,\"metricUsed\":\"lreq.received\",\"break\":false,\"change\":null,\"changePercent\":null,\"gap\":null}]}")),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Missing or malformed parameter, inverted year range.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Series series(
            @Parameter(description = "Metric code.", required = true, example = "lreq.received") @QueryParam("metric") String metric,
            @Parameter(description = "Division code.", required = true, example = "650000") @QueryParam("division") String division,
            @Parameter(description = "First year.", required = true, example = "2015") @QueryParam("yearFrom") String yearFrom,
            @Parameter(description = "Last year.", required = true, example = "2016") @QueryParam("yearTo") String yearTo,
            @Parameter(description = "Answer as the data stood at this instant (ISO-8601 with offset).") @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json: overrides the Accept header.") @QueryParam("format") String format) {
        OffsetDateTime instant = QueryParams.instant(asOf, "asOf");
        String version = dataset.asOf(instant).version();
        AggregateService.Series series = aggregates.series(requiredText(metric, "metric"), requiredText(division, "division"),
                required(QueryParams.year(yearFrom, "yearFrom"), "yearFrom"), required(QueryParams.year(yearTo, "yearTo"), "yearTo"), instant);
        Metric m = series.metric();
        return new AggregateViews.Series(version, instant, m.code, m.unit, m.aggregation.code(), series.division().code,
                series.division().name, series.points().stream().map(AggregateViews.SeriesPoint::of).toList());
    }

    @GET
    @Path("/rankings")
    @Operation(operationId = "getRankings", summary = "Rank divisions by one metric in one year",
            description = "The divisions at level `by` within `within`, ranked by their total (the same figure as the totals endpoint). "
                    + "Equal totals share a rank; divisions without a value are listed as unranked.")
    @APIResponse(responseCode = "200", description = "The ranking.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Ranking.class)),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Missing or malformed parameter.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Ranking rankings(
            @Parameter(description = "Metric code.", required = true, example = "pro.items") @QueryParam("metric") String metric,
            @Parameter(description = "Year.", required = true, example = "2018") @QueryParam("year") String year,
            @Parameter(description = "Division code the ranked divisions lie within; the whole country when absent.", example = "650000") @QueryParam("within") String within,
            @Parameter(description = "Level of the ranked divisions: province, prefecture or county.", required = true, example = "prefecture") @QueryParam("by") String by,
            @Parameter(description = "desc (default, largest first) or asc.", example = "desc") @QueryParam("order") String order,
            @Parameter(description = "How many rows (default 50, at most " + AggregateService.MAX_RANKING + ").", example = "10") @QueryParam("limit") String limit,
            @Parameter(description = "Answer as the data stood at this instant (ISO-8601 with offset).") @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json: overrides the Accept header.") @QueryParam("format") String format) {
        OffsetDateTime instant = QueryParams.instant(asOf, "asOf");
        String direction = order == null || order.isBlank() ? "desc" : order.strip();
        if (!direction.equals("desc") && !direction.equals("asc")) {
            throw ApiProblem.badParameter("order", "'" + order + "' is not one of: desc, asc.");
        }
        int y = required(QueryParams.year(year, "year"), "year");
        String version = dataset.asOf(instant).version();
        AggregateService.Ranking ranking = aggregates.ranking(requiredText(metric, "metric"), y, QueryParams.text(within), rowLevel(by),
                direction.equals("desc"), QueryParams.limit(limit, 50, AggregateService.MAX_RANKING), instant);
        List<AggregateViews.RankingRow> rows = ranking.rows().stream().map(r -> new AggregateViews.RankingRow(r.rank(), r.row().division().code,
                r.row().division().name, r.row().total(), AggregateViews.methodName(r.row().method()), r.row().approximate(),
                r.row().contributingUnits(), r.row().expectedUnits())).toList();
        return new AggregateViews.Ranking(version, instant, ranking.metric().code, ranking.metric().unit, y,
                ranking.within() == null ? null : ranking.within().code, ranking.by().code(), direction, rows.size(),
                ranking.unranked().stream().map(d -> d.code).toList(), rows);
    }

    private static Level rowLevel(String by) {
        Level level = QueryParams.coded(Level.class, by, "by");
        if (level == null || level == Level.ZONE) {
            throw ApiProblem.badParameter("by", "by is required: province, prefecture or county.");
        }
        return level;
    }

    private static int required(Integer value, String name) {
        if (value == null) {
            throw ApiProblem.badParameter(name, name + " is required.");
        }
        return value;
    }

    private static String requiredText(String value, String name) {
        String text = QueryParams.text(value);
        if (text == null) {
            throw ApiProblem.badParameter(name, name + " is required.");
        }
        return text;
    }
}
