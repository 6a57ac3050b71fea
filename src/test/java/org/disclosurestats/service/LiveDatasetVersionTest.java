package org.disclosurestats.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The dataset version is held in memory; commits by any writer, including another instance writing
 * straight to the database, reach it through PostgreSQL's notices. The writes here go around the
 * service (plain JDBC, as another instance's would), into a report of their own that no read shows.
 */
@QuarkusTest
class LiveDatasetVersionTest {

    private static final String ANY_READ = "/api/v1/aggregates/totals?metric=req.new.total&by=province&within=370000&yearFrom=2020";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    LiveDatasetVersion live;

    @Test
    void aCommitByAnotherInstanceChangesTheVersionWithinMoments() throws SQLException {
        long report = hiddenReport("another instance");
        String before = version();
        assertEquals(before, version(), "nothing changed: the same version twice");
        assertTrue(live.holdsVersion(), "the version is held in memory once read");
        try (Connection other = dataSource.getConnection()) {
            insertRevision(other, report, 1);
        }
        assertNotEquals(before, versionOnceChangedFrom(before), "the notice made the held version go");
    }

    @Test
    void aRevisionCommittedAfterANewerOneStillChangesTheVersion() throws SQLException {
        long report = hiddenReport("two writers");
        try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            quick.setAutoCommit(false);
            insertRevision(slow, report, 1);   // takes the lower id
            insertRevision(quick, report, 2);  // takes the higher id and commits first
            String before = version();
            quick.commit();
            String afterQuick = versionOnceChangedFrom(before);
            slow.commit();
            // The newest id is unchanged by the slow commit; the version must move all the same.
            assertNotEquals(afterQuick, versionOnceChangedFrom(afterQuick));
        }
    }

    private String version() {
        return given().get(ANY_READ).then().statusCode(200).extract().header("Dataset-Version");
    }

    private String versionOnceChangedFrom(String before) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String now = version();
        while (now.equals(before) && System.nanoTime() < deadline) {
            sleep();
            now = version();
        }
        return now;
    }

    /** A report whose current revision number stays 0: its revisions count in the version but no read shows them. */
    private long hiddenReport(String issuer) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("insert into report (issuer_name, issuer_kind, division_code, year, scope, current_revision_no, created_at)"
                     + " values (?, 'government', '370000', 2019, 'self', 0, now()) returning id")) {
            st.setString(1, "LiveDatasetVersionTest " + issuer + " " + System.nanoTime());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertRevision(Connection c, long report, int number) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into report_revision (report_id, revision_no, status, edition, title, recorded_by)"
                + " values (?, ?, 'published', '2019', 'written around the service', 'another-instance')")) {
            st.setLong(1, report);
            st.setInt(2, number);
            st.executeUpdate();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
