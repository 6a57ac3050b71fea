package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many large answers at once (the totals of every province over 18 years, about 245 KB of JSON on the seed
 * data): each arrives whole, and the direct memory they take is bounded by the workers' write windows, not
 * by the answers' sizes (before, buffers of whole answers accumulated until the direct memory ran out, and
 * the service failed from then on).
 */
@QuarkusTest
class LargeAnswersTest {

    static final String TOTALS = "/api/v1/aggregates/totals?metric=lreq.received&by=province&yearFrom=2008&yearTo=2025";
    static final int CLIENTS = 64;
    static final int ROUNDS = 4;
    /**
     * 48 workers × the 64 KB window is 3 MB; the rest is room for the event loops' and the database driver's buffers.
     * Measured: 0.9 MB with bounded writes, 19.5 MB with the HTTP layer's own stream.
     */
    static final long DIRECT_GROWTH_LIMIT = 8L << 20;

    @TestHTTPResource("/")
    URI base;

    @Test
    void manyLargeAnswersAtOnceArriveWholeAndHoldLittleDirectMemory() throws Exception {
        byte[] one = given().get(TOTALS).then().statusCode(200).extract().asByteArray();
        assertTrue(one.length > 2 * AnswerStream.WINDOW, "the answer is larger than the write window: " + one.length + " bytes");
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).findFirst().orElseThrow();
        long before = direct.getMemoryUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(direct.getMemoryUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(TOTALS)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS * ROUNDS; i++) {
                answers.add(pool.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofByteArray())));
            }
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> r = answer.get();
                assertEquals(200, r.statusCode());
                assertArrayEquals(one, r.body());
            }
        } finally {
            running.set(false);
            sampler.join();
            pool.shutdownNow();
        }
        long growth = peak.get() - before;
        assertTrue(growth < DIRECT_GROWTH_LIMIT, "direct memory grew by " + (growth >> 10) + " KB for " + CLIENTS + " answers at once");
        given().get("/api/v1/reports/1").then().statusCode(200);
    }
}
