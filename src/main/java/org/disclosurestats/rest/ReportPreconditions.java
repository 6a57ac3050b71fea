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

    /**
     * The ETag of a revision's body in the content coding the HTTP layer will apply: a gzip body is other bytes than
     * the identity one, so a strong tag must differ ("5-2-gzip"); the identity body keeps the revision's own tag.
     */
    static String etag(long reportId, int revisionNo, String contentCoding) {
        return "identity".equals(contentCoding) ? etag(reportId, revisionNo) : "\"" + reportId + "-" + revisionNo + "-" + contentCoding + "\"";
    }

    /** Whether a tag from If-Match names this revision: its own tag or that of one of its coded bodies (all name the same revision). */
    private static boolean namesRevision(String tag, long reportId, int revisionNo) {
        String prefix = "\"" + reportId + "-" + revisionNo;
        return tag.equals(etag(reportId, revisionNo))
                || tag.startsWith(prefix + "-") && tag.endsWith("\"") && tag.substring(prefix.length() + 1, tag.length() - 1).matches("gzip|deflate");
    }

    /** A replacement must name the revision it was made against (428 otherwise): no blind overwrites. */
    static void requireIfMatch(long id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("PUT replaces a report only against the revision the caller has seen: send If-Match "
                    + "with the ETag of GET /api/v1/reports/" + id + ".");
        }
    }

    /**
     * The condition If-Match sets on the locked report (none when absent): a list of ETags or *; only a strong match passes,
     * with the tag of the revision's identity body or of a coded one (a client that asked for gzip holds that one).
     */
    static ReportService.Precondition matching(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ReportService.Precondition.NONE;
        }
        return (reportId, currentRevisionNo) -> {
            String current = etag(reportId, currentRevisionNo);
            boolean matches = java.util.Arrays.stream(ifMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || namesRevision(tag, reportId, currentRevisionNo));
            if (!matches) {
                throw ApiProblem.preconditionFailed("Report " + reportId + " is at revision " + currentRevisionNo + " (ETag " + current
                        + "), not at " + ifMatch + ": fetch it again and re-apply the change.");
            }
        };
    }
}
