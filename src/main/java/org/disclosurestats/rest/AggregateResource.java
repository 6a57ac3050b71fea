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
import org.disclosurestats.service.RankingService;
import org.disclosurestats.service.SeriesService;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

    static final String TOTALS_EXAMPLE = "{\"datasetVersion\":\"5.5f3a9c1e\",\"asOf\":null,\"units\":{\"pro.items\":\"条\"},\"items\":[{\"division\":{\"code\":\"652700\","
            + "\"name\":\"博尔塔拉蒙古自治州\",\"level\":\"prefecture\"},\"year\":2018,\"period\":\"2018\",\"metric\":\"pro.items\",\"metricUsed\":\"pro.items\",\"editionBreak\":false,"
            + "\"unit\":\"条\",\"aggregation\":\"sum\",\"total\":3054,\"method\":\"computed\",\"reportedTotal\":null,\"computedTotal\":3054,\"discrepancy\":null,"
            + "\"approximate\":false,\"contributingUnits\":1,\"expectedUnits\":4,\"missing\":[\"652701\",\"652722\",\"652723\"],\"note\":null,\"territory\":null,\"ownFigures\":2}]}";
    static final String TOTALS_COLUMNS_EXAMPLE = "{\"datasetVersion\":\"5.5f3a9c1e\",\"asOf\":null,\"units\":{\"pro.items\":\"条\"},\"columns\":{\"division.code\":[\"650000\"],"
            + "\"division.name\":[\"新疆维吾尔自治区\"],\"division.level\":[\"province\"],\"year\":[2018],\"period\":[\"2018\"],\"metric\":[\"pro.items\"],"
            + "\"metricUsed\":[\"pro.items\"],\"editionBreak\":[false],\"unit\":[\"条\"],\"aggregation\":[\"sum\"],\"total\":[3054],\"method\":[\"computed\"],"
            + "\"reportedTotal\":[null],\"computedTotal\":[3054],\"discrepancy\":[null],\"approximate\":[false],\"contributingUnits\":[1],\"expectedUnits\":[15],"
            + "\"missing\":[null],\"note\":[null],\"territory\":[null],\"ownFigures\":[0]}}";
    static final String TOTALS_CSV = "\uFEFFdivision.code,division.name,division.level,year,period,metric,metricUsed,editionBreak,unit,aggregation,total,method,"
            + "reportedTotal,computedTotal,discrepancy,approximate,contributingUnits,expectedUnits,missing,note,territory,ownFigures\r\n"
            + "652700,博尔塔拉蒙古自治州,prefecture,2018,2018,pro.items,pro.items,false,条,sum,3054,computed,,3054,,false,1,4,652701|652722|652723,,,2\r\n";
    static final String SERIES_EXAMPLE = "{\"datasetVersion\":\"5.5f3a9c1e\",\"asOf\":null,\"metric\":\"lreq.received\",\"unit\":\"件\",\"aggregation\":\"sum\","
            + "\"division\":{\"code\":\"650000\",\"name\":\"新疆维吾尔自治区\",\"level\":\"province\"},\"family\":\"family.requests_received\",\"items\":["
            + "{\"year\":2016,\"value\":768,\"method\":\"reported\",\"approximate\":false,\"contributingUnits\":0,\"expectedUnits\":15,\"metricUsed\":\"lreq.received\","
            + "\"break\":false,\"breakNote\":null,\"change\":null,\"changePercent\":null,\"changeFrom\":null,\"notComparable\":null,\"gap\":null,\"territory\":null,\"reportedUnder\":\"650000\",\"restated\":null,\"ownFigures\":null},"
            + "{\"year\":2017,\"value\":null,\"method\":null,\"approximate\":false,\"contributingUnits\":null,\"expectedUnits\":null,\"metricUsed\":null,"
            + "\"break\":false,\"breakNote\":null,\"change\":null,\"changePercent\":null,\"changeFrom\":null,\"notComparable\":null,\"gap\":\"no report\",\"territory\":null,\"reportedUnder\":\"650000\",\"restated\":null,\"ownFigures\":null},"
            + "{\"year\":2018,\"value\":0,\"method\":\"computed\",\"approximate\":false,\"contributingUnits\":1,\"expectedUnits\":15,\"metricUsed\":\"lreq.received\","
            + "\"break\":false,\"breakNote\":null,\"change\":null,\"changePercent\":null,\"changeFrom\":2016,"
            + "\"notComparable\":\"method changed: reported in 2016, computed in 2018\",\"gap\":null,"
            + "\"territory\":null,\"reportedUnder\":\"650000\",\"restated\":null,\"ownFigures\":0}],\"boundaries\":null}";

    static final String ASOF = "Answer as the data stood at this instant (ISO-8601 with offset, e.g. 2026-11-21T12:00:00Z). Absent: now.";
    static final String FORMAT = "csv or json: overrides the Accept header. Absent: as Accept says (JSON by default).";
    static final String EMPTY = "include (default): every row, with a note where nothing is stated; omit: leave out rows (points) without a value.";
    static final String SHAPE = "rows (default): a list of objects; columns: one array per field (JSON only), compact for charts.";

    @Inject
    AggregateService aggregates;
    @Inject
    SeriesService seriesService;
    @Inject
    RankingService rankingService;
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
                    + "many child divisions contributed. Ratios are recomputed from their aggregated parts (method derived). A family code "
                    + "(family.…, see /api/v1/metrics/families) reads each year from the member that states it and marks the edition break. "
                    + "CSV: Accept text/csv or format=csv. Compressed with Accept-Encoding: gzip.")
    @APIResponse(responseCode = "200", description = "The totals.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Totals.class),
                    examples = {@ExampleObject(name = "阿拉山口市 2018 rolled up into 博尔塔拉", value = TOTALS_EXAMPLE),
                            @ExampleObject(name = "shape=columns", value = TOTALS_COLUMNS_EXAMPLE)}),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "the same as CSV", value = TOTALS_CSV))})
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag still matches.")
    @APIResponse(responseCode = "400", description = "Missing, malformed or unknown parameter, inverted year range, `by` above `within`'s level, too many metrics, "
            + "an answer of more than " + AggregateService.MAX_ROWS + " rows.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Totals totals(
            @Parameter(description = "Metric or family code; repeat for several (at most " + AggregateService.MAX_METRICS + ").", required = true, example = "pro.items") @QueryParam("metric") List<String> metric,
            @Parameter(description = "Level of the rows: province, prefecture or county.", required = true, example = "province") @QueryParam("by") Level by,
            @Parameter(description = "Division code the rows lie within (itself included when it is at level `by`), e.g. 650000. Absent: the whole country.") @QueryParam("within") String within,
            @Parameter(description = "First year.", required = true, example = "2018") @QueryParam("yearFrom") Integer yearFrom,
            @Parameter(description = "Last year; at most " + AggregateService.MAX_YEARS + " years. Absent: yearFrom.") @QueryParam("yearTo") Integer yearTo,
            @Parameter(description = "true: list the child divisions that contributed nothing, per row. Absent: false.") @QueryParam("includeMissing") Boolean includeMissing,
            @Parameter(description = "year (default): one row per year; range: one row per division over the whole period — sums add up the years, stocks take the last year's level, ratios are recomputed from the period's parts.")
            @QueryParam("period") Choices.TotalsPeriod period,
            @Parameter(description = EMPTY) @QueryParam("empty") Choices.EmptyRows empty,
            @Parameter(description = SHAPE) @QueryParam("shape") Choices.AnswerShape shape,
            @Parameter(description = ASOF) @QueryParam("asOf") OffsetDateTime asOf,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        int from = required(QueryParams.year(yearFrom, "yearFrom"), "yearFrom");
        int to = yearTo(yearTo, from);
        OffsetDateTime instant = asOf;
        Period span = QueryParams.or(period, Choices.TotalsPeriod.YEAR) == Choices.TotalsPeriod.YEAR ? Period.YEAR : Period.RANGE;
        boolean omit = omitEmpty(empty);
        boolean columns = columns(shape, headers);
        Level level = rowLevel(by);
        String version = dataset.asOf(instant).version(); // before the data: an answer never claims a newer state than it read
        List<AggregateService.TotalRow> rows = aggregates.totals(new AggregateService.TotalsQuery(metric, level, QueryParams.text(within),
                from, to, Boolean.TRUE.equals(includeMissing), span, instant));
        String range = from + "-" + to;
        List<AggregateViews.TotalRow> views = rows.stream().filter(r -> !omit || r.total() != null)
                .map(r -> AggregateViews.TotalRow.of(r, r.year() == null ? range : String.valueOf(r.year()))).toList();
        List<Metric> metrics = metric.stream().distinct().map(c -> catalogue.requireMetricOrFamily(c, "metric")).toList();
        return columns ? new AggregateViews.Totals(version, instant, AggregateViews.units(metrics), null, new TotalColumns(views))
                : new AggregateViews.Totals(version, instant, AggregateViews.units(metrics), views, null);
    }

    @GET
    @Path("/series")
    @Operation(operationId = "getSeries", summary = "A division's yearly series of one metric or family",
            description = "One value per year: the division's total (its reported aggregate, else the computed roll-up) with its coverage, explicit gaps "
                    + "with a reason, and the change from the previous value only where the two compare (same method, same definition, complete coverage "
                    + "on both sides or the same contributing units); otherwise notComparable says why. A family code follows the metric across editions "
                    + "and marks the break where its definition changes.")
    @APIResponse(responseCode = "200", description = "The series.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Series.class),
                    examples = @ExampleObject(name = "新疆 requests 2016-2018", value = SERIES_EXAMPLE)),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag still matches.")
    @APIResponse(responseCode = "400", description = "Missing, malformed or unknown parameter, inverted year range.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Series series(
            @Parameter(description = "Metric or family code.", required = true, example = "lreq.received") @QueryParam("metric") String metric,
            @Parameter(description = "Division code.", required = true, example = "650000") @QueryParam("division") String division,
            @Parameter(description = "First year.", required = true, example = "2016") @QueryParam("yearFrom") Integer yearFrom,
            @Parameter(description = "Last year; at most " + AggregateService.MAX_YEARS + " years. Absent: yearFrom.") @QueryParam("yearTo") Integer yearTo,
            @Parameter(description = EMPTY) @QueryParam("empty") Choices.EmptyRows empty,
            @Parameter(description = SHAPE) @QueryParam("shape") Choices.AnswerShape shape,
            @Parameter(description = ASOF) @QueryParam("asOf") OffsetDateTime asOf,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Parameter(description = "A year: restate every value on the division's territory of that year (济南 2018 on 2019's boundaries = 济南 2018 "
                    + "+ 莱芜's 2018 counties), named in the answer and in each point's restated. Absent: each year on its own land, and no change "
                    + "is given across a change of land.", example = "2019") @QueryParam("boundaries") Integer boundaries,
            @Context HttpHeaders headers) {
        int from = required(QueryParams.year(yearFrom, "yearFrom"), "yearFrom");
        int to = yearTo(yearTo, from);
        Integer basis = QueryParams.year(boundaries, "boundaries");
        boolean columns = columns(shape, headers);
        String version = dataset.asOf(asOf).version();
        SeriesService.Series series = seriesService.series(requiredText(metric, "metric"), requiredText(division, "division"), from, to, asOf, basis);
        return AggregateViews.Series.of(version, asOf, series.metric(), ReportViews.DivisionRef.of(series.division()), series.family(),
                series.points(), omitEmpty(empty), columns, series.boundaries());
    }

    @GET
    @Path("/rankings")
    @Operation(operationId = "getRankings", summary = "Rank divisions by one metric in one year",
            description = "The divisions at level `by` within `within`, ranked by their total (the same figure as the totals endpoint). "
                    + "Equal totals share a rank. Only comparable totals are ranked: a division without a value, or whose computed total covers only "
                    + "some of its units, is listed as unranked with the reason.")
    @APIResponse(responseCode = "200", description = "The ranking.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateViews.Ranking.class)),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag still matches.")
    @APIResponse(responseCode = "400", description = "Missing, malformed or unknown parameter.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric or division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateViews.Ranking rankings(
            @Parameter(description = "Metric or family code.", required = true, example = "pro.items") @QueryParam("metric") String metric,
            @Parameter(description = "Year.", required = true, example = "2018") @QueryParam("year") Integer year,
            @Parameter(description = "Division code the ranked divisions lie within, e.g. 650000. Absent: the whole country.") @QueryParam("within") String within,
            @Parameter(description = "Level of the ranked divisions: province, prefecture or county.", required = true, example = "county") @QueryParam("by") Level by,
            @Parameter(description = "desc (default, largest first) or asc.") @QueryParam("order") Choices.SortOrder order,
            @Parameter(description = "How many rows (default 50, at most " + AggregateService.MAX_RANKING + ").") @QueryParam("limit") Integer limit,
            @Parameter(description = ASOF) @QueryParam("asOf") OffsetDateTime asOf,
            @Parameter(description = FORMAT) @QueryParam("format") String format) {
        OffsetDateTime instant = asOf;
        String direction = QueryParams.or(order, Choices.SortOrder.DESC).code();
        int y = required(QueryParams.year(year, "year"), "year");
        String version = dataset.asOf(instant).version();
        RankingService.Ranking ranking = rankingService.ranking(requiredText(metric, "metric"), y, QueryParams.text(within), rowLevel(by),
                direction.equals("desc"), QueryParams.limit(limit, 50, AggregateService.MAX_RANKING), instant);
        List<AggregateViews.RankingRow> rows = ranking.rows().stream().map(AggregateViews.RankingRow::of).toList();
        return new AggregateViews.Ranking(version, instant, ranking.metric().code, ranking.metric().unit, y, ReportViews.DivisionRef.of(ranking.within()),
                ranking.by().code(), direction, rows.size(), ranking.unranked().stream().map(AggregateViews.UnrankedRow::of).toList(), rows);
    }

    /** yearTo defaults to yearFrom on every aggregate endpoint. */
    static int yearTo(Integer raw, int from) {
        Integer to = QueryParams.year(raw, "yearTo");
        return to == null ? from : to;
    }

    static boolean omitEmpty(Choices.EmptyRows empty) {
        return empty == Choices.EmptyRows.OMIT;
    }

    static boolean columns(Choices.AnswerShape shape, HttpHeaders headers) {
        boolean columns = shape == Choices.AnswerShape.COLUMNS;
        if (columns && CsvBodyWriter.wantsCsv(headers.getHeaderString(HttpHeaders.ACCEPT))) {
            throw ApiProblem.badParameter("shape", "shape=columns is a JSON shape; CSV is columnar already (leave shape out, or ask for JSON).");
        }
        return columns;
    }

    private static Level rowLevel(Level level) {
        if (level == null || level == Level.ZONE) {
            throw ApiProblem.badParameter("by", "by is required: province, prefecture or county.");
        }
        return level;
    }

    static int required(Integer value, String name) {
        if (value == null) {
            throw ApiProblem.badParameter(name, name + " is required.");
        }
        return value;
    }

    static String requiredText(String value, String name) {
        String text = QueryParams.text(value);
        if (text == null) {
            throw ApiProblem.badParameter(name, name + " is required.");
        }
        return text;
    }
}
