package org.disclosurestats.rest;

import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.ReportService;

/** The HTTP side of report revisions: each revision's ETag, and the If-Match conditions of PUT and DELETE (428, 412). */
final class ReportPreconditions {

    private ReportPreconditions() {
    }

    /** The strong ETag of a report's revision: it changes with every revision. */
    static String etag(long reportId, int revisionNo) {
        return "\"" + reportId + "-" + revisionNo + "\"";
    }

    /** A replacement must name the revision it was made against (428 otherwise): no blind overwrites. */
    static void requireIfMatch(long id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("PUT replaces a report only against the revision the caller has seen: send If-Match "
                    + "with the ETag of GET /api/v1/reports/" + id + ".");
        }
    }

    /** The condition If-Match sets on the locked report (none when absent): a list of ETags or *; only a strong match passes. */
    static ReportService.Precondition matching(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ReportService.Precondition.NONE;
        }
        return (reportId, currentRevisionNo) -> {
            String current = etag(reportId, currentRevisionNo);
            boolean matches = java.util.Arrays.stream(ifMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(current));
            if (!matches) {
                throw ApiProblem.preconditionFailed("Report " + reportId + " is at revision " + currentRevisionNo + " (ETag " + current
                        + "), not at " + ifMatch + ": fetch it again and re-apply the change.");
            }
        };
    }
}
