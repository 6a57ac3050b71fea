package org.disclosurestats.devdb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A machine with no PostgreSQL: the probe looks at a port where nothing listens, so the service must come up on the
 * embedded PostgreSQL, migrated and seeded, with its data under target/. (Run as root, as CI is, zonky runs initdb
 * and the server in a user namespace of their own.)
 */
@QuarkusTest
@TestProfile(EmbeddedPostgresTest.NothingOnTheLocalPort.class)
class EmbeddedPostgresTest {

    public static class NothingOnTheLocalPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.devdb.local-port", String.valueOf(freePort()));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void withNothingOnTheLocalPortTheServiceRunsOnAnEmbeddedPostgresql16KeptUnderTarget() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int,"
                        + " current_setting('data_directory')")) {
            assertTrue(rs.next());
            assertEquals(16, rs.getInt(1) / 10000, "PostgreSQL major version");
            assertEquals(Path.of("target", "embedded-postgres", "data").toAbsolutePath().normalize(),
                    Path.of(rs.getString(2)).toAbsolutePath().normalize());
        }
    }

    @Test
    void theEmbeddedDatabaseIsMigratedAndServesTheSeedReports() {
        given().queryParam("limit", 200).get("/api/v1/reports").then().statusCode(200)
                .body("items.division.code", containsInAnyOrder("650100", "650000", "340100", "150203", "652702"));
    }
}
