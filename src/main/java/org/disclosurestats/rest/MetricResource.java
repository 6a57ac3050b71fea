package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Catalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The metric catalogue: every table cell and narrative figure, its unit and how it aggregates")
public class MetricResource {

    private static final String WEIBO_EXAMPLE = "{\"code\":\"pro.channel.weibo\",\"nameZh\":\"政务微博公开政府信息数\",\"nameEn\":\"information disclosed through government Weibo\","
            + "\"unit\":\"条\",\"section\":\"proactive\",\"aggregation\":\"sum\",\"editions\":[\"legacy\",\"2019\",\"2021\"],\"formula\":null,\"integral\":true,"
            + "\"signed\":false,\"equivalentTo\":null,\"tableRow\":null,\"tableColumn\":null,\"description\":null}";

    @Inject
    Catalogue catalogue;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvBodyWriter.TEXT_CSV})
    @Operation(operationId = "listMetrics", summary = "List the metric catalogue",
            description = "Metrics in catalogue order, optionally only those of one edition and/or section.")
    @APIResponse(responseCode = "200", description = "The matching metrics (CSV: Accept text/csv or format=csv, same column names; editions joined by |).",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.Items.class), examples = @ExampleObject(name = "one metric", value = "{\"items\":[" + WEIBO_EXAMPLE + "]}")),
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "as CSV", value = "\uFEFFcode,nameZh,nameEn,unit,section,aggregation,editions,formula,integral,signed,equivalentTo,tableRow,tableColumn,description\r\n"
                            + "pro.channel.weibo,政务微博公开政府信息数,information disclosed through government Weibo,条,proactive,sum,legacy|2019|2021,,true,false,,,,\r\n"))})
    @APIResponse(responseCode = "400", description = "Unknown edition or section.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MetricView.Items list(
            @Parameter(description = "Only metrics of this edition: legacy, 2019 or 2021.", example = "2021") @QueryParam("edition") Edition edition,
            @Parameter(description = "Only metrics of this section (proactive, requests, appeals, fees, responses, interaction, capacity, power, web, complaints, derived).",
                    example = "appeals") @QueryParam("section") String section) {
        String wanted = QueryParams.text(section);
        if (wanted != null && !catalogue.sections().contains(wanted)) {
            throw ApiProblem.badParameter("section", "'" + wanted + "' is not a section; sections are " + String.join(", ", catalogue.sections()) + ".");
        }
        return new MetricView.Items(catalogue.matching(edition, wanted).stream().map(MetricView::of).toList());
    }

    @GET
    @Path("/families")
    @Operation(operationId = "listMetricFamilies", summary = "List the metric families across editions",
            description = "Metrics of the legacy, 2019 and 2021 editions that count the same thing. Members with the same definition number mean "
                    + "exactly the same; a higher number is a later definition and says what changed. Totals and series accept a family code.")
    @APIResponse(responseCode = "200", description = "The families.", content = @Content(schema = @Schema(implementation = MetricView.Families.class)))
    public MetricView.Families families() {
        return new MetricView.Families(catalogue.families().stream().map(MetricView.Family::of).toList());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMetric", summary = "Get one metric",
            description = "The metric's names, unit, the editions that report it, its section, how it aggregates and, for a derived metric, its formula.")
    @APIResponse(responseCode = "200", description = "The metric.", content = @Content(schema = @Schema(implementation = MetricView.class),
            examples = @ExampleObject(name = "pro.channel.weibo", value = WEIBO_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No metric with this code.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MetricView get(@Parameter(description = "Metric code.", example = "pro.channel.weibo") @PathParam("code") String code) {
        return MetricView.of(catalogue.require(code, "code"));
    }
}
