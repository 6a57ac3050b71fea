package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests generated from openapi.yaml, for every operation: each path parameter, each query
 * parameter and each request body in turn made hostile (control characters, other numerals, overflow,
 * broken encodings, wrong JSON). However wrong the request, the answer is never a 5xx, and every
 * error is problem+json. Writes are sent with an admin token and an If-Match, so that they get past
 * authentication to the checks; well-formed path parameters name no existing resource, so nothing is
 * changed.
 */
@QuarkusTest
class MalformedRequestsTest {

    static final List<String> BAD_PATH_VALUES = List.of("%00", "abc", "0", "%EF%BC%91", "+1", "1%0A", "%FF", "99999999999999999999999");
    static final List<String> BAD_QUERY_VALUES = List.of("%00", "x", "-1", "2021.5", "99999999999999999999999", "%FF", "%C2%85", "");
    static final List<String> BAD_BODIES = List.of("{\"year\":[}", "[]", "{\"year\":\"x\",\"division\":1}", "", "\u0000", "{\"a\":\"\\u0000\"}",
            "{\"issuerKind\":\"x\",\"tables\":[]}", "null");
    /** A well-formed value of a path parameter that names nothing. */
    static final String ABSENT_ID = "999999";

    record Operation(String method, String path, List<String> pathParams, List<String> queryParams, List<String> bodyTypes) {
    }

    @Test
    void noMalformedRequestToAnyOperationGetsA5xxOrAnErrorThatIsNotProblemJson() throws IOException {
        List<Operation> operations = operations();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            for (String param : op.pathParams()) {
                for (String bad : BAD_PATH_VALUES) {
                    check(op, request(op, null, null), url(op, param, bad), failures);
                    sent++;
                }
            }
            for (String query : op.queryParams()) {
                for (String bad : BAD_QUERY_VALUES) {
                    check(op, request(op, null, null), url(op, null, null) + "?" + query + "=" + bad, failures);
                    sent++;
                }
            }
            for (String type : op.bodyTypes()) {
                for (String body : BAD_BODIES) {
                    check(op, request(op, type, body), url(op, null, null), failures);
                    sent++;
                }
            }
        }
        assertEquals(List.of(), failures, sent + " malformed requests to " + operations.size() + " operations");
        org.junit.jupiter.api.Assertions.assertTrue(operations.size() >= 20, "every operation of openapi.yaml is read: " + operations.size());
    }

    private static RequestSpecification request(Operation op, String type, String body) {
        RequestSpecification request = Tokens.asAdmin().urlEncodingEnabled(false).header("If-Match", "\"" + ABSENT_ID + "-1\"");
        if (type != null) {
            request = request.contentType(type).body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request;
    }

    private static void check(Operation op, RequestSpecification request, String url, List<String> failures) {
        Response response = request.request(op.method(), url);
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            failures.add(op.method() + " " + url + " -> " + status);
        } else if (status >= 400 && !type.startsWith(Problem.MEDIA_TYPE)) {
            failures.add(op.method() + " " + url + " -> " + status + " as '" + type + "'");
        }
    }

    /** The operation's path with one path parameter replaced by a malformed value, the others by an absent id. */
    private static String url(Operation op, String badParam, String badValue) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(m.group(1).equals(badParam) ? badValue : ABSENT_ID));
        }
        m.appendTail(url);
        return url.toString();
    }

    static List<Operation> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi.yaml"), StandardCharsets.UTF_8)).get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<String> pathParams = new ArrayList<>();
            List<String> queryParams = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> (p.path("in").asText().equals("path") ? pathParams : p.path("in").asText().equals("query")
                    ? queryParams : new ArrayList<String>()).add(p.path("name").asText()));
            List<String> bodyTypes = new ArrayList<>();
            op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(bodyTypes::add);
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), pathParams, queryParams, bodyTypes));
        }));
        return operations;
    }
}
