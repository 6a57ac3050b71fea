package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosurestats.domain.Level;
import org.disclosurestats.service.DivisionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "GB/T 2260 administrative divisions with validity years")
public class DivisionResource {

    @Inject
    DivisionService divisions;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvBodyWriter.TEXT_CSV})
    @Operation(operationId = "listDivisions", summary = "Find divisions",
            description = "Divisions matching every given filter, ordered by code (at most " + DivisionService.MAX_LIST + "). "
                    + "A code renamed under the same code appears once per name period unless a year is given.")
    @APIResponse(responseCode = "200", description = "The matching divisions (CSV: Accept text/csv or format=csv, same column names).",
            content = {
            @Content(mediaType = CsvBodyWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "as CSV", value = "\uFEFFcode,name,level,parent,prefecture,province,validFrom,validTo,children\r\n652702,阿拉山口市,county,652700,652700,650000,2012,,0\r\n")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionView.Items.class), examples = @ExampleObject(name = "counties of 博尔塔拉 in 2018",
                    value = "{\"items\":[{\"code\":\"652701\",\"name\":\"博乐市\",\"level\":\"county\",\"parent\":\"652700\",\"prefecture\":\"652700\",\"province\":\"650000\",\"validFrom\":null,\"validTo\":null,\"children\":0},"
                            + "{\"code\":\"652702\",\"name\":\"阿拉山口市\",\"level\":\"county\",\"parent\":\"652700\",\"prefecture\":\"652700\",\"province\":\"650000\",\"validFrom\":2012,\"validTo\":null,\"children\":0}]}"))})
    @APIResponse(responseCode = "400", description = "A malformed parameter.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DivisionView.Items list(
            @Parameter(description = "Only the children of this division code, e.g. 652700.") @QueryParam("parent") String parent,
            @Parameter(description = "Only this level: province, prefecture, county or zone (NBS functional zones).") @QueryParam("level") Level level,
            @Parameter(description = "Part of the name, in simplified or traditional characters.", example = "烏魯木齊") @QueryParam("q") String q,
            @Parameter(description = "Only divisions valid in this year, e.g. 2018.") @QueryParam("year") Integer year,
            @Parameter(description = AggregateResource.FORMAT) @QueryParam("format") String format) {
        return new DivisionView.Items(divisions.search(QueryParams.text(parent), level, q,
                QueryParams.year(year, "year")).stream().map(DivisionView::of).toList());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDivision", summary = "Get a division by code",
            description = "The division a code denotes in the given year (or its latest period), with every period of the code.")
    @APIResponse(responseCode = "200", description = "The division.", content = @Content(schema = @Schema(implementation = DivisionView.Detail.class),
            examples = @ExampleObject(name = "吐鲁番 in 2014", value = "{\"division\":{\"code\":\"652100\",\"name\":\"吐鲁番地区\",\"level\":\"prefecture\",\"parent\":\"650000\",\"prefecture\":\"652100\",\"province\":\"650000\",\"validFrom\":null,\"validTo\":2015,\"children\":3},"
                    + "\"periods\":[{\"code\":\"652100\",\"name\":\"吐鲁番地区\",\"level\":\"prefecture\",\"parent\":\"650000\",\"prefecture\":\"652100\",\"province\":\"650000\",\"validFrom\":null,\"validTo\":2015,\"children\":3}]}")))
    @APIResponse(responseCode = "400", description = "The code is not six digits or the year is malformed.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such code, or not valid in that year.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DivisionView.Detail get(
            @Parameter(description = "6-digit division code.", example = "652100") @PathParam("code") String code,
            @Parameter(description = "The year the code is resolved in (codes are reused and changed).", example = "2014") @QueryParam("year") Integer year) {
        Integer y = QueryParams.year(year, "year");
        List<DivisionView> periods = divisions.periodsOf(code, null).stream().map(DivisionView::of).toList();
        DivisionView chosen = y == null ? periods.get(periods.size() - 1)
                : DivisionView.of(divisions.periodsOf(code, y).get(0));
        return new DivisionView.Detail(chosen, periods);
    }
}
