package org.disclosurestats.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one rule on which failures mean "the I/O buffers (direct memory) ran out": the JVM's direct-memory
 * limit refused a buffer for a socket read or write. Unlike the heap's, this error is not fatal (the JVM
 * does not exit on it) and passes as soon as buffers of other answers are written, so the request gets
 * 503 with Retry-After and nothing else is affected. With answers written in bounded chunks
 * ({@link AnswerStream}) and the limit sized in docker/jvm.options, it is not expected to happen.
 */
final class BufferMemoryFaults {

    static final int RETRY_AFTER_SECONDS = 1;

    private BufferMemoryFaults() {
    }

    static boolean exhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the JDK's limit ("Cannot reserve … bytes of direct buffer memory") or Netty's own (OutOfDirectMemoryError)
            if (t instanceof OutOfMemoryError && (directMemory(t.getMessage()) || t.getClass().getName().endsWith("OutOfDirectMemoryError"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean directMemory(String message) {
        return message != null && message.contains("direct buffer memory");
    }

    static Response serviceUnavailable(String instance) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "busy", "Service temporarily unavailable", 503,
                "The service's I/O buffers are in use by other answers; retry in " + RETRY_AFTER_SECONDS + " s.", instance, null, List.of());
        return Response.fromResponse(ProblemMapper.respond(problem)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
