package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The pool's connections die under it (a database restart, a failover, an administrator): the next
 * requests still succeed, because a connection is validated before it is lent. Only this test run's
 * connections are terminated, found by the application name the pool gives them.
 */
@QuarkusTest
class ConnectionLossTest {

    static final String[] READS = {"/api/v1/reports/1", "/api/v1/reports/1/revisions", "/api/v1/reports?limit=5", "/api/v1/divisions/650000"};

    @Test
    void requestsSucceedRightAfterThePoolsConnectionsWereTerminated() throws SQLException {
        for (int i = 0; i < 8; i++) {
            given().get(READS[i % READS.length]).then().statusCode(200);
        }
        int terminated = terminatePoolConnections();
        assertTrue(terminated > 0, "the pool held connections to terminate");
        for (int i = 0; i < 20; i++) {
            given().get(READS[i % READS.length]).then().statusCode(200);
        }
        Tokens.asAdmin().get("/api/v1/imports/999999").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200);
    }

    static int terminatePoolConnections() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        String application = "disclosure-stats/" + config.getValue("disclosure.schema", String.class);
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ? and pid <> pg_backend_pid()")) {
            s.setString(1, application);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
