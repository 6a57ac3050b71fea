package org.disclosurestats.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A client-visible failure, rendered as RFC 9457 problem+json by the REST layer. Services throw it
 * for every decision a caller can fix: unknown codes, malformed parameters, rule violations.
 */
public class ApiProblem extends RuntimeException {

    /**
     * One broken rule, located by a JSON pointer into the request (or the parameter name). A broken
     * table identity also names the identity, the row or column it was checked on, and both sides.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String pointer, String message, String identity, String row, String column,
                            BigDecimal expected, BigDecimal actual) {

        public Violation(String pointer, String message) {
            this(pointer, message, null, null, null, null, null);
        }
    }

    public final int status;
    public final String type;
    public final String title;
    public final String parameter;
    public final List<Violation> violations;

    public ApiProblem(int status, String type, String title, String detail, String parameter, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.parameter = parameter;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ApiProblem badParameter(String parameter, String detail) {
        return new ApiProblem(400, "bad-parameter", "Malformed or inconsistent parameter", detail, parameter, null);
    }

    public static ApiProblem notFound(String what, String parameter, String detail) {
        return new ApiProblem(404, "not-found", what + " not found", detail, parameter, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Not allowed for this caller", detail, null, null);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, "precondition-required", "If-Match required", detail, "If-Match", null);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "precondition-failed", "The report has changed", detail, "If-Match", null);
    }

    public static ApiProblem unprocessable(String title, String detail, List<Violation> violations) {
        return new ApiProblem(422, "validation-failed", title, detail, null, violations);
    }
}
