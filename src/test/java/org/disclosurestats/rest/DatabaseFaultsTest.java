package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean the database is away (503, retry) and which are the service's own (500). */
class DatabaseFaultsTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsUnavailability() {
        assertTrue(DatabaseFaults.unavailable(new RuntimeException(new IllegalStateException(new SQLException("refused", "08001")))));
        assertTrue(DatabaseFaults.unavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseFaults.unavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aConstraintOrAProgrammingErrorIsNot() {
        assertFalse(DatabaseFaults.unavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFaults.unavailable(new NullPointerException()));
    }

    @Test
    void theAnswerIsA503ProblemWithRetryAfter() {
        var response = DatabaseFaults.serviceUnavailable("/api/v1/reports/1");
        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(DatabaseFaults.RETRY_AFTER_SECONDS), String.valueOf(response.getHeaderString("Retry-After")));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }
}
