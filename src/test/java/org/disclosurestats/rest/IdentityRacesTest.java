package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A lost race for a report's identity (two imports of the same report at once) is a 409; other constraints stay 500s. */
class IdentityRacesTest {

    private static ConstraintViolationException violation(String constraint) {
        return new ConstraintViolationException("could not execute statement", new SQLException("duplicate key", "23505"), constraint);
    }

    @Test
    void theReportIdentityKeyIsALostRaceWhereverItIsWrapped() {
        assertTrue(IdentityRaces.lost(violation("report_identity")));
        assertTrue(IdentityRaces.lost(new RuntimeException(violation("report_identity"))));
        assertFalse(IdentityRaces.lost(violation("observation_pkey")));
        assertFalse(IdentityRaces.lost(new SQLException("duplicate key", "23505")));
    }

    @Test
    void itIsA409ProblemAndAnyOtherViolationA500() {
        ProblemMapper mapper = new ProblemMapper();
        var lost = mapper.unexpected(new RuntimeException(violation("report_identity")), null);
        assertEquals(409, lost.getStatus());
        assertEquals(Problem.MEDIA_TYPE, lost.getMediaType().toString());
        assertEquals(500, mapper.unexpected(violation("observation_pkey"), null).getStatus());
    }
}
