package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Requests that leave their transaction unended on many worker threads, and the reaper rolling those
 * back: every later request still succeeds (before, each one served by such a worker failed with "the
 * transaction has rolled back" until a restart).
 */
@QuarkusTest
class TransactionLeftoversTest {

    static final int CLIENTS = 16;

    @Test
    void aTransactionLeftOnAWorkerDoesNotFailTheRequestsItServesLater() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            Set<String> workers = new HashSet<>();
            for (Future<String> f : run(pool, 64, i -> given().post("/test-only/transactions/leave-one-behind").then().statusCode(200).extract().asString())) {
                workers.add(f.get());
            }
            assertTrue(workers.size() > 1, "transactions were left on several workers: " + workers);
            Thread.sleep(2_500); // the reaper rolls them back after their 1 s timeout
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : run(pool, 200, i -> given().get(ConnectionLossTest.READS[i % ConnectionLossTest.READS.length]).statusCode())) {
                statuses.add(f.get());
            }
            assertEquals(List.of(200), statuses.stream().distinct().toList(), "every read succeeds");
            Tokens.asAdmin().get("/api/v1/imports/999999").then().statusCode(404); // a transactional read too
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<Future<T>> run(ExecutorService pool, int n, java.util.function.IntFunction<T> request) {
        List<Future<T>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = i;
            answers.add(pool.submit(() -> request.apply(at)));
        }
        return answers;
    }
}
