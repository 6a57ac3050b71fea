package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.disclosurestats.rest.Tokens;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The importer, run on the five seed texts, must reproduce the curated seed observations: per seed at least
 * 95% of the curated figures (metric, breakdown, subject, value, qualifier), and no figure the curated data
 * does not have unless it is listed as unmapped.
 */
@QuarkusTest
class SeedRecallTest {

    static final double MIN_RECALL = 0.95;

    @Test
    void importingEachSeedTextReproducesTheCuratedFigures() throws Exception {
        JsonNode seeds;
        try (InputStream in = resource("seeds/seed-reports.json")) {
            seeds = new ObjectMapper().readTree(in);
        }
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nseed                          curated  produced  matched  recall   precision\n");
        for (JsonNode seed : seeds) {
            String file = seed.get("file").asText();
            byte[] text;
            try (InputStream in = resource("seeds/" + file)) {
                text = in.readAllBytes();
            }
            JsonPath draft = Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(text)
                    .queryParam("division", seed.get("division").asText()).queryParam("year", seed.get("year").asInt())
                    .queryParam("scope", seed.get("scope").asText()).queryParam("issuer", seed.get("issuerName").asText())
                    .queryParam("issuerKind", seed.get("issuerKind").asText())
                    .post("/api/v1/imports").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)))
                    .extract().jsonPath();
            Set<String> curated = new HashSet<>();
            for (JsonNode o : seed.get("observations")) {
                JsonNode subject = o.get("subject");
                curated.add(key(o.get("metric").asText(), o.get("breakdown").asText(), subject == null || subject.isNull() ? null : subject.get("name").asText(),
                        new BigDecimal(o.get("value").asText()), o.get("qualifier").asText()));
            }
            Set<String> produced = new HashSet<>();
            for (Map<String, Object> f : draft.<Map<String, Object>>getList("figures")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> subject = (Map<String, Object>) f.get("subject");
                Object value = f.get("value");
                produced.add(key((String) f.get("metric"), f.get("breakdown") == null ? "" : (String) f.get("breakdown"),
                        subject == null ? null : (String) subject.get("name"), value == null ? null : new BigDecimal(value.toString()), (String) f.get("qualifier")));
            }
            Set<String> matched = new HashSet<>(curated);
            matched.retainAll(produced);
            Set<String> missing = new HashSet<>(curated);
            missing.removeAll(produced);
            Set<String> extra = new HashSet<>(produced);
            extra.removeAll(curated);
            double recall = curated.isEmpty() ? 1 : (double) matched.size() / curated.size();
            double precision = produced.isEmpty() ? 1 : (double) matched.size() / produced.size();
            table.append(String.format("%-28s  %7d  %8d  %7d  %6.1f%%  %6.1f%%%n", file, curated.size(), produced.size(), matched.size(), 100 * recall, 100 * precision));
            missing.stream().sorted().forEach(m -> table.append("    missing   ").append(m).append('\n'));
            extra.stream().sorted().forEach(m -> table.append("    not curated ").append(m).append('\n'));
            if (recall < MIN_RECALL) {
                failures.add(file + ": recall " + String.format("%.1f%%", 100 * recall) + " below 95%");
            }
            if (!extra.isEmpty()) {
                failures.add(file + ": " + extra.size() + " figure(s) the curated data does not have, not marked unmapped: " + extra);
            }
        }
        System.out.println(table);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** A category is the same in either script: the reader quotes it as the report writes it, the curated data in simplified characters. */
    static String key(String metric, String breakdown, String subject, BigDecimal value, String qualifier) {
        return metric + " | " + (breakdown == null ? null : org.disclosurestats.domain.ScriptNormalizer.toSimplified(breakdown)) + " | " + (subject == null ? "-" : subject) + " | "
                + (value == null ? "blank" : value.stripTrailingZeros().toPlainString()) + " | " + qualifier;
    }

    private static InputStream resource(String path) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    }
}
