package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml at the repository root is the contract: the served document must say exactly the same
 * (compared as parsed documents, since the generator does not promise a key order).
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("openapi.yaml");
    static final Path SERVED_COPY = Path.of("target", "openapi-served.yaml");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servesExactlyTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, served, StandardCharsets.UTF_8);
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing at the repository root");
        JsonNode contract = YAML.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        List<String> drift = new ArrayList<>();
        differences("", contract, YAML.readTree(served), drift);
        assertEquals(List.of(), drift, "The API drifted from openapi.yaml at these paths. If the change is intended, review it and run: cp "
                + SERVED_COPY + " " + CONTRACT);
    }

    /** JSON pointers where the two documents differ (at most 20), so a failure says where to look. */
    private static void differences(String at, JsonNode expected, JsonNode actual, List<String> found) {
        if (found.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name) || !actual.has(name)) {
                    found.add(child + (expected.has(name) ? " (no longer served)" : " (not in openapi.yaml)"));
                } else {
                    differences(child, expected.get(name), actual.get(name), found);
                }
            }
        } else {
            found.add(at.isEmpty() ? "/" : at);
        }
    }

    @Test
    void givesEveryOperationAnIdASummaryAndDescribedParameters() throws IOException {
        JsonNode paths = YAML.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8)).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            assertTrue(op.getValue().hasNonNull("operationId"), where + " has an operationId");
            assertTrue(op.getValue().hasNonNull("summary"), where + " has a summary");
            op.getValue().path("parameters").forEach(p -> assertTrue(p.hasNonNull("description"), where + " describes " + p.get("name")));
        }));
    }
}
