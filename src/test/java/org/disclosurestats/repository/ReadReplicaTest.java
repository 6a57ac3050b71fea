package org.disclosurestats.repository;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Reads routed to a replica datasource. Here the "replica" is a second pool on the same database
 * (src/main/scripts/replica-cluster.sh exercises a real streaming standby): what these tests prove is
 * the routing — which pool a read uses, where the version comes from, when a local write sends reads
 * to the primary. Measurements run only when a test asks (the interval is an hour), so nothing moves
 * under a test's feet.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.SameDatabaseReplica.class)
class ReadReplicaTest {

    public static class SameDatabaseReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the answer cache off: these tests follow the statements each request sends, and a kept answer sends none
            return Map.of("disclosure.replica.url", "${quarkus.datasource.jdbc.url}",
                    "disclosure.replica.check-interval", "1H", "disclosure.answer-cache.max-bytes", "0");
        }
    }

    /** Stored roll-ups answer it (province level, yearly, current data). */
    private static final String TOTALS = "/api/v1/aggregates/totals?metric=req.new.total&by=province&within=370000&yearFrom=2020";

    @Inject
    AgroalDataSource primary;
    @Inject
    ReadRouting routing;
    @ConfigProperty(name = "disclosure.schema")
    String schema;

    @Test
    void totalsAreReadThroughTheReplicaPool() throws SQLException {
        routing.measure();
        assertTrue(routing.replicaUsable(), "a reachable replica, not behind: reads go there");
        given().get(TOTALS).then().statusCode(200);
        try (Connection c = primary.getConnection();
             PreparedStatement st = c.prepareStatement("select count(*) from pg_stat_activity where application_name = ? and query like '%from rollup_total%'")) {
            st.setString(1, "disclosure-stats replica/" + schema);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertTrue(rs.getLong(1) >= 1, "a connection of the replica pool ran the roll-up statement");
            }
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'read replica' }.data.reads", org.hamcrest.Matchers.equalTo("replica"))
                .body("checks.find { it.name == 'read replica' }.data.lagMillis", org.hamcrest.Matchers.equalTo(0))
                .body("checks.name", hasItem("read replica"));
    }

    @Test
    void theVersionComesFromTheReplicaItselfSoNoStale304() throws SQLException {
        routing.measure();
        long report = hiddenReport();
        String etag = given().get(TOTALS).then().statusCode(200).extract().header("ETag");
        String version = given().get(TOTALS).then().statusCode(200).extract().header("Dataset-Version");
        given().header("If-None-Match", etag).get(TOTALS).then().statusCode(304);
        try (Connection other = primary.getConnection()) {
            insertRevision(other, report);
        }
        // No notice is waited for: the very next request reads the count where it reads the data.
        String after = given().header("If-None-Match", etag).get(TOTALS).then().statusCode(200).extract().header("Dataset-Version");
        assertNotEquals(version, after);
        assertEquals(Long.parseLong(version.split("\\.")[0]) + 1, Long.parseLong(after.split("\\.")[0]), "one revision more");
    }

    @Test
    void aLocalWriteSendsReadsToThePrimaryUntilTheReplicaHasReplayedIt() {
        routing.measure();
        assertTrue(routing.replicaUsable());
        routing.localWriteCommitted();
        assertFalse(routing.replicaUsable(), "right after this instance's commit, its reads go to the primary");
        given().get(TOTALS).then().statusCode(200);
        routing.measure();
        assertTrue(routing.replicaUsable(), "once the replica has the primary's position after the commit, reads go back");
    }

    /** A report whose current revision number stays 0: its revisions count in the version but no read shows them. */
    private long hiddenReport() throws SQLException {
        try (Connection c = primary.getConnection();
             PreparedStatement st = c.prepareStatement("insert into report (issuer_name, issuer_kind, division_code, year, scope, current_revision_no, created_at)"
                     + " values (?, 'government', '370000', 2019, 'self', 0, now()) returning id")) {
            st.setString(1, "ReadReplicaTest " + System.nanoTime());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertRevision(Connection c, long report) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into report_revision (report_id, revision_no, status, edition, title, recorded_by)"
                + " values (?, 1, 'published', '2019', 'written around the service', 'another-instance')")) {
            st.setLong(1, report);
            st.executeUpdate();
        }
    }
}
