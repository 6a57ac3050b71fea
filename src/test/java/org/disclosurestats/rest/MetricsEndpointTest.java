package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /q/metrics serves Prometheus text with per-route timings, the pool, the JVM and the write counters. */
@QuarkusTest
class MetricsEndpointTest {

    @Test
    void servesRoutesPoolJvmAndWrites() {
        given().get("/api/v1/divisions/650000").then().statusCode(200);
        given().contentType("application/json").body("{}").post("/api/v1/reports").then().statusCode(401);
        given().contentType("application/json").body("{}").header("Authorization", "Bearer " + Tokens.admin()).post("/api/v1/reports")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/divisions/{code}\""))
                .body(containsString("agroal_"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("disclosure_writes_rejected_total{operation=\"createReport\",reason=\"unauthorized\""));
    }
}
