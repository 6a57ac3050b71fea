package org.disclosurestats.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one rule on what a lost race for a report's identity means when no use case answered it itself:
 * two writes (two imports of the same division, year and scope, say) created the same report at the same
 * moment, and the database's unique key let one through. The loser stored nothing; repeated, it finds the
 * report the winner created. A 409, not a 500.
 */
final class IdentityRaces {

    static final String CONSTRAINT = "report_identity";

    private IdentityRaces() {
    }

    static boolean lost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation && CONSTRAINT.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    static Response conflict(String instance) {
        return ProblemMapper.respond(new Problem(Problem.TYPE_PREFIX + "concurrent-write", "Written concurrently", 409,
                "Another request created this report (same issuer, division, year and scope) at the same moment; nothing was stored. "
                        + "Repeat the request: it will apply to that report.", instance, null, List.of()));
    }
}
