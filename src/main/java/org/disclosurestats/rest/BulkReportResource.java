package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Caller;
import org.disclosurestats.service.BulkRecorder;
import org.disclosurestats.service.BulkRecorder.LineOutcome;
import org.disclosurestats.service.ReportService;
import org.disclosurestats.service.ReportService.Recorded;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Many reports in one request, as NDJSON (one submission per line). Every line is read and checked
 * first; the valid ones are recorded in groups of consecutive lines, one transaction per group (see
 * BulkRecorder#createOrReviseEach), so a rejected line never affects the others; the answer lists
 * every line's fate.
 * A line is recorded like a PUT without If-Match would be, by identity: a new report is created, a
 * changed one revised, an identical one left unchanged, so re-sending a whole upload is harmless.
 */
@Path("/api/v1/reports:bulk")
@Tag(name = "Reports")
public class BulkReportResource {

    public static final String NDJSON = "application/x-ndjson";
    /** Two lines; ContractDocument puts it back as text (the generator reads a value starting with { as one JSON object). */
    static final String NDJSON_EXAMPLE = ReportWriteResource.EXAMPLE_SUBMISSION + "\n" + ReportWriteResource.EXAMPLE_TABLES + "\n";
    private static final Logger LOG = Logger.getLogger(BulkReportResource.class);

    @Inject
    BulkRecorder reports;
    @Inject
    SubmissionMapper mapper;
    @Inject
    Callers callers;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "disclosure.bulk.max-lines", defaultValue = "1000")
    int maxLines;

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @SecurityRequirement(name = ReportWriteResource.BEARER)
    @Operation(operationId = "bulkSubmitReports", summary = "Submit many reports as NDJSON",
            description = "One ReportSubmission per line (application/x-ndjson), at most disclosure.bulk.max-lines lines (default 1000) and "
                    + "quarkus.http.limits.max-body-size bytes (default 16M). Every line is read and checked first; a line that fails is "
                    + "rejected with its problem and writes nothing. The valid lines are recorded in groups of consecutive lines (at most "
                    + "disclosure.bulk.group-lines, default 500), one transaction per group; a group ends before a second line for the same report (same issuer, division, year and "
                    + "scope), so a report and its revision in one upload come out as if sent one after the other. If a group fails at the "
                    + "database, its lines are recorded again one transaction each: a failing line never affects the others, and each line "
                    + "is all or nothing. Each line is created, revised (same issuer, division, year and scope, other content), unchanged, "
                    + "or rejected with its problem. Empty lines are skipped. Re-sending an upload records nothing new.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "two reports", value = NDJSON_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The outcome of every line.", content = @Content(schema = @Schema(implementation = WriteViews.BulkResult.class),
            examples = @ExampleObject(name = "one line unchanged, one rejected", value = "{\"created\":0,\"revised\":0,\"unchanged\":1,\"rejected\":1,\"lines\":["
                    + "{\"line\":1,\"outcome\":\"unchanged\",\"id\":5,\"revision\":1,\"location\":\"/api/v1/reports/5\"},"
                    + "{\"line\":2,\"outcome\":\"rejected\",\"problem\":{\"type\":\"urn:disclosure-stats:problem:validation-failed\",\"title\":\"The report is not valid\","
                    + "\"status\":422,\"detail\":\"1 rule(s) violated; nothing was stored.\",\"violations\":[{\"pointer\":\"/division\","
                    + "\"message\":\"division 340104 is not valid in 1999\"}]}}]}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token has neither role (a line for a division the token may not write is rejected with 403 in its outcome).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Too many lines, or a body larger than the configured limit.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteViews.BulkResult submit(byte[] body,
                                        @Parameter(description = ReportWriteResource.ACCEPT_DESCRIPTION + " Applies to every line.", example = "false")
                                        @QueryParam("acceptInconsistent") Boolean acceptInconsistent) {
        boolean accept = Boolean.TRUE.equals(acceptInconsistent);
        List<int[]> lines = lineBounds(body == null ? new byte[0] : body);
        if (lines.size() > maxLines) {
            throw new ApiProblem(413, "too-many-lines", "Too many lines", "A bulk upload holds at most " + maxLines + " lines; this one has "
                    + lines.size() + ". Split it.", null, List.of());
        }
        Caller caller = callers.current();
        ObjectReader reader = StrictJson.reader(json, SubmissionRequest.class);
        // Lines are read and handed to the service one group at a time: only the body's bytes and one
        // group's submissions are held at once, however large the upload (a 16 MB upload read whole, as
        // text and as parsed submissions, took more than the service's heap).
        List<WriteViews.BulkLine> outcomes = new ArrayList<>();
        int perGroup = reports.bulkGroupLines();
        for (int from = 0; from < lines.size(); from += perGroup) {
            outcomes.addAll(recordLines(body, lines, from, Math.min(lines.size(), from + perGroup), reader, caller, accept));
        }
        return new WriteViews.BulkResult(count(outcomes, "created"), count(outcomes, "revised"), count(outcomes, "unchanged"),
                count(outcomes, "rejected"), outcomes);
    }

    /** Lines [from, to) of the body: parsed here, recorded by the service together, answered in line order. */
    private List<WriteViews.BulkLine> recordLines(byte[] body, List<int[]> lines, int from, int to, ObjectReader reader, Caller caller,
                                                  boolean accept) {
        // Lines that do not even read as submissions are answered here; the others go to the service together.
        Map<Integer, WriteViews.BulkLine> answered = new TreeMap<>();
        Map<Integer, SubmissionMapper.Mapped> mappedByLine = new LinkedHashMap<>();
        List<BulkRecorder.Submitted> submitted = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int line = i + 1;
            String text = new String(body, lines.get(i)[0], lines.get(i)[1] - lines.get(i)[0], StandardCharsets.UTF_8);
            if (text.isBlank()) {
                continue;
            }
            try {
                SubmissionRequest request = reader.readValue(text);
                ReportWriteResource.requireBody(request);
                SubmissionMapper.Mapped mapped = mapper.map(request);
                mappedByLine.put(line, mapped);
                submitted.add(new BulkRecorder.Submitted(mapped.submission(), request.changeNote()));
            } catch (Exception e) {
                answered.put(line, rejected(line, e, null));
            }
        }
        List<LineOutcome> recorded = reports.createOrReviseEach(submitted, caller, accept);
        int k = 0;
        for (Map.Entry<Integer, SubmissionMapper.Mapped> entry : mappedByLine.entrySet()) {
            answered.put(entry.getKey(), answer(entry.getKey(), recorded.get(k++), entry.getValue()));
        }
        return new ArrayList<>(answered.values());
    }

    /** Start and end (exclusive, without the line break) of every line: lines end with LF or CRLF. */
    static List<int[]> lineBounds(byte[] body) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n') {
                bounds.add(new int[] {start, i > start && body[i - 1] == '\r' ? i - 1 : i});
                start = i + 1;
            }
        }
        if (start < body.length) {
            bounds.add(new int[] {start, body.length});
        }
        return bounds;
    }

    private static WriteViews.BulkLine answer(int line, LineOutcome outcome, SubmissionMapper.Mapped mapped) {
        if (outcome.failure() != null) {
            return rejected(line, outcome.failure(), mapped);
        }
        Recorded recorded = outcome.recorded();
        long id = recorded.report().id;
        return new WriteViews.BulkLine(line, outcome(recorded.outcome()), id, recorded.revision().revisionNo, "/api/v1/reports/" + id, null);
    }

    /** A line refused, with its problem; violations point into the line as sent when it was mapped. */
    private static WriteViews.BulkLine rejected(int line, Exception failure, SubmissionMapper.Mapped mapped) {
        String instance = "/api/v1/reports:bulk#line=" + line;
        if (failure instanceof JsonProcessingException e) {
            return rejected(line, JsonProblems.of(e, instance));
        }
        if (failure instanceof ApiProblem problem) {
            ApiProblem p = mapped == null ? problem : mapped.locate(problem);
            return rejected(line, new Problem(Problem.TYPE_PREFIX + p.type, p.title, p.status, p.getMessage(), instance, p.parameter, p.violations));
        }
        LOG.error("Bulk line " + line + " failed unexpectedly", failure);
        return rejected(line, new Problem("about:blank", "Internal Server Error", 500, "Recording this line failed; it has been logged.",
                instance, null, List.of()));
    }

    private static WriteViews.BulkLine rejected(int line, Problem problem) {
        return new WriteViews.BulkLine(line, "rejected", null, null, null, problem);
    }

    private static String outcome(ReportService.Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static int count(List<WriteViews.BulkLine> lines, String outcome) {
        return (int) lines.stream().filter(l -> l.outcome().equals(outcome)).count();
    }
}
