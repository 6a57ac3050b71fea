package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every curl example of the README and of the aggregate guides, run as pasted (host and port swapped for
 * the test service's) with curl --fail: an example that answers an error, or a revalidation that does not
 * answer 304, fails the build, so no example can rot.
 */
@QuarkusTest
class ReadmeExamplesTest {

    static final List<Path> DOCUMENTS = List.of(Path.of("README.md"), Path.of("src/docs/aggregation.md"), Path.of("src/docs/aggregates.md"));

    /** The curl commands of each ```bash block (continuation lines joined), one script per block; blocks without curl are left out. */
    static List<List<String>> curlBlocks(Path document) throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        StringBuilder command = new StringBuilder();
        for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
            if (current == null) {
                if (line.strip().equals("```bash")) {
                    current = new ArrayList<>();
                }
                continue;
            }
            if (line.strip().equals("```")) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                }
                current = null;
                continue;
            }
            command.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
            if (!line.endsWith("\\")) {
                String full = command.toString().strip();
                command.setLength(0);
                if (!full.startsWith("#") && full.contains("curl ")) {
                    current.add(full);
                }
            }
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyCurlExampleAnswersWithoutAnError() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            List<List<String>> blocks = curlBlocks(document);
            assertFalse(blocks.isEmpty(), document + " has curl examples");
            for (int i = 0; i < blocks.size(); i++) {
                List<String> block = blocks.get(i);
                tests.add(DynamicTest.dynamicTest(document + " block " + (i + 1) + ": " + block.get(0), () -> run(block)));
            }
        }
        return tests.stream();
    }

    private static void run(List<String> commands) throws Exception {
        String port = String.valueOf(RestAssured.port);
        StringBuilder script = new StringBuilder("set -euo pipefail\ncurl() { command curl --fail --show-error \"$@\"; }\n");
        for (String c : commands) {
            script.append(c.replace("localhost:8080", "localhost:" + port)).append('\n');
        }
        Path dir = Files.createTempDirectory("readme-examples");
        Process process = new ProcessBuilder("bash", "-c", script.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the examples finish");
        assertEquals(0, process.exitValue(), "exit status of:\n" + script + "\noutput:\n" + output);
        boolean wroteFile;
        try (Stream<Path> files = Files.list(dir)) {
            wroteFile = files.findAny().isPresent();
        }
        assertTrue(!output.isBlank() || wroteFile, "the examples print or save an answer:\n" + script);
        if (script.toString().contains("If-None-Match")) {
            assertTrue(output.contains("304"), "the revalidation answers 304:\n" + output);
        }
    }
}
