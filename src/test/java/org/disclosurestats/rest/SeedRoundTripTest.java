package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the read API serves can be written back unchanged: each seed report, turned into a
 * submission (its figures with their quotes, its text), resubmitted records no new revision.
 */
@QuarkusTest
class SeedRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void everySeedReportResubmittedThroughTheWriteApiIsUnchanged() throws Exception {
        // The seeds are the legacy reports of these five issuers; other tests may add legacy reports of their own.
        List<String> seedIssuers = List.of("乌鲁木齐市人民政府", "新疆维吾尔自治区人民政府", "合肥市人民政府", "昆都仑区人民政府", "阿拉山口市人民政府");
        List<Map<String, Object>> legacy = given().get("/api/v1/reports?edition=legacy&limit=200").then().statusCode(200).extract().jsonPath().getList("items");
        List<Integer> ids = legacy.stream().filter(r -> seedIssuers.contains(r.get("issuerName"))).map(r -> (Integer) r.get("id")).toList();
        assertEquals(5, ids.size());
        for (int id : ids) {
            Response read = given().get("/api/v1/reports/" + id);
            read.then().statusCode(200);
            Map<String, Object> submission = asSubmission(JSON.readValue(read.asString(), Map.class),
                    given().get("/api/v1/reports/" + id + "/text").then().statusCode(200).extract().asString());

            Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(submission)
                    .put("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"" + id + "-1\"").body("revision", equalTo(1));
            String line = JSON.writeValueAsString(submission) + "\n";
            Submissions.ndjson(Tokens.asAdmin(), line).post("/api/v1/reports:bulk").then().statusCode(200)
                    .body("lines[0].outcome", equalTo("unchanged"));
            Tokens.asAdmin().contentType(ContentType.JSON).body(submission).post("/api/v1/reports").then().statusCode(422);
            given().get("/api/v1/reports/" + id + "/revisions").then().body("revisions", hasSize(1));
        }
    }

    /** A report as GET /api/v1/reports/{id} shows it, as the body that would record it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asSubmission(Map<String, Object> report, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuerName", report.get("issuerName"));
        body.put("issuerKind", report.get("issuerKind"));
        body.put("division", ((Map<String, Object>) report.get("division")).get("code"));
        body.put("year", report.get("year"));
        body.put("scope", report.get("scope"));
        body.put("edition", report.get("edition"));
        body.put("title", report.get("title"));
        body.put("sourceUrl", report.get("sourceUrl"));
        body.put("publishedOn", report.get("publishedOn"));
        body.put("text", text);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map<String, Object> o : (List<Map<String, Object>>) report.get("observations")) {
            Map<String, Object> provenance = (Map<String, Object>) o.get("provenance");
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("metric", o.get("metric"));
            figure.put("value", o.get("value"));
            figure.put("qualifier", o.get("qualifier"));
            figure.put("breakdown", o.get("breakdown"));
            figure.put("subject", o.get("subject"));
            figure.put("quote", provenance.get("quote"));
            figure.put("writtenAs", provenance.get("writtenAs"));
            figures.add(figure);
        }
        body.put("figures", figures);
        return body;
    }
}
