package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.disclosurestats.service.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "Identifies the kind of problem.", example = "urn:disclosure-stats:problem:bad-parameter") String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Malformed or inconsistent parameter") String title,
        @Schema(description = "The HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong in this request.", example = "'20x6' is not a year.") String detail,
        @Schema(description = "The request path.", example = "/api/v1/reports") String instance,
        @Schema(description = "The offending query or path parameter, when there is one.", example = "year") String parameter,
        @Schema(description = "Every rule the request broke, each located by a JSON pointer.") List<ApiProblem.Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:disclosure-stats:problem:";
}
