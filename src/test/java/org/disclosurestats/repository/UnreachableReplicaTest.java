package org.disclosurestats.repository;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configured replica that never answers: the instance is ready, reads go to the primary, readiness says why. */
@QuarkusTest
@TestProfile(UnreachableReplicaTest.NothingListens.class)
class UnreachableReplicaTest {

    public static class NothingListens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.replica.url", "jdbc:postgresql://127.0.0.1:1/postgres");
        }
    }

    @Inject
    ReadRouting routing;

    @Test
    void readsGoToThePrimaryAndReadinessStaysUp() {
        assertFalse(routing.replicaUsable());
        given().get("/api/v1/aggregates/totals?metric=req.new.total&by=province&within=370000&yearFrom=2020").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'read replica' }.data.reads", equalTo("primary"))
                .body("checks.find { it.name == 'read replica' }.data.reachable", equalTo(false));
    }
}
