package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The production guide's token script mints a token the service accepts: its 403 names the division, where a forged one is 401. */
@QuarkusTest
class MintTokenScriptTest {

    @Test
    void mintsATokenTheServiceVerifies() throws Exception {
        Process mint = new ProcessBuilder("bash", "src/main/scripts/mint-token.sh", "src/test/resources/test-keys/privateKey.pem",
                "--sub", "script-publisher", "--groups", "publisher", "--divisions", "110000", "--issuer", Tokens.ISSUER, "--hours", "1")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(mint.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, mint.waitFor());
        // A publisher for Beijing writing for 合肥市蜀山区: the token is verified (not 401), the division refused (403).
        var report = Submissions.report2021(Submissions.issuer("蜀山区"));
        Tokens.as(token).contentType("application/json").body(report).post("/api/v1/reports")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("detail", org.hamcrest.Matchers.containsString("340104"));
        Tokens.as(token + "x").contentType("application/json").body(report).post("/api/v1/reports").then().statusCode(401);
    }
}
